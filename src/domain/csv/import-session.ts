// One import, driven in slices: start() finds the delimiter, header and layout; step()
// reads rows until a budget is spent (so a worker can yield between slices and receive
// a cancel message); result() builds the columns and the report.
import type { Issue, Qualifier } from '../types';
import { planColumns, type ColumnPlan, type IndicatorColumn } from './column-plan';
import { detectDelimiter, type Delimiter } from './delimiter';
import { FieldResolver, type IndicatorInfo, type Note } from './field-resolver';
import { headerKey } from './header-aliases';
import { DepartmentCollector } from './department-collector';
import { headerScore, isBlankRow } from './header-detect';
import { searchHeader } from './header-search';
import type { ImportOptions, ParsedImport, RejectedRow, RowError } from './import-types';
import { columnLabel, IssueLog, preview } from './issues';
import { finishImport } from './finish-import';
import { ObservationSink, type ObservationFields } from './observation-sink';
import { RowFields, type CommonFields, type ValueOut } from './row-fields';
import { CsvRowReader } from './row-reader';
import { SKIPPED_CELLS_SHOWN, type FinishedSession, type RowSession, type SessionFacts } from './session-state';

export class ImportSession implements RowSession, FinishedSession {
  readonly log: IssueLog;
  readonly text: string;
  fatal = false;
  delimiter: Delimiter = ',';
  plan: ColumnPlan | null = null;
  tok: CsvRowReader;
  readonly sink: ObservationSink;
  readonly resolver: FieldResolver;
  readonly fields: RowFields;
  readonly rejected: RejectedRow[] = [];
  /** First rows of conflicting pairs, rejected after the fact (cells re-read at the end). */
  readonly deferred: { line: number; rowStart: number; reason: string }[] = [];
  readonly facts: SessionFacts = {
    dataRows: 0,
    duplicates: 0,
    summaryLines: [],
    footerLines: [],
    titleLines: [],
    customIndicators: new Set(),
    unitSynonyms: new Map(),
    skippedCells: 0,
    skippedShown: [],
  };
  private afterFooter = false;
  private headerKeys: string[] = [];
  readonly departments = new DepartmentCollector();
  /** Reused for every observation handed to the sink. */
  private readonly fieldsOut: ObservationFields = {
    department: '',
    year: 0,
    indicatorId: '',
    indicatorText: '',
    value: 0,
    unit: '',
    qualifier: '',
    derived: false,
    evidence: '',
    line: 0,
    file: '',
  };
  private indicatorColumnInfo: { ic: IndicatorColumn; info: IndicatorInfo & { kind: 'ok' } }[] = [];

  constructor(
    text: string,
    readonly opts: ImportOptions,
    readonly encoding: string,
    preIssues: readonly Issue[] = [],
  ) {
    this.log = new IssueLog(opts.fileName, opts.locate);
    for (const i of preIssues) this.log.adopt(i);
    this.text = text.indexOf('\uFEFF') < 0 ? text : text.replace(/\uFEFF/g, '');
    this.tok = new CsvRowReader('', ',');
    const currentYear = opts.currentYear ?? new Date().getFullYear();
    this.resolver = new FieldResolver(opts.catalog, opts.allowCustomIndicators ?? false, currentYear, opts.departmentAliases);
    // Evidence is a part of the text: 0.6 of its length is room enough for most files; the
    // first allocation stays under 128 MB even for the largest file, and grows if needed.
    const packUnits = opts.packEvidence ? Math.max(1, Math.min(Math.ceil(this.text.length * 0.6), 1 << 26)) : 0;
    this.sink = new ObservationSink(Math.min(1 << 20, Math.max(1024, Math.floor(this.text.length / 80))), packUnits);
    this.fields = new RowFields(this.resolver, this.log);
  }

  fail(code: string, text: string, line?: number, column?: string): void {
    this.log.add(code, text, { line, column });
    this.fatal = true;
  }

