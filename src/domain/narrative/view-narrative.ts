// 解读 of whichever chart a view draws: the chart's own model in, sentences out (with their
// number links). Used under every chart and by the briefing of the current view.
import type { Lang } from '../charts/labels';
import type { MatrixModel } from '../charts/models/matrix-model';
import type { ProfileModel } from '../charts/models/profile-model';
import type { RankingModel } from '../charts/models/ranking-model';
import type { TrendModel } from '../charts/models/trend-model';
import type { RowColumns } from '../observations/row-columns';
import { matrixFacts } from './matrix-facts';
import { matrixNarrative } from './matrix-narrative';
import type { NarrativeSentence } from './narrative-text';
import { profileFacts } from './profile-facts';
import { profileNarrative } from './profile-narrative';
import { rankingFacts } from './ranking-facts';
import { rankingNarrative } from './ranking-narrative';
import { trendFacts } from './trend-facts';
import { trendNarrative } from './trend-narrative';

/** The model a chart draws, with what its sentences need besides (the indicator's name, the matrix's rows). */
export type NarrativeSource =
  | { view: 'trend'; model: TrendModel; label: string }
  | { view: 'ranking'; model: RankingModel; label: string }
  | { view: 'matrix'; model: MatrixModel; rows: RowColumns }
  | { view: 'profile'; model: ProfileModel };

export function viewNarrative(s: NarrativeSource, simulatedDatasets: ReadonlySet<string>, lang: Lang): NarrativeSentence[] {
  switch (s.view) {
    case 'trend':
      return trendNarrative(trendFacts(s.model, simulatedDatasets), s.label, lang);
    case 'ranking':
      return rankingNarrative(rankingFacts(s.model, simulatedDatasets), s.label, lang);
    case 'matrix':
      return matrixNarrative(matrixFacts(s.model, s.rows, simulatedDatasets), lang);
    case 'profile':
      return profileNarrative(profileFacts(s.model, simulatedDatasets), lang);
  }
}

/** The datasets of the values a chart draws (for a briefing's sources and its demo notice). */
export function narrativeDatasets(s: NarrativeSource): string[] {
  const ids = new Set<string>();
  const add = (r: { datasetId: string } | null) => r && ids.add(r.datasetId);
  switch (s.view) {
    case 'trend':
      for (const x of s.model.series) for (const p of x.points) add(p.row);
      break;
    case 'ranking':
      for (const e of s.model.entries) add(e.row);
      break;
    case 'matrix':
      return [...s.model.datasetIds];
    case 'profile':
      for (const panel of s.model.panels) for (const p of panel.points) add(p.row);
      break;
  }
  return [...ids];
}
