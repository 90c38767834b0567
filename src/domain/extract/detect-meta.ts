// The reporting department and the year a report covers, from its title, red-header,
// opening sentence and signature; never from the publishing date. A short name from the
// title (新洲区经科局) is expanded to the full name stated elsewhere in the report
// (武汉市新洲区经济信息化和科技创新局) when one fits it. Governments name themselves by their place.
import { governmentOf, placeAsSubject, qualifyRelative, selfNamedGovernment } from './government-meta';

const ORG_SUFFIX =
  '(局|委员会|委|办公室|办事处|人民政府|政府|中心|院|厅|(?<![干全内外局各本总])部|署|馆|站|所|队|处|海关|街道|乡|镇|管委会|管理委员会|公司|协会|联合会)';
/** A place that reports as a government: 通州区, 邻水县, 大岚镇, 鹤龙街 (its office is named for it). */
const PLACE = '([\\u4e00-\\u9fff]{1,10}?(?:新区|自治县|市|区|县|旗|镇|乡|街道|街))';
/** Labels of a web page's metadata block: 「发布机构:大岚镇」 names the publisher, not a header. */
const PUBLISHER_LABEL = /(发布机构|发文机关|发布单位)[:]?([\u4e00-\u9fff]{2,30})$/;
/** Web page chrome before the opening sentence (breadcrumbs joined to it): 「>部门|>…|2021年,…」. */
const CHROME_BEFORE_YEAR = /^[^。]*[|>](?=\d{4}年)/;
const ORG_LINE = new RegExp(`^(中共)?([\\u4e00-\\u9fff()]{2,40}?${ORG_SUFFIX})(党组|党委|党工委|党总支)?(文件)?$`);
const TITLE_YEAR =
  /(\d{4})年度?[^。《》()\n,]{0,24}?(法治政府建设|法治建设|依法行政|法治政府|法治工作)[^。《》()\n]{0,16}?(报告|情况|总结)/;
const OPENING_YEAR = /^(?:[^。]*[|>])?(\d{4})年(度)?(以来)?[,]/;
/** 「现将2025年工作情况总结如下」: the report says which year it reports on. */
const REPORTED_YEAR = /现将[^。]{0,12}?(\d{4})年度?[^。]{0,24}?(报告|总结|汇报)如下/;
const HEADING_YEAR = /^[一二三四五六七八九十]+[、.](\d{4})年度?[^。]{0,20}(法治|依法行政)[^。]{0,20}(成效|情况|举措|做法)/;

export interface MetaDetection {
  department: string;
  year: number | null;
  /** Where each was found (for messages). */
  departmentSource: 'option' | 'title' | 'header' | 'opening' | 'signature' | 'file' | 'none';
  yearSource: 'option' | 'title' | 'opening' | 'heading' | 'none';
}

function plausibleYear(y: number): boolean {
  return y >= 2000 && y <= 2100;
}