  start(): void {
    if (this.fatal) return;
    if (!/\S/.test(this.text)) return this.fail('E_EMPTY_FILE', '文件没有任何内容（只有空白或 BOM）。');
    const guess = detectDelimiter(this.text);
    if (guess.fullWidthComma) {
      return this.fail(
        'E_DELIMITER_FULLWIDTH',
        '各列之间用的是中文全角逗号「，」，不是英文逗号「,」，无法分列。请在 Excel 中整理为多列后另存为 CSV，或把分隔用的「，」替换为「,」（注意不要替换原文中的逗号）。',
        1,
      );
    }
    this.delimiter = guess.delimiter;
    this.tok = new CsvRowReader(this.text, this.delimiter);
    const found = searchHeader(this.tok, this.opts.catalog);
    if (found.kind === 'quote') return this.quoteFailure();
    if (found.kind === 'fail') return this.fail(found.code, found.text, found.line);
    const { header } = found;
    this.facts.titleLines.push(...found.titleLines);
    const plan = planColumns(header.cells, {
      catalog: this.opts.catalog,
      allowCustomIndicators: this.opts.allowCustomIndicators ?? false,
      currentYear: this.resolver.currentYearValue,
      log: this.log,
      headerLine: header.line,
      peek: found.peek,
    });
    if (!plan) {
      this.fatal = true;
      return;
    }
    this.plan = plan;
    this.headerKeys = plan.headers.map(headerKey);
    this.indicatorColumnInfo = plan.indicatorColumns.map((ic) => ({
      ic,
      info: {
        kind: 'ok',
        id: ic.id,
        text: ic.text,
        unit: ic.unit,
        indicator: this.opts.catalog.get(ic.id),
        notes: [],
        customFromText: false,
      },
    }));
    this.tok.seek(header.nextPos, header.nextLine);
  }

  private quoteFailure(): void {
    const q = this.tok.quoteProblem!;
    this.fail(
      'E_QUOTE_UNTERMINATED',
      `第 ${q.line} 行第 ${q.column} 个字符处的双引号「"」没有配对的结束引号，之后的内容无法分列。请检查该单元格（原文中的引号应写成两个「""」）。`,
      q.line,
      this.plan ? columnLabel(this.plan.headers[q.cell], q.cell) : undefined,
    );
  }

  /** Reads up to `budget` rows; true when the whole file has been read (or it failed). */
  step(budget: number): boolean {
    if (this.fatal || !this.plan) return true;
    this.tok.read(budget, () => {
      this.row();
      return !this.fatal;
    });
    return this.fatal || this.tok.done;
  }

  progress(): { rows: number; fraction: number } {
    return { rows: this.facts.dataRows, fraction: this.text.length ? Math.min(1, this.tok.pos / this.text.length) : 1 };
  }

  private row(): void {
    const tok = this.tok;
    const plan = this.plan!;
    const cells = tok.cells;
    const line = tok.rowLine;
    if (tok.quoteProblem?.kind === 'unterminated') return this.quoteFailure();
    if (isBlankRow(cells)) return;
    const dept = this.resolver.department(cells[plan.col.department] ?? '');
    if (dept.kind === 'header') return this.repeatedHeader(cells, line);
    if (dept.kind === 'summary') return void this.facts.summaryLines.push(line);
    if (dept.kind === 'footer') return this.footer(line);
    if (dept.kind === 'error' && dept.code === 'E_DEPT_EMPTY') {
      const first = cells.find((c) => c.trim() !== '') ?? '';
      const kind = FieldResolver.structuralKind(first);
      if (kind === 'summary') return void this.facts.summaryLines.push(line);
      if (kind === 'footer') return this.footer(line);
    }
    if (this.afterFooter && cells.filter((c) => c.trim() !== '').length === 1) return this.footer(line);
    this.facts.dataRows++;

    const errors = this.fields.shape(this, cells);
    if (errors.length) return this.reject(line, cells, errors);
    if (plan.layout === 'long') this.longRow(cells, line);
    else if (plan.layout === 'wide-indicator') this.wideIndicatorRow(cells, line);
    else this.wideYearRow(cells, line);
  }

