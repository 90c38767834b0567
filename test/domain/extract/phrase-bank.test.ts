// A bank of figure-bearing sentences written for catalog matching (test/fixtures/phrase-bank):
// the wordings of different departments and levels for every catalog indicator, and near misses
// that must stay uncatalogued. Every line must hold: a regression net under the eval sets.
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../helpers/project-files';
import { extract } from './helpers';

const lines = readProjectFile('test/fixtures/phrase-bank/phrases.txt')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const bar = l.indexOf('|');
    return { id: l.slice(0, bar), sentence: l.slice(bar + 1) };
  });

describe('phrase bank', () => {
  it('holds several hundred sentences, some forty of them near misses', () => {
    expect(lines.length).toBeGreaterThan(300);
    expect(lines.filter((l) => l.id === '').length).toBeGreaterThan(30);
  });

  it('maps every sentence to its indicator, and every near miss to none', () => {
    const wrong = lines.flatMap(({ id, sentence }) => {
      const rows = extract(`2024年,${sentence}。`).rows.filter((r) => !r.derived);
      const ids = rows.map((r) => (r.indicatorId.startsWith('other:') ? '' : r.indicatorId));
      const ok = id === '' ? ids.every((x) => x === '') : ids.includes(id);
      return ok ? [] : [`${sentence}: want ${id || '(none)'}, got ${rows.map((r) => r.indicatorId).join(', ') || '(no row)'}`];
    });
    expect(wrong).toEqual([]);
  });
});
