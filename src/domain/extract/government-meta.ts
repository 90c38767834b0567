// Reporting units that are governments or that name themselves relatively: a 区/县/市人民政府
// says 「我区」, 「区政府」; a department says 「市市场监管局」. The place they stand for is the one
// of that level the report names most often (绍兴市, 通州区).

/** The reporting unit of a government report named by its place: 通州区 → 通州区人民政府, 中南路街道 → 中南路街道办事处. */
export function governmentOf(place: string): string {
  if (/(人民政府|政府|办事处|管委会|管理委员会)$/.test(place)) return place;
  if (/街道$/.test(place)) return `${place}办事处`;
  if (/街$/.test(place)) return place;
  return `${place}人民政府`;
}

type Level = '省' | '市' | '区' | '县';

/** The 23 provinces: a closed set, so that a province named once is recognised (湖南省). */
const PROVINCES = new Set(
  '河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾'
    .split(' ')
    .map((p) => `${p}省`),
);

/**
 * The character before 市/区/县 in words that are not places (全区, 我县, 城市, 社区, 开发区, 山区 …):
 * per level, so that 佛山市 and 竹山县 stay places.
 */
const NOT_A_PLACE_BEFORE: Record<Level, RegExp> = {
  省: /[全本我该各每]/,
  市: /[全本我该各每省州乡镇区县市城都超门夜集]/,
  // 山 stays a possible end (洪山区, 宝山区): a mountain area (山区) scatters over many prefixes.
  区: /[全本我该各每省州乡镇区县市社园景辖片小街校郊老功发范验贸护风理城]/,
  县: /[全本我该各每省州乡镇区县市郊]/,
};
const CJK = /^[\u4e00-\u9fff]+$/;

/**
 * The place of a level (市, 区, 县) the text names most often, or ''. Chinese has no word breaks, so
 * every occurrence counts its two- and three-character names: the true name recurs, the rest scatter.
 */
export function mostNamedPlace(text: string, level: Level): string {
  const counts = new Map<string, number>();
  for (let i = text.indexOf(level); i >= 0; i = text.indexOf(level, i + 1)) {
    if (/[场长委级直属民]/.test(text[i + 1] ?? '')) continue;
    for (const len of [2, 3]) {
      const prefix = text.slice(Math.max(0, i - len), i);
      if (prefix.length !== len || !CJK.test(prefix) || NOT_A_PLACE_BEFORE[level].test(prefix[len - 1]!)) continue;
      const place = prefix + level;
      if (level === '省' && !PROVINCES.has(place)) continue;
      counts.set(place, (counts.get(place) ?? 0) + 1);
    }
  }
  let best = '';
  // A city or county named once is no evidence; a province (湖南省) is unmistakable.
  let n = level === '省' ? 0 : 1;
  for (const [place, c] of counts)
    if (c > n || (c === n && best && place.length > best.length && place.endsWith(best.slice(1)))) [best, n] = [place, c];
  return best;
}

/** 「市市场监管局」 → 「绍兴市市场监管局」 when the report names 绍兴市 more than once; else unchanged. */
export function qualifyRelative(name: string, text: string): string {
  const m = /^([市区县])(?!委|政府|人民政府)(.{2,})$/.exec(name);
  if (!m) return name;
  const place = mostNamedPlace(text, m[1] as Level);
  return place ? place + name.slice(1) : name;
}

/** 「我区」, 「区政府」, 「现将省政府…报告如下」 in the opening: the government of the place of that level named most often. */
export function selfNamedGovernment(opening: string, text: string): string {
  const m = /(?:我|本)([省市区县])|(?:^|,|现将)(?:\d{4}年度?,)?([省市区县])(?:人民)?政府/.exec(opening);
  if (!m) return '';
  const place = mostNamedPlace(text, (m[1] ?? m[2]) as Level);
  return place ? governmentOf(place) : '';
}

/** 「西兴街道深入学习…」: a place that opens sentences as their subject, more than once. */
export function placeAsSubject(text: string, place: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(
    new RegExp(`(?:^|[。;\\n])${place}(?=坚持|深入|全面|认真|始终|紧紧|紧密|围绕|聚焦|高度|持续|着力|扎实|严格|积极)`, 'gm'),
  )) {
    const name = m[1]!;
    if (/^[我本该全各]/.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let n = 1;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best ? governmentOf(best) : '';
}
