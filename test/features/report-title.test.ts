// A dataset made from extracted reports is named after what they are, not their files.
import { describe, expect, it } from 'vitest';
import { reportTitle } from '../../src/features/extract/review-model';

describe('reportTitle', () => {
  it('names a report by its department and year', () => {
    expect(reportTitle({ name: '12_wuhan_szf_2023.txt', department: '武汉市人民政府', year: 2023 })).toBe('武汉市人民政府 2023年');
    expect(reportTitle({ name: 'x.pdf', department: '武汉市司法局', year: null })).toBe('武汉市司法局');
  });

  it('falls back to the file name without its extension', () => {
    expect(reportTitle({ name: '16_gov_table_title.docx', department: '', year: 2023 })).toBe('16_gov_table_title');
  });
});
