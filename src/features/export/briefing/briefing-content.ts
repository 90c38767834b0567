// What a briefing says about one chart: its heading, 解读 and compact table, from the ranking
// model the chart draws (the same numbers as the picture).
import type { RankingModel } from '../../../domain/charts/models/ranking-model';
import { indicatorLabel } from '../../../domain/charts/common';
import { formatDelta, formatMaybe } from '../../../domain/charts/format';
import type { BriefingTableRow } from '../../../domain/briefing/briefing-types';
import { exact, rankingFacts } from '../../../domain/narrative/ranking-facts';
import { rankingNarrative } from '../../../domain/narrative/ranking-narrative';
import { plainSentence } from '../../../domain/narrative/narrative-text';
import type { Lang, Translate } from '../../../i18n/i18n';
import '../../../i18n/messages/narrative'; // this feature's strings (i18n/registry.ts)
import type { CheckCellsOf } from '../../../domain/export/check-columns';
import { checkNotes } from './briefing-check-notes';

export interface ChartContent {
  heading: string;
  sentences: string[];
  table: { header: BriefingTableRow; rows: BriefingTableRow[] };
  checkNotes?: { heading: string; lines: string[] };
}

/** `checks`: the data checks' cells of a figure (once they have arrived): flagged values get a note. */
export function chartContent(
  m: RankingModel,
  simulated: ReadonlySet<string>,
  t: Translate,
  lang: Lang,
  checks?: CheckCellsOf,
): ChartContent {
  const label = indicatorLabel(m.indicator, lang);
  const rows: BriefingTableRow[] = m.entries.map((e) => ({
    rank: e.rank === null ? '—' : String(e.rank),
    department: e.department,
    value: formatMaybe(e.value, m.unit, e.row?.qualifier ?? '', lang),
    change: e.value !== null && e.previous ? formatDelta(exact(e.value - e.previous.value), m.unit, lang) : '—',
  }));
  const notes = checks ? checkNotes(m, rows, label, checks, t) : null;
  return {
    ...(notes ? { checkNotes: notes } : {}),
    heading: t('briefingSectionHeading', { indicator: label, year: m.year }),
    sentences: rankingNarrative(rankingFacts(m, simulated), label, lang).map(plainSentence),
    table: {
      header: {
        rank: t('briefingColRank'),
        department: t('briefingColDepartment'),
        value: t('briefingColValue'),
        change: t('briefingColChange', { year: m.year - 1 }),
      },
      rows,
    },
  };
}
