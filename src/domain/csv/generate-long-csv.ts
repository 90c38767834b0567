// A deterministic synthetic long-format CSV for benchmarks and browser tests: realistic
// department names (regions × department types), catalog indicators, years 2015–2024,
// evidence sentences of about 40 characters. Exactly one row per department, year and
// indicator, so a big file has no duplicate conflicts.
import { seededRandom as rng } from '../random';

const CITIES = [
  '武汉市',
  '黄石市',
  '十堰市',
  '宜昌市',
  '襄阳市',
  '鄂州市',
  '荆门市',
  '孝感市',
  '荆州市',
  '黄冈市',
  '咸宁市',
  '随州市',
  '郑州市',
  '开封市',
  '洛阳市',
  '焦作市',
  '新乡市',
  '长沙市',
  '株洲市',
  '湘潭市',
  '南昌市',
  '九江市',
  '合肥市',
  '芜湖市',
  '成都市',
  '绵阳市',
  '西安市',
  '宝鸡市',
  '济南市',
  '青岛市',
];
const DISTRICTS = [
  '城关区',
  '新城区',
  '东湖区',
  '西湖区',
  '南山区',
  '北塘区',
  '高新区',
  '经济技术开发区',
  '江北区',
  '江南区',
  '临江县',
  '青山区',
  '河西区',
  '长宁县',
  '平安县',
];
const TYPES = [
  '财政局',
  '司法局',
  '市场监督管理局',
  '生态环境局',
  '发展和改革局',
  '教育局',
  '民政局',
  '人力资源和社会保障局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '水务局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '应急管理局',
  '审计局',
  '统计局',
  '自然资源和规划局',
  '城市管理执法局',
  '退役军人事务局',
  '医疗保障局',
  '行政审批局',
  '公安局',
  '税务局',
];

/** Catalog indicators (label, unit) used by the generator; a test checks they resolve. */
export const GENERATED_INDICATORS: readonly (readonly [string, string])[] = [
  ['党组理论学习中心组学法次数', '次'],
  ['领导干部学法次数', '次'],
  ['法治专题学习次数', '次'],
  ['法治培训次数', '次'],
  ['法治培训参训人次', '人次'],
  ['会前学法次数', '次'],
  ['旁听庭审次数', '次'],
  ['学法考试合格率', '%'],
  ['普法宣传活动场次', '场'],
  ['发放普法资料份数', '份'],
  ['法律咨询人次', '人次'],
  ['新制定行政规范性文件数', '件'],
  ['清理规范性文件数', '件'],
  ['废止失效规范性文件数', '件'],
  ['规范性文件合法性审核率', '%'],
  ['合法性审核意见采纳率', '%'],
  ['重大行政决策事项数', '项'],
  ['合同合法性审查份数', '份'],
  ['出具法律意见书份数', '份'],
  ['公平竞争审查数', '件'],
  ['行政权力事项数', '项'],
  ['行政执法人员持证数', '人'],
  ['执法人员持证率', '%'],
  ['行政处罚案件数', '件'],
  ['罚没款金额', '万元'],
  ['执法检查次数', '次'],
  ['重大执法决定法制审核率', '%'],
  ['主动公开政府信息条数', '条'],
  ['依申请公开件数', '件'],
  ['依申请公开答复率', '%'],
  ['行政复议案件数', '件'],
  ['行政诉讼案件数', '件'],
  ['行政诉讼败诉件数', '件'],
  ['负责人出庭应诉率', '%'],
  ['信访案件数', '件'],
  ['热线平台诉求办理数', '件'],
  ['诉求办理满意率', '%'],
  ['调解纠纷数', '件'],
  ['完善内部制度机制数', '项'],
  ['审计整改率', '%'],
];

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const TAILS = ['相关工作按计划有序推进', '各项任务均已按期完成', '工作成效得到进一步巩固', '依法行政水平持续提升', '制度建设更加规范完善'];
export const GENERATED_HEADER = '部门,年度,指标,数值,单位,原文';

function valueFor(unit: string, r: () => number): string {
  switch (unit) {
    case '%':
      return String(Math.round((85 + r() * 15) * 10) / 10);
    case '人':
      return String(5 + Math.floor(r() * 300));
    case '人次':
      return String(50 + Math.floor(r() * 5000));
    case '万元':
      return String(Math.round(r() * 500000) / 100);
    case '次':
    case '场':
      return String(1 + Math.floor(r() * 40));
    default:
      return String(Math.floor(r() * 200));
  }
}

/** Departments available to the generator (regions × types). */
function generatedDepartments(): string[] {
  const out: string[] = [];
  for (const c of CITIES) for (const d of DISTRICTS) for (const t of TYPES) out.push(c + d + t);
  return out;
}

/** `rows` data rows (plus the header), CRLF line endings; the same seed gives the same text. */
export function generateLongCsv(rows: number, seed: number): string {
  const r = rng(seed);
  const departments = generatedDepartments();
  const perDept = YEARS.length * GENERATED_INDICATORS.length;
  if (rows > departments.length * perDept * 0.75)
    throw new RangeError(`generateLongCsv: at most ${Math.floor(departments.length * perDept * 0.75)} rows`);
  const lines: string[] = [GENERATED_HEADER];
  let n = 0;
  for (let d = 0; n < rows; d++) {
    const dept = departments[d]!;
    for (const year of YEARS) {
      for (const [label, unit] of GENERATED_INDICATORS) {
        if (n >= rows) break;
        if (r() >= 0.8) continue;
        const value = valueFor(unit, r);
        const tail = TAILS[Math.floor(r() * TAILS.length)]!;
        let evidence = `${year}年度，本单位${label}为${value}${unit}，${tail}。`;
        // One row in a hundred has a comma and quotes in its evidence, which must be quoted.
        if (r() < 0.01) evidence = `"${year}年度，本单位${label}为${value}${unit}, 即""${tail}""。"`;
        lines.push(`${dept},${year},${label},${value},${unit},${evidence}`);
        n++;
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}
