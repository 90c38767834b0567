// A report gives the same figures whether it comes as text or as a PDF read by pdf.js.
// test/fixtures/pdf-text/NAME.pdf.txt is the text pdf.js reads from a Chromium-printed PDF of
// test/fixtures/heldout/NAME.txt: Kangxi and CJK Radicals Supplement characters for some
// ideographs (⽐ ⻓ ⻘ ⼾ ⺠), lines wrapped inside sentences, chrome lines run together.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedRow } from '../../../src/domain/extract';
import { parseExpectedMeta } from '../../../src/domain/extract/evaluate';
import { ROOT, readProjectFile } from '../../helpers/project-files';
import { extract } from './helpers';

const names = readdirSync(`${ROOT}test/fixtures/pdf-text`)
  .filter((f) => f.endsWith('.pdf.txt'))
  .map((f) => f.slice(0, -'.pdf.txt'.length))
  .sort();
const expected = parseExpectedMeta(readProjectFile('test/fixtures/heldout/reports.csv'));

/** (value, indicator id, unit, qualifier) of every row, derived ones included, as a sorted multiset. */
function figures(rows: readonly ExtractedRow[]): string[] {
  return rows.map((r) => [r.value, r.indicatorId, r.unit, r.qualifier, r.derived ? 'derived' : ''].join('|')).sort();
}

describe('PDF text and plain text of the same report', () => {
  it('has at least one pair', () => {
    expect(names).toContain('2024_qingshan_market-regulation');
  });

  describe.each(names)('%s', (name) => {
    const pdfText = readProjectFile(`test/fixtures/pdf-text/${name}.pdf.txt`);
    const plain = extract(readProjectFile(`test/fixtures/heldout/${name}.txt`), {});
    const pdf = extract(pdfText, {});

    it('gives the same values, indicators, units and qualifiers', () => {
      expect(pdf.rows.length).toBeGreaterThan(0);
      expect(figures(pdf.rows)).toEqual(figures(plain.rows));
      expect(pdf.rows.map((r) => r.rule).sort()).toEqual(plain.rows.map((r) => r.rule).sort());
    });

    it('gives the same department and year, those of the report', () => {
      expect(pdf.department).toBe(plain.department);
      expect(pdf.year).toBe(plain.year);
      const meta = expected.find((e) => e.report === name)!;
      expect(meta.departments).toContain(pdf.department);
      expect(pdf.year).toBe(meta.year);
    });

    it('cuts the evidence verbatim from the PDF text', () => {
      for (const r of pdf.rows) expect(pdfText.slice(r.source.start, r.source.end)).toBe(r.evidence);
    });
  });

  it('reads the wrapped 「1046⼾次」 and the 「同⽐增⻓」 change of the Qingshan report', () => {
    const pdf = extract(readProjectFile('test/fixtures/pdf-text/2024_qingshan_market-regulation.pdf.txt'), {});
    expect(pdf.department).toBe('青山区市场监督管理局');
    const count = pdf.rows.find((r) => r.value === 1046)!;
    expect([count.unit, count.indicatorText]).toEqual(['户次', '抽查市场主体数']);
    const yoy = pdf.rows.find((r) => r.value === 18.7)!;
    expect([yoy.rule, yoy.indicatorText]).toEqual(['yoy-change', '立案查处各类违法案件同比增长']);
    expect(yoy.evidence).toContain('同\u2f50增\u2ed318.7%');
  });
});