  /** The column's name for messages: its header, or 「第 N 列」. */
  label(col: number): string {
    return this.plan!.labels[col] ?? columnLabel(undefined, col);
  }

  cellLine(col: number): number {
    return this.tok.cellLines?.[col] ?? this.tok.rowLine;
  }

  /** A wide file's cell without a value: not stored, but counted for the preview. */
  skipCell(col: number, text: string): void {
    const f = this.facts;
    if (f.skippedCells++ < SKIPPED_CELLS_SHOWN)
      f.skippedShown.push({ line: this.cellLine(col), column: this.label(col), text: text.trim() });
  }

  private footer(line: number): void {
    this.afterFooter = true;
    this.facts.footerLines.push(line);
  }

  private repeatedHeader(cells: string[], line: number): void {
    const keys = this.headerKeys;
    let same = true;
    for (let i = 0; i < Math.max(keys.length, cells.length); i++) {
      if ((keys[i] ?? '') !== headerKey(cells[i] ?? '')) same = false;
    }
    if (same) {
      this.log.add('W_REPEATED_HEADER', '这一行与表头相同（可能是两个导出文件拼接在一起），已跳过。', { line });
      return;
    }
    if (headerScore(cells).score >= 2) {
      this.fail(
        'E_HEADER_MISMATCH',
        '文件中间出现了与第一个表头不同的表头（可能是两个不同格式的文件拼接在一起）。请分成两个文件分别导入。',
        line,
      );
      return;
    }
    this.facts.dataRows++;
    const column = this.label(this.plan!.col.department);
    this.reject(line, cells, [
      { code: 'E_DEPT_INVALID', text: `「${preview(cells[this.plan!.col.department] ?? '', 30)}」是列名，不是部门名称。`, column },
    ]);
  }

  reject(line: number, cells: string[], errors: readonly RowError[]): void {
    const reasons: string[] = [];
    for (const e of errors) {
      this.log.add(e.code, e.text, { line: e.line ?? line, column: e.column });
      reasons.push(e.column ? `「${e.column}」列：${e.text}` : e.text);
    }
    this.rejected.push({ line, cells: cells.slice(), reasons });
  }

  notes(notes: readonly Note[], line: number, column?: string): void {
    for (const n of notes) this.log.add(n.code, n.text, { line, column });
  }

  private longRow(cells: string[], line: number): void {
    const plan = this.plan!;
    const f = this.fields.common(this, cells, plan);
    const errors = f.errors;
    const c = plan.col;
    const ind = this.resolver.indicator(
      c.indicator >= 0 ? (cells[c.indicator] ?? '') : '',
      c.indicator_text >= 0 ? (cells[c.indicator_text] ?? '') : undefined,
    );
    if (ind.kind === 'error') {
      const at = c.indicator >= 0 ? c.indicator : c.indicator_text;
      errors.push({ code: ind.code, text: ind.text, column: this.label(at), line: this.cellLine(at) });
    }
    const year = this.fields.year(this, cells[c.year] ?? '', c.year, errors);
    let obs: ValueOut | null = null;
    if (ind.kind === 'ok') {
      obs = this.fields.value(this, cells, c.value, ind, c.unit >= 0 ? (cells[c.unit] ?? '') : plan.valueHeaderUnit, c.unit, errors, true);
    }
    const qualifier = this.fields.qualifier(this, cells, obs?.qualifier ?? '', errors);
    if (errors.length || !obs || ind.kind !== 'ok' || year === null || !f.department) return this.reject(line, cells, errors);
    obs.qualifier = qualifier;
    this.emit(cells, line, f, ind, year, obs, this.label(c.value));
  }

