// The RFC 4180 tokenizer: exact values, physical lines, quote problems, and agreement
// with PapaParse on random well-formed input.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/domain/csv/delimiter';
import { CsvTokenizer } from '../../../src/domain/csv/tokenizer';

function tokenize(text: string, d = ',') {
  const t = new CsvTokenizer(text, d);
  const out: { cells: string[]; line: number; cellLines: number[] | null; problem: unknown }[] = [];
  while (t.next()) out.push({ cells: t.cells, line: t.rowLine, cellLines: t.cellLines, problem: t.quoteProblem });
  return out;
}
const cells = (text: string, d = ',') => tokenize(text, d).map((r) => r.cells);

describe('CsvTokenizer', () => {
  it.each([
    ['a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\r\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d\r\ne,f\r', [['a', 'b'], ['c', 'd'], ['e', 'f']]],
    ['"a,b",c\n', [['a,b', 'c']]],
    ['"a""b",c\n', [['a"b', 'c']]],
    ['"",x\n', [['', 'x']]],
    ['"line1\r\nline2",x\n', [['line1\r\nline2', 'x']]],
    ['"line1\nline2",x\n', [['line1\nline2', 'x']]],
    ['a,,\n', [['a', '', '']]],
    ['a,b,', [['a', 'b', '']]],
    ['ab"c,d\n', [['ab"c', 'd']]],
    ['"a" ,b\n', [['a', 'b']]],
    ['\n\n', [[''], ['']]],
  ])('%j', (text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it('counts physical lines across quoted line breaks and lone CRs', () => {
    const rows = tokenize('h1,h2\n"a\nb\nc",x\ny,"p\r\nq"\rz,1\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5, 7]);
    expect(rows[1]!.cellLines).toEqual([2, 4]);
  });

  it('reports an unterminated quote at its line and column', () => {
    const rows = tokenize('a,b\nc,"open\nmore\n');
    expect(rows[1]!.problem).toEqual({ kind: 'unterminated', line: 2, column: 3, cell: 1 });
  });

  it('reports text after a closing quote and keeps the cell literally', () => {
    const rows = tokenize('x,"ab"cd,e\n');
    expect(rows[0]!.cells).toEqual(['x', '"ab"cd', 'e']);
    expect(rows[0]!.problem).toEqual({ kind: 'stray', line: 1, column: 7, cell: 1 });
  });

  it('resumes at a saved row start', () => {
    const text = 'a,1\n"b\nc",2\nd,3\n';
    const t = new CsvTokenizer(text, ',');
    t.next();
    t.next();
    const at = { pos: t.pos, line: t.line };
    t.next();
    expect(t.cells).toEqual(['d', '3']);
    t.seek(at.pos, at.line);
    t.next();
    expect([t.cells, t.rowLine]).toEqual([['d', '3'], 4]);
  });

  it('agrees with PapaParse on 2,000 random well-formed tables', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['a', '汉', ',', '"', '\n', '\r\n', ' ', '1', ';', '\t', '𠮷'];
    for (let it = 0; it < 2000; it++) {
      const table: string[][] = [];
      const nr = 1 + rand(5);
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
      const newline = it % 3 === 0 ? '\r\n' : it % 3 === 1 ? '\n' : '\r';
      const csv = Papa.unparse(table, { newline });
      const mine = cells(csv).filter((r) => r.some((x) => x !== ''));
      expect(mine, JSON.stringify(csv)).toEqual(table);
      if (newline !== '\r') {
        const papa = Papa.parse<string[]>(csv, { newline, delimiter: ',', skipEmptyLines: true }).data;
        expect(mine).toEqual(papa);
      }
    }
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
