// Region and department type from a department's name, for names the registry does not know.
// 「武汉市汉阳区财政局」 → region 「武汉市汉阳区」, type 「财政局」.

/** Known department types, longest first so that 「发展和改革局」 wins over 「改革局」. */
const DEPARTMENT_TYPES = [
  '经济信息化和科技创新局',
  '发展和改革委员会',
  '发展和改革局',
  '市场监督管理局',
  '人力资源和社会保障局',
  '住房和城乡建设局',
  '卫生健康委员会',
  '生态环境局',
  '自然资源和规划局',
  '城市管理执法局',
  '交通运输局',
  '农业农村局',
  '文化和旅游局',
  '应急管理局',
  '退役军人事务局',
  '行政审批局',
  '医疗保障局',
  '统计局',
  '审计局',
  '司法局',
  '财政局',
  '教育局',
  '民政局',
  '公安局',
  '水务局',
  '商务局',
  '科技局',
  '税务局',
  '人民政府',
  '街道办事处',
] as const;

const SHORT_FORMS: [RegExp, string][] = [
  [/经开区/g, '经济技术开发区'],
  [/发改局$/, '发展和改革局'],
  [/发改委$/, '发展和改革委员会'],
  [/市场监管局$/, '市场监督管理局'],
  [/人社局$/, '人力资源和社会保障局'],
  [/住建局$/, '住房和城乡建设局'],
  [/卫健委$/, '卫生健康委员会'],
  [/经科局$/, '经济信息化和科技创新局'],
];

/** Expands common abbreviations so that variants of one name meet. */
export function expandDepartmentName(name: string): string {
  let s = name;
  for (const [re, full] of SHORT_FORMS) s = s.replace(re, full);
  return s;
}

export function inferDepartment(name: string): { region: string; type: string } {
  const full = expandDepartmentName(name);
  for (const t of DEPARTMENT_TYPES) {
    if (full.endsWith(t)) return { region: full.slice(0, full.length - t.length), type: t };
  }
  const m = /^(.*?[省市区县旗镇])([^省市区县旗镇]+)$/.exec(full);
  if (m) return { region: m[1]!, type: m[2]! };
  return { region: '', type: '' };
}