  private wideIndicatorRow(cells: string[], line: number): void {
    const plan = this.plan!;
    const f = this.fields.common(this, cells, plan);
    const year = this.fields.year(this, cells[plan.col.year] ?? '', plan.col.year, f.errors);
    if (f.errors.length || year === null || !f.department) return this.reject(line, cells, f.errors);
    const errors: RowError[] = [];
    for (const { ic, info } of this.indicatorColumnInfo) {
      const obs = this.fields.value(this, cells, ic.col, info, ic.unit, -1, errors, false);
      if (obs) this.emit(cells, line, f, info, year, obs, this.label(ic.col), errors);
    }
    if (errors.length) this.reject(line, cells, errors);
  }

  private wideYearRow(cells: string[], line: number): void {
    const plan = this.plan!;
    const c = plan.col;
    const f = this.fields.common(this, cells, plan);
    const ind = this.resolver.indicator(cells[c.indicator] ?? '', c.indicator_text >= 0 ? (cells[c.indicator_text] ?? '') : undefined);
    if (ind.kind === 'error')
      f.errors.push({ code: ind.code, text: ind.text, column: this.label(c.indicator), line: this.cellLine(c.indicator) });
    if (f.errors.length || ind.kind === 'error' || !f.department) return this.reject(line, cells, f.errors);
    const errors: RowError[] = [];
    for (const y of plan.yearColumns) {
      const obs = this.fields.value(this, cells, y.col, ind, c.unit >= 0 ? (cells[c.unit] ?? '') : '', c.unit, errors, false);
      if (obs) this.emit(cells, line, f, ind, y.year, obs, this.label(y.col), errors);
    }
    if (errors.length) this.reject(line, cells, errors);
  }

  /** Adds one observation; duplicates warn, conflicts reject (the current row via `errors`, or at once). */
  private emit(
    cells: string[],
    line: number,
    f: CommonFields,
    ind: IndicatorInfo & { kind: 'ok' },
    year: number,
    v: { value: number; unit: string; qualifier: Qualifier },
    column: string,
    errors?: RowError[],
  ): void {
    const o = this.fieldsOut;
    o.department = f.department;
    o.year = year;
    o.indicatorId = ind.id;
    o.indicatorText = ind.text;
    o.value = v.value;
    o.unit = v.unit;
    o.qualifier = v.qualifier;
    o.derived = f.derived;
    o.evidence = f.evidence;
    o.line = line;
    o.file = f.source;
    const r = this.sink.add(o, this.tok.rowStart);
    if (r.kind === 'added') {
      if (ind.customFromText) this.facts.customIndicators.add(ind.text);
      this.departments.note(f.department, f.spelled, f.region, f.type);
      return;
    }
    if (r.kind === 'duplicate') {
      this.facts.duplicates++;
      this.log.add('W_DUPLICATE_ROW', `与第 ${r.firstLine} 行的部门、年度、指标和数值完全相同，只保留一条。`, { line, column });
      return;
    }
    const text = `与第 ${r.firstLine} 行的部门、年度、指标相同但数值不同（第 ${r.firstLine} 行为 ${r.firstValue}，本行为 ${v.value}），这些行均未导入，请核对后只保留正确的一行。`;
    for (const e of r.earlier) {
      const firstText = `与第 ${line} 行的部门、年度、指标相同但数值不同（本行为 ${r.firstValue}，第 ${line} 行为 ${v.value}），这些行均未导入，请核对后只保留正确的一行。`;
      this.log.add('E_DUPLICATE_CONFLICT', firstText, { line: e.line, column });
      this.deferred.push({ line: e.line, rowStart: e.rowStart, reason: `「${column}」列：${firstText}` });
    }
    const err = { code: 'E_DUPLICATE_CONFLICT', text, column };
    if (errors) errors.push(err);
    else this.reject(line, cells, [err]);
  }

  result(): ParsedImport {
    return finishImport(this);
  }
}
