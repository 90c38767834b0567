// Cell → field value for departments, indicators, units and years, with a cache per
// distinct cell text: a million rows repeat a few hundred names, so each is checked once.
import type { Catalog } from '../catalog/catalog';
import { OTHER_PREFIX, otherIndicatorId } from '../catalog/catalog';
import { CUSTOM_INDICATOR_PREFIX_ZH } from '../catalog/custom-indicator-name';
import { expandDepartmentName } from '../departments/infer-department';
import type { Indicator } from '../types';
import { fieldOf } from './header-aliases';
import { preview } from './issues';
import { MAX_NAME_CHARS } from './limits';
import { parseYear, type YearResult } from './parse-year';
import { forbiddenControl, hasHan, hasPrivateUse, normalizeName, startsLikeFormula, unescapeFormulaPrefix } from './text-cells';
import { isIntegerUnit, isPercentUnit, normalizeUnit, unitClassOf, unitsCompatible } from './units';

/** 「目录外：名称」 as exports write an uncatalogued indicator for people (NFKC, as cells are compared). */
const CUSTOM_PREFIX = normalizeName(CUSTOM_INDICATOR_PREFIX_ZH);

export interface Note {
  code: string;
  text: string;
}

export type DeptInfo =
  | { kind: 'name'; name: string; /** Spelling after normalisation, before the alias map. */ spelled: string; notes: Note[] }
  | { kind: 'error'; code: string; text: string }
  | { kind: 'summary'; text: string }
  | { kind: 'footer'; text: string }
  | { kind: 'header' };

export type IndicatorInfo =
  | {
      kind: 'ok';
      id: string;
      text: string;
      unit: string;
      indicator?: Indicator;
      notes: Note[];
      customFromText: boolean;
      /** Unit cell → stored unit, per indicator. */
      units?: Map<string, UnitInfo>;
    }
  | { kind: 'error'; code: string; text: string };

export type UnitInfo =
  | {
      kind: 'ok';
      unit: string;
      synonym: boolean;
      /** Counted in whole numbers (件, 人, 次 …). */
      integer: boolean;
      /** Known unit that needs no range check beyond ≥ 0 (not a rate, not unknown). */
      plain: boolean;
    }
  | { kind: 'error'; code: string; text: string };

function okUnit(unit: string, synonym: boolean): UnitInfo {
  return { kind: 'ok', unit, synonym, integer: isIntegerUnit(unit), plain: unitClassOf(unit) !== undefined && !isPercentUnit(unit) };
}

