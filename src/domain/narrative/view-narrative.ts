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