function cleanOrg(name: string): string {
  // 「中共黄湾镇委员会黄湾镇人民政府」: a joint title of the party committee and the government.
  const joint = /^中共.{2,20}?(工作委员会|委员会)(.{2,20}(人民政府|政府|办事处))$/.exec(name);
  if (joint) name = joint[2]!;
  // 中共…街道工作委员会 is the party committee of a place: the place stands for its office.
  if (/^中共/.test(name)) name = name.replace(/(工作委员会|委员会)$/, '');
  return (
    name
      // 「鲤城区人民政府金龙街道办事处」: a street or town office is named under its government.
      .replace(/^(.{2,12}?[市区县])人民政府(?=.{2,10}(街道办事处|街道|镇|乡)(人民政府)?$)/, '$1')
      .replace(/^(关于|中共)/, '')
      .replace(/(党组|党委|党工委|党总支)?(文件)?$/, '')
      .replace(/(党组|党委|党工委)$/, '')
  );
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 二〇二三年 → 2023年, so that titles written in Chinese numerals read like the others. */
function arabicYears(s: string): string {
  return s.replace(
    /([〇零一二三四五六七八九]{4})年/g,
    (_, y: string) => `${[...y].map((c) => CN_DIGITS.indexOf(c === '零' ? '〇' : c)).join('')}年`,
  );
}

export function detectYear(allParagraphs: readonly string[]): { year: number | null; source: MetaDetection['yearSource'] } {
  const paragraphs = allParagraphs.map(arabicYears);
  // Web pages put up to a dozen short lines of chrome (索引号, 发布日期 …) before the title.
  const head = paragraphs.slice(0, 20);
  for (const p of head) {
    if (p.length > 120 && !/报告如下|情况如下/.test(p)) continue;
    const m = TITLE_YEAR.exec(p);
    if (m && plausibleYear(Number(m[1]))) return { year: Number(m[1]), source: 'title' };
  }
  for (const p of head) {
    const m = OPENING_YEAR.exec(p) ?? REPORTED_YEAR.exec(p);
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
  // Page chrome (索引号, 发布机构 …) pushes the report's first lines down: count from the title.
  const titleAt = paragraphs.findIndex((p, i) => i < 20 && p.length <= 60 && TITLE_YEAR.test(arabicYears(p)));
  const topEnd = Math.max(8, titleAt + 3);
  paragraphs.forEach((p, i) => {
    let line = p.replace(/\s+/g, '');
    // A title broken after 关于 continues on the next line.
    if (i < topEnd && /关于$/.test(line)) line += (paragraphs[i + 1] ?? '').replace(/\s+/g, '');
    const top = i < topEnd;
    const bottom = i >= n - 8;
    const publisher = PUBLISHER_LABEL.exec(line);
    if (publisher && top) {
      if (ORG_END.test(publisher[2]!) || PLACE_END.test(publisher[2]!)) out.push({ name: cleanOrg(publisher[2]!), source: 'header' });
      return;
    }
    const org = ORG_LINE.exec(line);
    if (org && (top || bottom)) {
      out.push({ name: cleanOrg(org[2]!), source: top ? 'header' : 'signature' });
      return;
    }
    if (top) {
      // A page that joins title, addressee and text on one line: the title is what ends at its 报告.
      const joined = /^(.{6,60}?(报告|总结))(?=.)/.exec(line)?.[1];
      const title = titleName(line) || (joined ? titleName(joined) : '');
      if (title) out.push({ name: title, source: 'title' });
      const opening = openingName(line.replace(CHROME_BEFORE_YEAR, ''));
      if (opening) out.push({ name: opening, source: 'opening' });
    }
  });
  return out;
}

const ORG_END = new RegExp(`${ORG_SUFFIX}$`);
const PLACE_END = new RegExp(`^${PLACE}$`);
const OPENING_ORG = new RegExp(
  `^\\d{4}年度?(以来)?,(?:在[^,]{0,24},){0,2}(中共)?([\\u4e00-\\u9fff]{2,30}?${ORG_SUFFIX})(党组|党委)?(办公室|办)?`,
);
/** 「在全面建设…新征程上,人民街街道办事处坚持…」 after an addressee line: no year, but a unit acting. */
const OPENING_ORG_UNDATED = new RegExp(
  `^(?:在[^,]{0,24},){1,2}([\\u4e00-\\u9fff]{2,30}?${ORG_SUFFIX})(?=坚持|以|深入|全面|认真|始终|紧紧|紧密|围绕|聚焦|高度|持续|着力|扎实|牢固)`,
);
/** 「2020年,通州区以…」, 「在市委的领导下,静海区坚持…」: a place as the subject of the opening. */
const OPENING_PLACE = new RegExp(
  `^(\\d{4}年度?(以来)?,|今年以来,)?(在[^,]{0,24},)?${PLACE}(?=坚持|以|在|深入|全面|认真|始终|紧紧|紧密|围绕|聚焦|高度|持续|着力|扎实|牢固)`,
);

/** The unit a title names: 「XX局关于2024年…」, 「XX局2024年度法治政府建设情况报告」, 「2024年度鄞州区法治政府建设工作报告」. */
function titleName(line: string): string {
  if (line.length > 60 || /[。;!?]/.test(line)) return '';
  const m =
    /^(.{2,40}?)(党组|党委)?关于.{0,12}\d{4}年/.exec(line) ??
    /^(.{2,40}?)\d{4}年度?.{0,20}(法治|依法行政).{0,30}$/.exec(line) ??
    /^\d{4}年度?(.{2,30}?)(法治|依法行政).{0,30}$/.exec(line);
  if (!m || /[《》,、]/.test(m[1]!)) return '';
  const name = cleanOrg(m[1]!);
  if (ORG_END.test(name)) return name;
  return PLACE_END.test(name) ? governmentOf(name) : '';
}

function openingName(line: string): string {
  const undated = OPENING_ORG_UNDATED.exec(line);
  if (undated && !/^[我本该各全]|^[市区县省州](委|政府|人民政府)$/.test(undated[1]!)) return cleanOrg(undated[1]!);
  const org = OPENING_ORG.exec(line);
  // Not a superior named in the opening (在市政府的领导下).
  // 「县人民政府办」 is the government's office (办公室); the lazy match stops before 办公室.
  // Nor the object of a preposition (对市政府规章…), nor a clause cut at a superior (区政府在区委的领导下).
  if (org && !/^([我本该在对向为与经由按据全各]|[市区县省州](委|政府|人民政府)$)|[在的]/.test(org[3]!))
    return cleanOrg(org[3]!) + (org[6] && /政府$/.test(org[3]!) ? '办公室' : '');
  const place = OPENING_PLACE.exec(line);
  return place && !/^[我本该全]/.test(place[4]!) ? governmentOf(place[4]!) : '';
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
  const text = paragraphs.join('\n');
  if (found.length === 0) {
    const opening = paragraphs.slice(0, 8).find((p) => /^(\d{4}年度?(以来)?,|今年以来|一年来|根据|按照)/.test(p)) ?? '';
    const government = selfNamedGovernment(opening.slice(0, 120), text) || placeAsSubject(text, PLACE);
    return government ? { department: government, source: 'opening' } : { department: '', source: 'none' };
  }
  const primary = [...found].sort((a, b) => PRIORITY.indexOf(a.source) - PRIORITY.indexOf(b.source))[0]!;
  let name = primary.name;
  for (const c of found) if (c.name.length > name.length && abbreviates(name, c.name)) name = c.name;
  return { department: qualifyRelative(name, text), source: primary.source };
}

/**
 * The unit a file name names, for a report whose text only ever says 我局 or 本单位: offices
 * name files after the report's title (「XX区司法局2023年度法治政府建设情况报告.docx」) or after
 * the unit (「XX区司法局.pdf」).
 */
export function departmentOfFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[\s_]+/g, '');
  const title = titleName(base);
  if (title) return title;
  const unit = cleanOrg(base);
  return ORG_END.test(unit) && unit.length <= 30 ? unit : '';
}

export function detectMeta(
  paragraphs: readonly string[],
  opts: { department?: string; year?: number; sourceName?: string },
): MetaDetection {
  const y = opts.year !== undefined ? { year: opts.year, source: 'option' as const } : detectYear(paragraphs);
  let d = opts.department?.trim() ? { department: opts.department.trim(), source: 'option' as const } : detectDepartment(paragraphs);
  const fromFile = d.source === 'none' && opts.sourceName ? departmentOfFileName(opts.sourceName) : '';
  if (fromFile) d = { department: fromFile, source: 'file' };
  return { department: d.department, year: y.year, departmentSource: d.source, yearSource: y.source };
}
