// The row reader (PapaParse with physical lines, mixed line endings, resumption and quote
// problems): exact values, physical lines, quote problems, and random tables read back
// through windows of every size.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/domain/csv/delimiter';
import { CsvRowReader } from '../../../src/domain/csv/row-reader';

interface Row {
  cells: string[];
  line: number;
  cellLines: number[] | null;
  problem: unknown;
}

const snap = (t: CsvRowReader): Row => ({ cells: t.cells.slice(), line: t.rowLine, cellLines: t.cellLines, problem: t.quoteProblem });

/** Rows read one by one with next(). */
function pulled(text: string, d = ',', window?: number): Row[] {
  const t = new CsvRowReader(text, d, { window });
  const out: Row[] = [];
  while (t.next()) out.push(snap(t));
  return out;
}

/** Rows read in slices with read(), as the import does. */
function pushed(text: string, d = ',', window?: number, slice = 3): Row[] {
  const t = new CsvRowReader(text, d, { window });
  const out: Row[] = [];
  while (!t.done) t.read(slice, () => out.push(snap(t)) > 0);
  return out;
}

function readAll(text: string, d = ','): Row[] {
  const rows = pulled(text, d);
  for (const window of [1, 5, undefined]) {
    expect(pulled(text, d, window), `next(), window ${window}`).toEqual(rows);
    expect(pushed(text, d, window), `read(), window ${window}`).toEqual(rows);
  }
  return rows;
}
const cells = (text: string, d = ',') => readAll(text, d).map((r) => r.cells);

