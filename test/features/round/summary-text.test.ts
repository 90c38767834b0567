import { describe, expect, it } from 'vitest';
import { boardSummaryText } from '../../../src/features/round/summary-text';
import type { Translate } from '../../../src/i18n/i18n';
import { zhTable } from '../../../src/i18n/registry';

const t: Translate = (key, vars = {}) => Object.entries(vars).reduce((s, [k, v]) => s.split(`{${k}}`).join(String(v)), zhTable[key] ?? key);

describe('filing board summary', () => {
  it('says where late reports come from when no department is marked 须报送', () => {
    const text = boardSummaryText({ due: 0, received: 0, late: 3, incomplete: 2, unlisted: 3 }, t);
    expect(text).toBe('应报 0，已报 0，逾期 3，缺少必备内容 2（另有 3 份报告来自未标记须报送的部门，不计入应报、已报）');
  });

  it('stays the plain line when every report is from a listed department', () => {
    expect(boardSummaryText({ due: 5, received: 3, late: 1, incomplete: 0, unlisted: 0 }, t)).toBe(
      '应报 5，已报 3，逾期 1，缺少必备内容 0',
    );
  });
});
