// Renders the view chosen in the URL. The trend view is in the first chunk; the
// others load on first use.
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n';
import { TrendView } from './trend-view';
import type { ViewProps } from './view-context';

const RankingView = lazy(() => import('./ranking-view').then((m) => ({ default: m.RankingView })));
const MatrixView = lazy(() => import('./matrix-view').then((m) => ({ default: m.MatrixView })));
const ProfileView = lazy(() => import('./profile-view').then((m) => ({ default: m.ProfileView })));
const TableView = lazy(() => import('./table-view').then((m) => ({ default: m.TableView })));

function Chosen(props: ViewProps) {
  switch (props.state.view) {
    case 'ranking':
      return <RankingView {...props} />;
    case 'matrix':
      return <MatrixView {...props} />;
    case 'profile':
      return <ProfileView {...props} />;
    case 'table':
      return <TableView {...props} />;
    default:
      return <TrendView {...props} />;
  }
}

export function ActiveView(props: ViewProps) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="loading">{t('loading')}</p>}>
      <Chosen {...props} />
    </Suspense>
  );
}
