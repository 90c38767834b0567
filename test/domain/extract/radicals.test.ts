import { describe, expect, it } from 'vitest';
import { detectDepartment } from '../../../src/domain/extract/detect-meta';
import { originalSpan } from '../../../src/domain/extract/mapped-text';
import { normalizeReport } from '../../../src/domain/extract/normalize-report';
import { foldRadicals } from '../../../src/domain/extract/radicals';
import { extract, row } from './helpers';

const chars = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

describe('CJK radicals in PDF text', () => {
  it.each([
    ['\u2ed3', '长'], // C-SIMPLIFIED LONG
    ['\u2ed8', '青'], // BLUE
    ['\u2ea0', '民'], // CIVILIAN
    ['\u2ed4', '门'], // C-SIMPLIFIED GATE
    ['\u2ee2', '马'], // C-SIMPLIFIED HORSE
    ['\u2ec5', '见'], // C-SIMPLIFIED SEE
    ['\u2edb', '风'], // C-SIMPLIFIED WIND
    ['\u2edc', '飞'], // C-SIMPLIFIED FLY
    ['\u2ecb', '车'], // C-SIMPLIFIED CART
    ['\u2ec9', '贝'], // C-SIMPLIFIED SHELL
    ['\u2ee9', '黄'], // SIMPLIFIED YELLOW
    ['\u2eec', '齐'], // C-SIMPLIFIED EVEN
    ['\u2edd', '食'], // EAT ONE
    ['\u2ec6', '角'], // SIMPLIFIED HORN
    ['\u2eda', '页'], // C-SIMPLIFIED LEAF
    ['\u2f3e', '户'], // KANGXI RADICAL DOOR: NFKC gives 戶, simplified text writes 户
    ['\u2fad', '青'], // KANGXI RADICAL BLUE: NFKC gives 靑
    ['\u2fc8', '黄'], // KANGXI RADICAL YELLOW: NFKC gives 黃
  ])('%s → %s', (radical, ideograph) => {
    expect(foldRadicals(radical)).toBe(ideograph);
    expect(normalizeReport(radical).text).toBe(ideograph);
  });

  it('leaves radicals that only occur as components, and other text, as they are', () => {
    expect(foldRadicals('\u2e85\u2ea1\u2ebe\u2ecc')).toBe('\u2e85\u2ea1\u2ebe\u2ecc'); // ⺅ ⺡ ⺾ ⻌
    expect(foldRadicals('同比增长18.7%')).toBe('同比增长18.7%');
  });

  it('maps radicals only to single CJK unified ideographs', () => {
    for (const r of [...chars(0x2e80, 0x2ef3), ...chars(0x2f00, 0x2fd5)]) {
      const folded = foldRadicals(r);
      if (folded !== r) expect(folded).toMatch(/^[\u4e00-\u9fff]$/);
    }
  });

  it('leaves the other Kangxi radicals to NFKC', () => {
    expect(normalizeReport('同\u2f50增\u2ed3\u2f00\u2f70').text).toBe('同比增长一示');
  });

  it('keeps the offsets into the original text: evidence stays verbatim', () => {
    const original = '全年立案查处各类违法案件356件，同\u2f50增\u2ed318.7%。';
    const m = normalizeReport(original);
    const at = m.text.indexOf('同比增长18.7%');
    expect(at).toBeGreaterThan(0);
    const span = originalSpan(m, at, at + '同比增长18.7%'.length);
    expect(original.slice(span.start, span.end)).toBe('同\u2f50增\u2ed318.7%');

    const r = extract(original);
    const yoy = row(r.rows, 18.7, '%');
    expect(yoy.rule).toBe('yoy-change');
    expect(yoy.evidence).toBe(original);
    expect(original.slice(yoy.source.start, yoy.source.end)).toBe(yoy.evidence);
  });

  it('reads 「1046⼾次」 as a count in 户次', () => {
    expect(row(extract('抽查市场主体1046\u2f3e次，抽查结果公示率100%。').rows, 1046).unit).toBe('户次');
  });

  it('reads the department from a title written with radicals', () => {
    const title = '\u2ed8\u2f2d区市场监督管理局2024年法治政府建设年度报告'; // ⻘⼭区…
    expect(detectDepartment(normalizeReport(title).text.split('\n')).department).toBe('青山区市场监督管理局');
  });

  it('drops a breadcrumb written with radicals', () => {
    expect(normalizeReport('\u2fb8\u2eda > 政务公开 > 法治政府建设\n全年办理案件3件。').text).toBe('全年办理案件3件。');
  });
});
