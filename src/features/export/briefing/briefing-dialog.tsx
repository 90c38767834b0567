// 生成简报: the chosen indicators' ranking charts, each with its 解读 and table, in one .docx.
import { useMemo, useState } from 'react';
import type { DashboardData } from '../../../queries/use-dashboard-data';
import { Modal } from '../../../components/ui/modal';
import { OFFICIAL_FONTS, PLAIN_FONTS, type BriefingFonts, type BriefingStyle } from '../../../domain/briefing/briefing-types';
import type { UrlState } from '../../../domain/url-state';
import { useI18n } from '../../../i18n/i18n';
import { safeFileName, saveBlob } from '../../../image-export/save-file';
import { useCheckMarker } from '../../checks/use-check-marker';
import { currentChart } from '../../views/current-chart';
import { indicatorsForSelection } from '../batch-specs';
import { buildBriefing } from './build-briefing';
import '../../../i18n/messages/narrative'; // this feature's strings (i18n/registry.ts)

interface Props {
  state: UrlState;
  data: DashboardData;
  onClose: () => void;
}

const FONT_FIELDS = [
  ['title', 'briefingFontTitle'],
  ['heading1', 'briefingFontHeading1'],
  ['heading2', 'briefingFontHeading2'],
  ['body', 'briefingFontBody'],
] as const;

export function BriefingDialog({ state, data, onClose }: Props) {
  const { t, lang } = useI18n();
  const ctx = useMemo(() => ({ state, data, t }), [state, data, t]);
  const indicators = useMemo(() => indicatorsForSelection(ctx), [ctx]);
  const marker = useCheckMarker(data.snapshot);
  const year = data.effective?.year ?? new Date().getFullYear();
  const now = new Date();
  const [title, setTitle] = useState(() => t('briefingDefaultTitle', { year }));
  const [issuer, setIssuer] = useState('');
  const [date, setDate] = useState(() =>
    lang === 'zh' ? `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日` : now.toISOString().slice(0, 10),
  );
  const [style, setStyle] = useState<BriefingStyle>('official');
  const [fonts, setFonts] = useState<BriefingFonts>(OFFICIAL_FONTS);
  // The chart in view when the dialog opened; a ranking in view already is the current indicator's chart.
  const [current] = useState(currentChart);
  const [withCurrent, setWithCurrent] = useState(current !== null);
  const [chosen, setChosen] = useState<Set<string>>(() =>
    current?.source.view !== 'ranking' && data.effective && indicators.some((i) => i.id === data.effective!.indicator)
      ? new Set([data.effective.indicator])
      : new Set(),
  );
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'progress'; text: string } | null>(null);
  const picked = indicators.filter((i) => chosen.has(i.id));

  const generate = async () => {
    const view = withCurrent ? current : null;
    if (!picked.length && !view) {
      setStatus({ kind: 'error', text: t('briefingNone') });
      return;
    }
    try {
      const blob = await buildBriefing(
        ctx,
        view,
        picked.map((i) => i.id),
        { title, issuer, date, style, fonts },
        (done, total) => setStatus({ kind: 'progress', text: t('briefingProgress', { done, total }) }),
        marker,
      );
      saveBlob(blob, safeFileName(`${title || t('briefing')}.docx`));
      setStatus({ kind: 'ok', text: t('briefingDone', { n: picked.length + (view ? 1 : 0) }) });
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Modal title={t('briefing')} onClose={onClose} closeLabel={t('close')} wide>
      <p className="hint">
        {t('briefingIntro')}
        {current ? t('briefingIntroCurrent') : ''}
      </p>
      <div className="briefing-form">
        <label>
          {t('briefingTitle')}
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('briefingIssuer')}
          <input type="text" value={issuer} onChange={(e) => setIssuer(e.target.value)} />
        </label>
        <label>
          {t('briefingDate')}
          <input type="text" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <fieldset className="row">
          <legend>{t('briefingStyle')}</legend>
          {(['official', 'plain'] as const).map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="briefing-style"
                checked={style === s}
                onChange={() => {
                  setStyle(s);
                  setFonts(s === 'official' ? OFFICIAL_FONTS : PLAIN_FONTS);
                }}
              />
              {s === 'official' ? t('briefingStyleOfficial') : t('briefingStylePlain')}
            </label>
          ))}
        </fieldset>
        <details>
          <summary>{t('briefingFonts')}</summary>
          <div className="row">
            {FONT_FIELDS.map(([key, label]) => (
              <label key={key}>
                {t(label)}
                <input type="text" size={14} value={fonts[key]} onChange={(e) => setFonts((f) => ({ ...f, [key]: e.target.value }))} />
              </label>
            ))}
          </div>
        </details>
      </div>
      {current && (
        <label className="row">
          <input type="checkbox" checked={withCurrent} onChange={(e) => setWithCurrent(e.target.checked)} />
          {t('briefingCurrentView', { title: current.title })}
        </label>
      )}
      <fieldset className="batch-list" aria-label={t('briefingIndicators')}>
        <legend>{t('briefingIndicators')}</legend>
        {indicators.length === 0 && <p className="hint">{t('briefingNoIndicators')}</p>}
        {indicators.map((ind) => (
          <label key={ind.id}>
            <input
              type="checkbox"
              checked={chosen.has(ind.id)}
              onChange={(e) =>
                setChosen((s) => {
                  const next = new Set(s);
                  if (e.target.checked) next.add(ind.id);
                  else next.delete(ind.id);
                  return next;
                })
              }
            />
            {ind.label}
          </label>
        ))}
      </fieldset>
      <div className="row actions">
        {status && (
          <span className={status.kind === 'progress' ? 'hint' : status.kind} role="status">
            {status.text}
          </span>
        )}
        <button type="button" className="primary" disabled={status?.kind === 'progress'} onClick={() => void generate()}>
          {t('briefingGenerate')}
        </button>
      </div>
    </Modal>
  );
}
