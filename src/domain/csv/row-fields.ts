// Per-row field reading shared by the three layouts: department, year, value with its
// unit, qualifier, evidence, source, derived, region and type. Errors are collected for
// the row; warnings go to the log.
import type { Qualifier } from '../types';
import type { ColumnPlan } from './column-plan';
import { textProblem, type FieldResolver, type IndicatorInfo } from './field-resolver';
import type { RowError } from './import-types';
import { MAX_CELL_CHARS } from './limits';
import { preview, type IssueLog } from './issues';
import { isPlainNumber, parseQualifier, parseValue } from './parse-value';
import { normalizeName, startsLikeFormula, unescapeFormulaPrefix } from './text-cells';
import type { RowSession } from './session-state';
import { checkValue } from './value-check';

export interface ValueOut {
  value: number;
  unit: string;
  qualifier: Qualifier;
}

export interface CommonFields {
  errors: RowError[];
  /** '' when the department is invalid (then `errors` says why). */
  department: string;
  spelled: string;
  region: string;
  type: string;
  evidence: string;
  source: string;
  derived: boolean;
}

/** Local copy: read once per cell. */
const CELL_LIMIT = MAX_CELL_CHARS;
const TRUE = new Set(['true', '1', '是', 'yes', 'y', '推算']);
const FALSE = new Set(['', 'false', '0', '否', 'no', 'n']);

export class RowFields {
  private readonly warnedNames = new Set<string>();
  private readonly attributes = new Map<string, string | { code: string; text: string }>();

  constructor(
    private readonly resolver: FieldResolver,
    private readonly log: IssueLog,
  ) {}

  /** Problems of the row as a whole: number of fields, misplaced quotes, oversized cells. */
  shape(s: RowSession, cells: readonly string[]): RowError[] {
    const plan = s.plan!;
    const errors: RowError[] = [];
    let width = cells.length;
    while (width > 0 && cells[width - 1]!.trim() === '') width--;
    const cols = plan.headers.length;
    const line = s.tok.rowLine;
    if (width > cols) {
      const d = s.delimiter === '\t' ? 'TAB' : s.delimiter;
      errors.push({
        code: 'E_FIELD_COUNT',
        text: `该行有 ${width} 个字段，表头只有 ${cols} 列（可能是某个单元格中有未加引号的分隔符「${d}」）。`,
      });
    } else if (cells.length < plan.requiredWidth) {
      errors.push({ code: 'E_FIELD_COUNT', text: `该行只有 ${cells.length} 个字段，表头有 ${cols} 列，缺少必需的列。` });
    } else if (cells.length < cols) {
      this.log.add('W_FIELD_COUNT_SHORT', `该行只有 ${cells.length} 个字段，表头有 ${cols} 列；缺少的可选列按空白处理。`, { line });
    }
    const q = s.tok.quoteProblem;
    if (q)
      errors.push({
        code: 'E_QUOTE_STRAY',
        text: `第 ${q.column} 个字符处的引号位置不对（结束引号后还有内容），无法确定单元格内容。`,
        line: q.line,
        column: s.label(q.cell),
      });
    for (let i = 0; i < cells.length; i++) {
      const n = cells[i]!.length;
      if (n > CELL_LIMIT)
        errors.push({
          code: 'E_CELL_TOO_LONG',
          text: `单元格有 ${n} 个字符，超过上限 ${MAX_CELL_CHARS}：「${preview(cells[i]!)}」`,
          column: s.label(i),
          line: s.cellLine(i),
        });
    }
    return errors;
  }

  /** Reused for every row: valid until the next call. */
  private readonly commonOut: CommonFields = {
    errors: [],
    department: '',
    spelled: '',
    region: '',
    type: '',
    evidence: '',
    source: '',
    derived: false,
  };
  private readonly valueOut: ValueOut = { value: 0, unit: '', qualifier: '' };

  /** Fields every layout has; the result (and its `errors`) is reused by the next call. */
  common(s: RowSession, cells: readonly string[], plan: ColumnPlan): CommonFields {
    const c = plan.col;
    const out = this.commonOut;
    out.errors.length = 0;
    out.department = out.spelled = out.region = out.type = out.evidence = out.source = '';
    out.derived = false;
    const d = this.resolver.department(cells[c.department] ?? '');
    if (d.kind === 'name') {
      out.department = d.name;
      out.spelled = d.spelled;
      if (d.notes.length && !this.warnedNames.has(d.name)) {
        this.warnedNames.add(d.name);
        s.notes(d.notes, s.cellLine(c.department), s.label(c.department));
      }
    } else if (d.kind === 'error') {
      out.errors.push({ code: d.code, text: d.text, column: s.label(c.department), line: s.cellLine(c.department) });
    } else {
      out.errors.push({
        code: 'E_DEPT_INVALID',
        text: `「${preview(cells[c.department] ?? '', 30)}」不是部门名称。`,
        column: s.label(c.department),
      });
    }
    if (c.evidence >= 0) {
      const ev = unescapeFormulaPrefix(cells[c.evidence] ?? '');
      const bad = textProblem(ev, '原文');
      if (bad) out.errors.push({ ...bad, column: s.label(c.evidence), line: s.cellLine(c.evidence) });
      else {
        out.evidence = ev;
        if (startsLikeFormula(ev))
          s.notes(
            [
              {
                code: 'W_FORMULA_TEXT',
                text: `原文「${preview(ev, 30)}」以 = + - @ 开头，已按文本保存（导出时会加 ' 防止被表格软件当作公式执行）。`,
              },
            ],
            s.cellLine(c.evidence),
            s.label(c.evidence),
          );
      }
    }
    if (c.region >= 0) out.region = this.attribute(s, cells, c.region, '地区', out.errors);
    if (c.type >= 0) out.type = this.attribute(s, cells, c.type, '部门类型', out.errors);
    if (c.source >= 0) out.source = this.attribute(s, cells, c.source, '来源', out.errors);
    if (c.derived >= 0) {
      const raw = (cells[c.derived] ?? '').normalize('NFKC').trim().toLowerCase();
      if (TRUE.has(raw)) out.derived = true;
      else if (!FALSE.has(raw))
        out.errors.push({
          code: 'E_DERIVED_INVALID',
          text: `「${preview(raw, 20)}」应为 true/false（或 是/否）。`,
          column: s.label(c.derived),
        });
    }
    return out;
  }

