// The reporting department and the year a report covers, from its title, red-header,
// opening sentence and signature; never from the publishing date. A short name from the
// title (新洲区经科局) is expanded to the full name stated elsewhere in the report
// (武汉市新洲区经济信息化和科技创新局) when one fits it.

const ORG_SUFFIX =
  '(局|委员会|委|办公室|办事处|人民政府|政府|中心|院|厅|署|馆|站|所|队|处|海关|街道|乡|镇|管委会|管理委员会|公司|协会|联合会)';
const ORG_LINE = new RegExp(`^(中共)?([\\u4e00-\\u9fff()]{2,40}?${ORG_SUFFIX})(党组|党委|党工委|党总支)?(文件)?$`);
const TITLE_YEAR =
  /(\d{4})年度?[^。《》()\n,]{0,24}?(法治政府建设|法治建设|依法行政|法治政府|法治工作)[^。《》()\n]{0,16}?(报告|情况|总结)/;
const OPENING_YEAR = /^(\d{4})年(度)?(以来)?[,]/;
const HEADING_YEAR = /^[一二三四五六七八九十]+[、.](\d{4})年度?[^。]{0,20}(法治|依法行政)[^。]{0,20}(成效|情况|举措|做法)/;

export interface MetaDetection {
  department: string;
  year: number | null;
  /** Where each was found (for messages). */
  departmentSource: 'option' | 'title' | 'header' | 'opening' | 'signature' | 'none';
  yearSource: 'option' | 'title' | 'opening' | 'heading' | 'none';
}

function plausibleYear(y: number): boolean {
  return y >= 2000 && y <= 2100;
}

function cleanOrg(name: string): string {
  // 中共…街道工作委员会 is the party committee of a place: the place stands for its office.
  if (/^中共/.test(name)) name = name.replace(/(工作委员会|委员会)$/, '');
  return name
    .replace(/^(关于|中共)/, '')
    .replace(/(党组|党委|党工委|党总支)?(文件)?$/, '')
    .replace(/(党组|党委|党工委)$/, '');
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 二〇二三年 → 2023年, so that titles written in Chinese numerals read like the others. */
function arabicYears(s: string): string {
  return s.replace(/([〇零一二三四五六七八九]{4})年/g, (_, y: string) => `${[...y].map((c) => CN_DIGITS.indexOf(c === '零' ? '〇' : c)).join('')}年`);
}

export function detectYear(allParagraphs: readonly string[]): { year: number | null; source: MetaDetection['yearSource'] } {
  const paragraphs = allParagraphs.map(arabicYears);
  const head = paragraphs.slice(0, 12);
  for (const p of head) {
    if (p.length > 120 && !/报告如下|情况如下/.test(p)) continue;
    const m = TITLE_YEAR.exec(p);
    if (m && plausibleYear(Number(m[1]))) return { year: Number(m[1]), source: 'title' };
  }
  for (const p of head) {
    const m = OPENING_YEAR.exec(p);
    if (m && plausibleYear(Number(m[1]))) return { year: Number(m[1]), source: 'opening' };
  }
  for (const p of paragraphs) {
    const m = HEADING_YEAR.exec(p);
    if (m && plausibleYear(Number(m[1]))) return { year: Number(m[1]), source: 'heading' };
  }
  return { year: null, source: 'none' };
}

interface Candidate {
  name: string;
  source: Exclude<MetaDetection['departmentSource'], 'option' | 'none'>;
}

function candidates(paragraphs: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const n = paragraphs.length;
  paragraphs.forEach((p, i) => {
    let line = p.replace(/\s+/g, '');
    // A title broken after 关于 continues on the next line.
    if (i < 8 && /关于$/.test(line)) line += (paragraphs[i + 1] ?? '').replace(/\s+/g, '');
    const top = i < 8;
    const bottom = i >= n - 8;
    const org = ORG_LINE.exec(line);
    if (org && (top || bottom)) {
      out.push({ name: cleanOrg(org[2]!), source: top ? 'header' : 'signature' });
      return;
    }
    if (top) {
      const title = /^(.{2,40}?)(党组|党委)?关于.{0,12}\d{4}年/.exec(line) ?? /^(.{2,40}?)\d{4}年度?.{0,20}(法治|依法行政).{0,20}(报告|总结)$/.exec(line);
      if (title && new RegExp(`${ORG_SUFFIX}$`).test(cleanOrg(title[1]!))) out.push({ name: cleanOrg(title[1]!), source: 'title' });
      const opening = new RegExp(`^\\d{4}年度?(以来)?,(在[^,]{0,20},)?(中共)?([\\u4e00-\\u9fff]{2,30}?${ORG_SUFFIX})(党组|党委)?`).exec(line);
      if (opening && !/^[我本该]/.test(opening[4]!)) out.push({ name: cleanOrg(opening[4]!), source: 'opening' });
    }
  });
  return out;
}

/**
 * Whether `short` can be an abbreviation of `full` (经开区 ⊂ 经济技术开发区, 发改局 ⊂ 发展和改革局),
 * including a place standing for its office (中南路街道 → 武汉市武昌区中南路街道办事处).
 */
export function abbreviates(short: string, full: string): boolean {
  if (short === full) return true;
  const office = /(街道|乡|镇|县|区|市)$/.test(short) ? full.replace(/(办事处|人民政府|政府)$/, '') : full;
  if (office.length < short.length || office[office.length - 1] !== short[short.length - 1]) return false;
  let p = -1;
  for (const c of short) {
    p = office.indexOf(c, p + 1);
    if (p < 0) return false;
  }
  return true;
}

const PRIORITY: Candidate['source'][] = ['title', 'header', 'opening', 'signature'];

export function detectDepartment(paragraphs: readonly string[]): { department: string; source: MetaDetection['departmentSource'] } {
  const found = candidates(paragraphs);
  if (found.length === 0) return { department: '', source: 'none' };
  const primary = [...found].sort((a, b) => PRIORITY.indexOf(a.source) - PRIORITY.indexOf(b.source))[0]!;
  let name = primary.name;
  for (const c of found) if (c.name.length > name.length && abbreviates(name, c.name)) name = c.name;
  return { department: name, source: primary.source };
}

export function detectMeta(paragraphs: readonly string[], opts: { department?: string; year?: number }): MetaDetection {
  const y = opts.year !== undefined ? { year: opts.year, source: 'option' as const } : detectYear(paragraphs);
  const d = opts.department?.trim() ? { department: opts.department.trim(), source: 'option' as const } : detectDepartment(paragraphs);
  return { department: d.department, year: y.year, departmentSource: d.source, yearSource: y.source };
}
