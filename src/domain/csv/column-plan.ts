// The header row → which column holds what, and the layout: long (one value per row),
// wide by indicator (one column per catalog indicator) or wide by year (one per year).
import type { Catalog } from '../catalog/catalog';
import { otherIndicatorId } from '../catalog/catalog';
import { splitUnitSuffix } from '../text/normalize-text';
import { FIELD_LABEL, UNIT_HEADER_HINT, fieldOf, isIgnoredHeader, yearOfHeader, type Field } from './header-aliases';
import { columnLabel, preview, type IssueLog } from './issues';
import { YEAR_MAX, YEAR_MIN } from './limits';
import { parseValue } from './parse-value';
import { latestYear } from './parse-year';
import { hasHan, normalizeName, unescapeFormulaPrefix } from './text-cells';
import { isKnownUnit, normalizeUnit, unitsCompatible } from './units';

export type Layout = 'long' | 'wide-indicator' | 'wide-year';

export interface IndicatorColumn {
  col: number;
  id: string;
  text: string;
  /** Unit stored with the values (the catalog's, or the header's for custom indicators). */
  unit: string;
  custom: boolean;
}

export interface ColumnPlan {
  layout: Layout;
  headers: string[];
  /** Column names for messages: the header, or 「第 N 列」 when blank. */
  labels: string[];
  /** Column of each field, -1 when absent. */
  col: Record<Field, number>;
  /** Unit in brackets after the 数值 header (「数值（万元）」). */
  valueHeaderUnit: string;
  indicatorColumns: IndicatorColumn[];
  yearColumns: { col: number; year: number }[];
  /** Rows with fewer cells than this are rejected; between this and the width, warned. */
  requiredWidth: number;
}

export interface PlanContext {
  catalog: Catalog;
  allowCustomIndicators: boolean;
  currentYear: number;
  log: IssueLog;
  headerLine: number;
  /** Data rows after the header, to tell numeric extra columns from text ones. */
  peek: readonly (readonly string[])[];
}

const ALL_FIELDS = Object.keys(FIELD_LABEL) as Field[];

export function planColumns(rawHeaders: readonly string[], ctx: PlanContext): ColumnPlan | null {
  const { log, headerLine: line } = ctx;
  let width = rawHeaders.length;
  while (width > 0 && rawHeaders[width - 1]!.trim() === '') width--;
  const headers = rawHeaders.slice(0, width).map((h) => unescapeFormulaPrefix(h).trim());
  const col = Object.fromEntries(ALL_FIELDS.map((f) => [f, -1])) as Record<Field, number>;
  let valueHeaderUnit = '';
  const extra: number[] = [];
  const yearColumns: { col: number; year: number }[] = [];
  const seenYear = new Map<number, number>();

  for (let i = 0; i < width; i++) {
    const h = headers[i]!;
    if (!h) {
      extra.push(i);
      continue;
    }
    const f = fieldOf(h);
    if (f) {
      const prev = col[f.field];
      if (prev >= 0) {
        log.add(
          'E_DUPLICATE_COLUMN',
          `表头中「${preview(headers[prev]!, 20)}」（第 ${prev + 1} 列）和「${preview(h, 20)}」（第 ${i + 1} 列）都表示「${FIELD_LABEL[f.field]}」，无法确定使用哪一列。请删除或改名其中一列。`,
          { line, column: h },
        );
        return null;
      }
      col[f.field] = i;
      if (f.field === 'value') valueHeaderUnit = normalizeUnit(f.unit);
      continue;
    }
    if (isIgnoredHeader(h)) continue;
    const y = yearOfHeader(h);
    if (y !== undefined) {
      const dup = seenYear.get(y);
      if (dup !== undefined) {
        log.add('E_DUPLICATE_COLUMN', `第 ${dup + 1} 列和第 ${i + 1} 列都是 ${y} 年度，无法确定使用哪一列。`, { line, column: h });
        return null;
      }
      seenYear.set(y, i);
      yearColumns.push({ col: i, year: y });
      continue;
    }
    extra.push(i);
  }

  const has = (f: Field) => col[f] >= 0;
  let layout: Layout;
  const missing: Field[] = [];
  if (has('value')) {
    layout = 'long';
    for (const f of ['department', 'year'] as Field[]) if (!has(f)) missing.push(f);
    if (!has('indicator') && !has('indicator_text')) missing.push('indicator');
  } else if (yearColumns.length > 0 && (has('indicator') || has('indicator_text'))) {
    layout = 'wide-year';
    if (!has('department')) missing.push('department');
  } else if (has('year') && !has('indicator')) {
    layout = 'wide-indicator';
    if (!has('department')) missing.push('department');
  } else {
    layout = 'long';
    for (const f of ['department', 'year', 'indicator', 'value'] as Field[]) if (!has(f)) missing.push(f);
  }
  if (missing.length) {
    const names = missing.map((f) => `「${FIELD_LABEL[f]}」`).join('、');
    log.add(
      'E_MISSING_COLUMN',
      `缺少必需的列：${names}。表头应包含「部门、年度、指标、数值」（可选：单位、原文、地区、部门类型），也支持每个指标一列或每个年度一列的宽表。${
        missing.includes('department') && has('unit') ? UNIT_HEADER_HINT : ''
      }`,
      { line },
    );
    return null;
  }

  if (layout === 'wide-year') {
    for (const y of yearColumns) {
      if (y.year < YEAR_MIN || y.year > Math.min(YEAR_MAX, latestYear(ctx.currentYear))) {
        log.add('E_YEAR_OUT_OF_RANGE', `年度列「${headers[y.col]}」不在 ${YEAR_MIN}–${latestYear(ctx.currentYear)} 之间。`, {
          line,
          column: headers[y.col],
        });
        return null;
      }
    }
  } else if (yearColumns.length) {
    extra.push(...yearColumns.map((y) => y.col));
    yearColumns.length = 0;
  }

  const indicatorColumns: IndicatorColumn[] = [];
  const unknown: number[] = [];
  if (layout === 'wide-indicator') {
    const seenInd = new Map<string, number>();
    for (const i of extra.sort((a, b) => a - b)) {
      const h = headers[i]!;
      const ic = h ? indicatorColumn(h, i, ctx) : null;
      if (ic === 'fatal') return null;
      if (!ic) {
        unknown.push(i);
        continue;
      }
      const dup = seenInd.get(ic.id);
      if (dup !== undefined) {
        log.add(
          'E_DUPLICATE_COLUMN',
          `第 ${dup + 1} 列「${preview(headers[dup]!, 20)}」和第 ${i + 1} 列「${preview(h, 20)}」是同一个指标，无法确定使用哪一列。`,
          { line, column: h },
        );
        return null;
      }
      seenInd.set(ic.id, i);
      indicatorColumns.push(ic);
    }
    if (!indicatorColumns.length) {
      log.add('E_MISSING_COLUMN', '没有找到指标列：宽表中除「部门」「年度」外，每一列应是一个指标（例如「规范性文件清理数（件）」）。', {
        line,
      });
      return null;
    }
  } else {
    unknown.push(...extra);
  }

  const listed = unknown.filter((i) => headers[i] || ctx.peek.some((r) => (r[i] ?? '').trim() !== ''));
  if (listed.length) {
    const names = listed
      .slice(0, 10)
      .map((i) => `「${preview(columnLabel(headers[i], i), 20)}」`)
      .join('、');
    log.add('W_UNKNOWN_COLUMN', `以下列无法识别，已忽略：${names}${listed.length > 10 ? ` 等 ${listed.length} 列` : ''}。`, { line });
  }

  let requiredWidth = 0;
  const required: Field[] =
    layout === 'long'
      ? ['department', 'year', 'indicator', 'indicator_text', 'value']
      : layout === 'wide-year'
        ? ['department', 'indicator', 'indicator_text']
        : ['department', 'year'];
  for (const f of required) requiredWidth = Math.max(requiredWidth, col[f] + 1);
  const labels = headers.map((h, i) => columnLabel(h, i));
  return { layout, headers, labels, col, valueHeaderUnit, indicatorColumns, yearColumns, requiredWidth };
}