const SUMMARY = /^(?:合计|总计|小计|汇总|累计|总数|平均|平均值|均值)|(?:合计|总计|小计|汇总)$/;
const FOOTER =
  /^(?:填报单位|填表单位|填表人|填报人|审核人|审核|制表人|制表|负责人|单位负责人|主要负责人|联系人|联系电话|电话|填报日期|填表日期|报送日期|日期|注|备注|说明|附注)\s*[:：(（]|盖章|^注\s*\d/;

function textProblem(s: string, what: string): Note | null {
  const ctl = forbiddenControl(s);
  return ctl ? { code: 'E_CONTROL_CHAR', text: `${what}含有不可见的控制字符 ${ctl}（可能用于伪装显示内容），请删除后再导入。` } : null;
}

/** Warnings shared by names: formula-like start, 「?」 from a lossy save, private-use characters. */
function nameNotes(name: string, what: string): Note[] {
  const notes: Note[] = [];
  if (startsLikeFormula(name))
    notes.push({
      code: 'W_FORMULA_TEXT',
      text: `${what}「${preview(name, 30)}」以 = + - @ 开头，已按文本保存（导出时会加 ' 防止被表格软件当作公式执行）。`,
    });
  if (name.includes('?') || name.includes('\uFFFD'))
    notes.push({
      code: 'W_QUESTION_MARK',
      text: `${what}「${preview(name, 30)}」中有「?」，可能是另存为 GBK 时无法编码的字符被替换了，请核对原文。`,
    });
  if (hasPrivateUse(name))
    notes.push({ code: 'W_PRIVATE_USE', text: `${what}「${preview(name, 30)}」含有私用区字符（不同电脑上可能显示不同），请核对。` });
  return notes;
}

export class FieldResolver {
  private readonly depts = new Map<string, DeptInfo>();
  private readonly inds = new Map<string, IndicatorInfo>();
  private readonly years = new Map<string, YearResult>();
  private readonly aliases: Map<string, string> | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly allowCustom: boolean,
    private readonly currentYear: number,
    aliases?: Map<string, string>,
  ) {
    if (aliases?.size) {
      this.aliases = new Map();
      for (const [a, canonical] of aliases) this.aliases.set(normalizeName(a), normalizeName(canonical));
    }
  }

  get currentYearValue(): number {
    return this.currentYear;
  }

  /** Names reached from several spellings (or through the alias map), with those spellings. */
  mergedSpellings(used: ReadonlySet<string>): { name: string; spellings: string[] }[] {
    const by = new Map<string, { raws: string[]; aliased: boolean }>();
    for (const [raw, d] of this.depts) {
      if (d.kind !== 'name' || !used.has(d.name)) continue;
      let entry = by.get(d.name);
      if (!entry) by.set(d.name, (entry = { raws: [], aliased: false }));
      entry.raws.push(raw);
      if (d.spelled !== d.name) entry.aliased = true;
    }
    const out: { name: string; spellings: string[] }[] = [];
    for (const [name, e] of by) if (e.raws.length > 1 || e.aliased) out.push({ name, spellings: e.raws.slice(0, 4) });
    return out;
  }

  department(raw: string): DeptInfo {
    let d = this.depts.get(raw);
    if (!d) {
      d = this.resolveDepartment(raw);
      this.depts.set(raw, d);
    }
    return d;
  }

  private resolveDepartment(raw: string): DeptInfo {
    const cell = unescapeFormulaPrefix(raw);
    const bad = textProblem(cell, '部门名称');
    if (bad) return { kind: 'error', ...bad };
    const spelled = normalizeName(cell);
    if (!spelled)
      return {
        kind: 'error',
        code: 'E_DEPT_EMPTY',
        text: '部门名称为空。如果是 Excel 合并单元格导出后留空，请取消合并并在每一行填写部门名称。',
      };
    const compact = spelled.replace(/\s/g, '');
    if (SUMMARY.test(compact)) return { kind: 'summary', text: spelled };
    if (FOOTER.test(compact)) return { kind: 'footer', text: spelled };
    if (fieldOf(spelled)?.field === 'department') return { kind: 'header' };
    if (spelled.length > MAX_NAME_CHARS)
      return { kind: 'error', code: 'E_DEPT_INVALID', text: `部门名称过长（${spelled.length} 个字符）：「${preview(spelled)}」。` };
    if (!hasHan(spelled))
      return { kind: 'error', code: 'E_DEPT_INVALID', text: `「${preview(spelled, 30)}」不是有效的部门名称（名称中没有汉字）。` };
    const name = this.aliases?.get(spelled) ?? this.aliases?.get(expandDepartmentName(spelled)) ?? spelled;
    return { kind: 'name', name, spelled, notes: nameNotes(name, '部门名称') };
  }

  /** Also used to recognise summary and footer rows whose label is in another column. */
  static structuralKind(raw: string): 'summary' | 'footer' | '' {
    const s = normalizeName(raw).replace(/\s/g, '');
    if (!s || s.length > 60) return '';
    if (SUMMARY.test(s)) return 'summary';
    if (FOOTER.test(s)) return 'footer';
    return '';
  }

  year(raw: string): YearResult {
    let y = this.years.get(raw);
    if (!y) {
      y = parseYear(raw, this.currentYear);
      this.years.set(raw, y);
    }
    return y;
  }

  /** `rawText` is the 指标原文 cell, or undefined when the file has no such column. */
  indicator(raw: string, rawText: string | undefined): IndicatorInfo {
    const key = rawText === undefined ? raw : raw + '\u0001' + rawText;
    let r = this.inds.get(key);
    if (!r) {
      r = this.resolveIndicator(raw, rawText);
      this.inds.set(key, r);
    }
    return r;
  }

  private resolveIndicator(raw: string, rawText: string | undefined): IndicatorInfo {
    const cell = unescapeFormulaPrefix(raw);
    const textCell = rawText === undefined ? '' : unescapeFormulaPrefix(rawText);
    const bad = textProblem(cell, '指标名称') ?? textProblem(textCell, '指标原文');
    if (bad) return { kind: 'error', ...bad };
    const name = normalizeName(cell);
    const text = normalizeName(textCell);
    const prefix = name.startsWith(OTHER_PREFIX) ? OTHER_PREFIX : name.startsWith(CUSTOM_PREFIX) ? CUSTOM_PREFIX : '';
    if (prefix) {
      const label = normalizeName(name.slice(prefix.length));
      return this.custom(otherIndicatorId(label), text || label, false);
    }
    if (!name) {
      if (text) return this.custom(otherIndicatorId(text), text, true);
      return { kind: 'error', code: 'E_INDICATOR_MISSING', text: '指标名称为空。' };
    }
    const ind = this.catalog.lookup(name);
    if (ind) {
      const shown = text || (name === ind.id ? ind.labelZh : name);
      return {
        kind: 'ok',
        id: ind.id,
        text: shown,
        unit: ind.unit,
        indicator: ind,
        notes: nameNotes(shown, '指标名称'),
        customFromText: false,
      };
    }
    if (text) return this.custom(otherIndicatorId(text), text, true);
    if (this.allowCustom) return this.custom(otherIndicatorId(name), name, false);
    const near = this.catalog.suggest(name);
    return {
      kind: 'error',
      code: 'E_UNKNOWN_INDICATOR',
      text: `指标「${preview(name, 30)}」不在指标目录中${near.length ? `，您是否要填写「${near.map((n) => n.labelZh).join('」或「')}」？` : '。'}${
        name.includes('?') ? '名称中的「?」可能是另存为 GBK 时无法编码而被替换的字符。' : ''
      }（不会自动替换；如确属目录外指标，请在导入设置中允许「目录外指标」。）`,
    };
  }

  private custom(id: string, text: string, fromText: boolean): IndicatorInfo {
    const label = id.slice(OTHER_PREFIX.length);
    if (!hasHan(label) || label.length > MAX_NAME_CHARS) {
      return {
        kind: 'error',
        code: 'E_INDICATOR_INVALID',
        text: `「${preview(label, 30)}」不是有效的指标名称（应为中文名称，且不超过 ${MAX_NAME_CHARS} 个字）。`,
      };
    }
    return { kind: 'ok', id, text, unit: '', notes: nameNotes(text, '指标名称'), customFromText: fromText };
  }

  /** The unit stored for a row: the catalog's when given (a written unit must match it), else the written one. */
  unit(ind: IndicatorInfo & { kind: 'ok' }, raw: string): UnitInfo {
    ind.units ??= new Map();
    let u = ind.units.get(raw);
    if (!u) {
      u = this.resolveUnit(ind, raw);
      ind.units.set(raw, u);
    }
    return u;
  }

  private resolveUnit(ind: IndicatorInfo & { kind: 'ok' }, raw: string): UnitInfo {
    const written = normalizeUnit(unescapeFormulaPrefix(raw));
    const bad = textProblem(written, '单位');
    if (bad) return { kind: 'error', ...bad };
    if (!ind.indicator) {
      if (written.length > 10) return { kind: 'error', code: 'E_UNIT_MISMATCH', text: `单位「${preview(written, 20)}」过长。` };
      return okUnit(written, false);
    }
    if (!written) return okUnit(ind.unit, false);
    if (unitsCompatible(written, ind.unit)) return okUnit(ind.unit, written !== ind.unit);
    return {
      kind: 'error',
      code: 'E_UNIT_MISMATCH',
      text: `单位「${preview(written, 20)}」与指标「${ind.indicator.labelZh}」的单位「${ind.unit}」不一致。`,
    };
  }
}

export { textProblem };
