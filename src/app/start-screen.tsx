// Shown when no data is stored (every dataset deleted): what to do next, not an empty chart.
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  onImport: () => void;
  onExtract: () => void;
  /** Loads the bundled sample reports and demonstration data again. */
  onLoadSamples: () => Promise<void>;
}

export function StartScreen({ onImport, onExtract, onLoadSamples }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setBusy(true);
    setFailed(false);
    onLoadSamples().then(
      () => setBusy(false),
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };
  return (
    <main className="start-screen" aria-labelledby="start-title">
      <h2 id="start-title">{t('viewsStartTitle')}</h2>
      <p>{t('viewsStartIntro')}</p>
      <ul className="start-options">
        <li>
          <button type="button" className="primary" onClick={onImport}>
            {t('import')}
          </button>
          <span className="hint">{t('viewsStartImport')}</span>
        </li>
        <li>
          <button type="button" onClick={onExtract}>
            {t('extract')}
          </button>
          <span className="hint">{t('viewsStartExtract')}</span>
        </li>
        <li>
          <button type="button" onClick={load} disabled={busy}>
            {t('viewsStartSamples')}
          </button>
          <span className="hint">{t('viewsStartSamplesHint')}</span>
        </li>
      </ul>
      {busy && <p role="status">{t('loading')}</p>}
      {failed && (
        <p role="alert" className="error">
          {t('viewsStartSamplesFailed')}
        </p>
      )}
    </main>
  );
}