/** A wide-by-indicator column: catalog indicator (unit in brackets checked), custom, or not an indicator. */
function indicatorColumn(h: string, i: number, ctx: PlanContext): IndicatorColumn | null | 'fatal' {
  const { catalog, log, headerLine: line } = ctx;
  const { label, unit: rawUnit } = splitUnitSuffix(h);
  const unit = normalizeUnit(rawUnit);
  const unitWord = unit === '%' || isKnownUnit(unit) ? unit : '';
  const ind = catalog.lookup(h) ?? (unitWord ? catalog.lookup(label) : undefined);
  if (ind) {
    if (unitWord && !unitsCompatible(unitWord, ind.unit)) {
      log.add(
        'E_UNIT_MISMATCH',
        `列「${preview(h, 30)}」的单位「${unitWord}」与指标「${ind.labelZh}」的单位「${ind.unit}」不一致。请核对数据或改正表头。`,
        { line, column: h },
      );
      return 'fatal';
    }
    return { col: i, id: ind.id, text: normalizeName(unitWord ? label : h), unit: ind.unit, custom: false };
  }
  // Not in the catalog: a numeric column is an indicator the catalog lacks; a text column is just extra.
  const cells = ctx.peek.map((r) => parseValue(r[i] ?? '')).filter((v) => v.kind !== 'missing');
  const numeric = cells.filter((v) => v.kind === 'ok').length;
  if (cells.length > 0 && numeric * 2 < cells.length) return null;
  if (cells.length === 0 && !unitWord) return null;
  const name = normalizeName(unitWord ? label : h);
  if (ctx.allowCustomIndicators && hasHan(name)) {
    return { col: i, id: otherIndicatorId(name), text: name, unit: unitWord, custom: true };
  }
  const near = catalog.suggest(name);
  log.add(
    'E_UNKNOWN_INDICATOR',
    `列「${preview(h, 30)}」不是指标目录中的指标${near.length ? `，您是否要填写「${near[0]!.labelZh}」？` : '。'}请改为目录中的指标名称，或在导入设置中允许「目录外指标」。`,
    { line, column: h },
  );
  return 'fatal';
}