  /** 地区, 部门类型, 来源: names without control characters (cached per distinct cell). */
  private attribute(s: RowSession, cells: readonly string[], col: number, what: string, errors: RowError[]): string {
    const raw = cells[col] ?? '';
    let v = this.attributes.get(raw);
    if (v === undefined) {
      const cell = unescapeFormulaPrefix(raw);
      const bad = textProblem(cell, what);
      v = bad ?? normalizeName(cell);
      this.attributes.set(raw, v);
    }
    if (typeof v === 'string') return v;
    errors.push({ ...v, column: s.label(col), line: s.cellLine(col) });
    return '';
  }

  year(s: RowSession, raw: string, col: number, errors: RowError[]): number | null {
    const column = s.label(col);
    const y = this.resolver.year(raw);
    if (y.kind === 'ok') {
      if (y.normalized) this.log.add('W_NORMALIZED', `年度「${preview(raw, 20)}」已按 ${y.year} 读取。`, { line: s.cellLine(col), column });
      return y.year;
    }
    if (y.kind === 'missing') errors.push({ code: 'E_YEAR_MISSING', text: '年度为空。', column, line: s.cellLine(col) });
    else errors.push({ code: y.code, text: y.hint, column, line: s.cellLine(col) });
    return null;
  }

  /**
   * The value of one cell checked against its indicator; null when it is missing (an
   * error in the long layout, simply no data in wide layouts) or wrong (error pushed).
   */
  value(
    s: RowSession,
    cells: readonly string[],
    col: number,
    ind: IndicatorInfo & { kind: 'ok' },
    unitRaw: string,
    unitCol: number,
    errors: RowError[],
    long: boolean,
  ): ValueOut | null {
    const column = s.label(col);
    const line = s.cellLine(col);
    const raw = cells[col] ?? '';
    if (isPlainNumber(raw)) {
      // Common case (「12」, 「98.5」): no qualifier, no unit, nothing normalised.
      const u = this.resolver.unit(ind, unitRaw);
      const value = Number(raw);
      if (u.kind === 'ok' && !u.synonym && u.plain && (!u.integer || Number.isInteger(value))) {
        const out = this.valueOut;
        out.value = value;
        out.unit = u.unit;
        out.qualifier = '';
        return out;
      }
    }
    const v = parseValue(raw);
    if (v.kind === 'missing') {
      if (long)
        errors.push({
          code: 'E_VALUE_MISSING',
          text: `数值为空或为「${preview(raw.trim(), 10) || '空白'}」。没有数据的行请删除，不要填 0 或占位符。`,
          column,
          line,
        });
      else s.skipCell(col, raw);
      return null;
    }
    if (v.kind === 'error') {
      errors.push({ code: v.code, text: v.hint, column, line });
      return null;
    }
    const u = this.resolver.unit(ind, unitRaw);
    if (u.kind === 'error') {
      errors.push({ code: u.code, text: u.text, column: unitCol >= 0 ? s.label(unitCol) : column, line });
      return null;
    }
    if (u.synonym) s.facts.unitSynonyms.set(`${normalizeName(unitRaw)}→${u.unit}`, ind.indicator?.labelZh ?? ind.text);
    const out = this.valueOut;
    out.qualifier = v.qualifier;
    if (!v.suffix && !v.normalized && u.plain && v.value >= 0 && (!u.integer || Number.isInteger(v.value))) {
      // Common case: a plain non-negative number for a count or amount; nothing to check further.
      out.value = v.value;
      out.unit = u.unit;
      return out;
    }
    const label = ind.indicator?.labelZh ?? ind.text;
    const checked = checkValue(v, raw, u.unit, ind.indicator !== undefined, label);
    if (checked.kind === 'error') {
      errors.push({ code: checked.code, text: checked.text, column, line });
      return null;
    }
    s.notes(checked.checked.notes, line, column);
    out.value = checked.checked.value;
    out.unit = checked.checked.unit;
    return out;
  }

  /** The 限定词 column, consistent with a qualifier written in the value (「约12」). */
  qualifier(s: RowSession, cells: readonly string[], fromValue: Qualifier, errors: RowError[]): Qualifier {
    const col = s.plan!.col.qualifier;
    if (col < 0) return fromValue;
    const raw = cells[col] ?? '';
    if (raw.trim() === '') return fromValue;
    const column = s.label(col);
    const q = parseQualifier(raw);
    if (q === undefined) {
      errors.push({
        code: 'E_QUALIFIER_INVALID',
        text: `限定词「${preview(raw, 10)}」无法识别（可用：约、近、余、多、以上、不少于、超过、逾、左右）。`,
        column,
      });
      return fromValue;
    }
    if (fromValue && q && fromValue !== q) {
      errors.push({ code: 'E_QUALIFIER_INVALID', text: `限定词「${q}」与数值中的「${fromValue}」不一致。`, column });
    }
    return q || fromValue;
  }
}
