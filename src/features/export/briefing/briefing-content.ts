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

export interface ChartContent {
  heading: string;
  sentences: string[];
  table: { header: BriefingTableRow; rows: BriefingTableRow[] };
}

export function chartContent(m: RankingModel, simulated: ReadonlySet<string>, t: Translate, lang: Lang): ChartContent {
  const label = indicatorLabel(m.indicator, lang);
  const rows = m.entries.map((e) => ({
    rank: e.rank === null ? '—' : String(e.rank),
    department: e.department,
    value: formatMaybe(e.value, m.unit, e.row?.qualifier ?? '', lang),
    change: e.value !== null && e.previous ? formatDelta(exact(e.value - e.previous.value), m.unit, lang) : '—',
  }));
  return {
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
