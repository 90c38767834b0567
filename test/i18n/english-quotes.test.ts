// The page's font stack starts with CJK fonts (Noto Sans SC, Microsoft YaHei), which draw
// ’ “ ” full-width: 「view’s」 and 「“Collect reports”」 read with gaps in English. English
// messages use ASCII quotes.
import { describe, expect, it } from 'vitest';
import { startupEnglish } from '../../src/i18n/english';
import { enTable } from '../../src/i18n/registry';
import '../../src/i18n/messages/checks';
import '../../src/i18n/messages/deploy';
import '../../src/i18n/messages/narrative';
import '../../src/i18n/messages/review';
import '../../src/i18n/messages/round';

describe('English messages', () => {
  it('use ASCII quotes and apostrophes, which the CJK-first font stack draws narrow', () => {
    const all = { ...startupEnglish, ...enTable };
    expect(Object.keys(all).length).toBeGreaterThan(300);
    expect(Object.entries(all).filter(([, s]) => /[’‘“”]/.test(s))).toEqual([]);
  });

  it('start the briefing hint that follows another sentence with a space', () => {
    expect(enTable.briefingIntroCurrent).toMatch(/^ \S/);
  });
});