describe('CsvRowReader', () => {
  it.each([
    [
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d\r\ne,f\r',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
    ],
    [
      'a,b\r\nc,d\ne,"f"\r\n"g\r",h\n',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g\r', 'h'],
      ],
    ],
    [
      'a,"x\r\ny"\nb,"p\rq"\rc,1\r\n',
      [
        ['a', 'x\r\ny'],
        ['b', 'p\rq'],
        ['c', '1'],
      ],
    ],
    ['"a,b",c\n', [['a,b', 'c']]],
    ['"a""b",c\n', [['a"b', 'c']]],
    ['"",x\n', [['', 'x']]],
    ['"line1\r\nline2",x\n', [['line1\r\nline2', 'x']]],
    ['"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['a,,\n', [['a', '', '']]],
    ['a,b,', [['a', 'b', '']]],
    ['ab"c,d\n', [['ab"c', 'd']]],
    ['"a" ,b\n', [['a', 'b']]],
    ['"a"  \n', [['a']]],
    ['\n\n', [[''], ['']]],
    ['a;"b;c"\n', [['a', 'b;c']]],
  ])('%j', (text, expected) => {
    expect(cells(text, text.includes(';') ? ';' : ',')).toEqual(expected);
  });

  it('counts physical lines across quoted line breaks and lone CRs', () => {
    const rows = readAll('h1,h2\n"a\nb\nc",x\ny,"p\r\nq"\rz,1\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5, 7]);
    expect(rows[1]!.cellLines).toEqual([2, 4]);
    expect(rows[0]!.cellLines).toBeNull();
  });

  it('reports an unterminated quote at its line and column', () => {
    const rows = readAll('a,b\nc,"open\nmore\n');
    expect(rows[1]!.problem).toEqual({ kind: 'unterminated', line: 2, column: 3, cell: 1 });
    expect(rows[1]!.cells).toEqual(['c', 'open\nmore\n']);
  });

  it('reports text after a closing quote and keeps the cell literally', () => {
    const rows = readAll('x,"ab"cd,e\n');
    expect(rows[0]!.cells).toEqual(['x', '"ab"cd', 'e']);
    expect(rows[0]!.problem).toEqual({ kind: 'stray', line: 1, column: 7, cell: 1 });
  });

  it('keeps the rows after a stray quote apart (PapaParse alone would pull them into the cell)', () => {
    const rows = readAll('x,"ab"cd,e\ny,1,2\nz,"q",3\n');
    expect(rows.map((r) => r.cells)).toEqual([
      ['x', '"ab"cd', 'e'],
      ['y', '1', '2'],
      ['z', 'q', '3'],
    ]);
    expect(rows.map((r) => r.problem === null)).toEqual([false, true, true]);
    const many = readAll('h\n' + '"十四五"规划,1\n'.repeat(50) + 'end,"multi\nline"\n');
    expect(many).toHaveLength(52);
    expect(many[50]!.problem).toEqual({ kind: 'stray', line: 51, column: 6, cell: 0 });
    expect(many[51]).toEqual({ cells: ['end', 'multi\nline'], line: 52, cellLines: [52, 52], problem: null });
  });

  it('reports the first quote problem of a row, at the line where it is', () => {
    expect(readAll('"a\nb"c,"d"e\n')[0]!.problem).toEqual({ kind: 'stray', line: 2, column: 3, cell: 0 });
    expect(readAll('"a"b,"open\n')[0]!.problem).toEqual({ kind: 'stray', line: 1, column: 4, cell: 0 });
    expect(readAll('a,"b"x,"open\n')[0]!.cells).toEqual(['a', '"b"x', 'open\n']);
  });

  it('takes a TAB or full-width space after a closing quote as a stray quote, as before', () => {
    expect(readAll('"a"\t,b\n')[0]!).toMatchObject({ cells: ['"a"\t', 'b'], problem: { kind: 'stray', column: 4 } });
    expect(readAll('x,"a"\u3000\ny\n').map((r) => r.cells)).toEqual([['x', '"a"\u3000'], ['y']]);
    expect(readAll('"a"\tb\t"c"\n', '\t')[0]!.cells).toEqual(['a', 'b', 'c']);
  });

  it('resumes at a saved row start', () => {
    const text = 'a,1\n"b\nc",2\nd,3\n';
    const t = new CsvRowReader(text, ',');
    t.next();
    t.next();
    const at = { pos: t.pos, line: t.line };
    t.next();
    expect(t.cells).toEqual(['d', '3']);
    t.seek(at.pos, at.line);
    t.next();
    expect([t.cells, t.rowLine]).toEqual([['d', '3'], 4]);
    const fresh = new CsvRowReader(text, ',');
    fresh.seek(at.pos, at.line);
    expect(fresh.read(5, () => true)).toBe(1);
    expect([fresh.cells, fresh.rowLine, fresh.done]).toEqual([['d', '3'], 4, true]);
  });

  it('stops read() when the callback says so, and goes on from there', () => {
    const t = new CsvRowReader('a\nb\nc\nd\n', ',');
    const seen: string[] = [];
    expect(t.read(10, () => seen.push(t.cells[0]!) < 2)).toBe(2);
    expect(t.read(10, () => seen.push(t.cells[0]!) > 0)).toBe(2);
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads random tables back with every line ending, at every window size, with the physical line of each row', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['a', '汉', ',', '"', '\n', '\r\n', '\r', ' ', '1', ';', '\t', '𠮷'];
    const newlines = ['\r\n', '\n', '\r'];
    for (let it = 0; it < 1500; it++) {
      const table: string[][] = [];
      const nr = 1 + rand(6);
      const nc = 1 + rand(4);
      for (let r = 0; r < nr; r++) {
        const row: string[] = [];
        for (let c = 0; c < nc; c++) {
          let s = '';
          for (let k = rand(6); k > 0; k--) s += alphabet[rand(alphabet.length)];
          row.push(s);
        }
        if (row.some((x) => x !== '')) table.push(row);
      }
      if (!table.length) continue;
      // Rows written one by one, each with its own line ending when `mixed`; a naive count
      // of the line breaks written before a row gives its physical line.
      const mixed = it % 2 === 0;
      let csv = '';
      const lines: number[] = [];
      let line = 1;
      for (const row of table) {
        lines.push(line);
        const text = Papa.unparse([row]) + newlines[mixed ? rand(3) : it % 3]!;
        line += (text.match(/\r\n|\r|\n/g) ?? []).length;
        csv += text;
      }
      for (const window of [1, 7, undefined]) {
        const rows = pushed(csv, ',', window, 1 + rand(3)).filter((r) => r.cells.some((x) => x !== ''));
        expect(
          rows.map((r) => r.cells),
          JSON.stringify(csv),
        ).toEqual(table);
        expect(
          rows.map((r) => r.line),
          JSON.stringify(csv),
        ).toEqual(lines);
        expect(rows.every((r) => r.problem === null)).toBe(true);
      }
    }
  });

  it('reads a file full of stray quotes row by row (each row is scanned ahead only to its line)', () => {
    const text = '部门,原文\n' + Array.from({ length: 30_000 }, (_, i) => `部门${i},"十四五"规划${i}`).join('\n') + '\n';
    const rows = pushed(text, ',', undefined, 20_000);
    expect(rows).toHaveLength(30_001);
    expect(rows[30_000]).toMatchObject({ cells: ['部门29999', '"十四五"规划29999'], line: 30_001, problem: { kind: 'stray', column: 14 } });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['部门,年度,指标,数值\n甲,2023,a,1\n', ','],
    ['部门;年度;指标;数值;原文\n甲;2023;a;1;x, y, z\n乙;2023;a;1;p,q\n', ';'],
    ['部门\t年度\t指标\n甲\t2023\t"a,b"\n', '\t'],
    ['标题,,,\n部门,年度,指标,数值\n甲,2023,a,1\n', ','],
    ['只有一列\n第二行\n', ','],
  ])('%j → %j', (text, d) => {
    expect(detectDelimiter(text)).toEqual({ delimiter: d, fullWidthComma: false });
  });

  it('flags full-width comma separated files', () => {
    expect(detectDelimiter('部门，年度，指标，数值\n甲，2023，a，1\n').fullWidthComma).toBe(true);
    expect(detectDelimiter('部门,原文\n甲,开展培训，共12次\n').fullWidthComma).toBe(false);
  });
});
