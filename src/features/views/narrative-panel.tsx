// 解读 under a chart: the sentences written from the chart's model, each number linked to the
// rows it came from (hover or focus it). 「修改」 turns the text into an editable box (edited
// text has no links); 「恢复」 brings back the generated text. The chart and its 解读 as shown
// are kept for the briefing of the current view.
import { Fragment, useEffect, useMemo, useState } from 'react';
import { plainText } from '../../domain/narrative/narrative-text';
import { viewNarrative, type NarrativeSource } from '../../domain/narrative/view-narrative';
import { useI18n } from '../../i18n/i18n';
import { useAfterPaint } from '../../lib/use-after-paint';
import type { DashboardData } from '../../queries/use-dashboard-data';
import type { ExportSpec } from '../export/export-spec';
import { setCurrentChart } from './current-chart';
import { NarrativeNumber } from './narrative-number';
import '../../i18n/messages/narrative'; // this feature's strings (i18n/registry.ts)

export interface NarrativeProps {
  source: NarrativeSource;
  data: DashboardData;
  /** The chart above: its title, export (null while it has no data) and height on screen. */
  chart: { title: string; spec: ExportSpec | null; height: number };
}

export function NarrativePanel({ source, data, chart }: NarrativeProps) {
  const { t, lang } = useI18n();
  const infos = data.derived?.datasetInfos;
  // The text is written once the chart it reads is painted (the old text stays until then).
  const written = useAfterPaint(source);
  const sentences = useMemo(() => {
    const simulated = new Set((infos ?? []).filter((d) => d.kind === 'simulated').map((d) => d.id));
    return viewNarrative(written, simulated, lang);
  }, [written, infos, lang]);
  const generated = plainText(sentences, lang);
  // Edits belong to the text they were made on: new data, new text.
  const [edit, setEdit] = useState<{ base: string; text: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const editing = edit?.base === generated ? edit : null;
  const text = editing ? editing.text : generated;
  const edited = editing && editing.text !== generated ? editing.text : null;
  const { title, spec, height } = chart;
  useEffect(() => {
    if (!spec) return;
    setCurrentChart({ title, spec, height, source, edited });
    return () => setCurrentChart(null);
  }, [title, spec, height, source, edited]);
  if (!generated) return null;
  const copy = async () => {
    await navigator.clipboard?.writeText(text);
    setCopied(true);
  };
  return (
    <section className="narrative" aria-label={t('narrativeTitle')} aria-busy={written !== source}>
      <h3>{t('narrativeTitle')}</h3>
      {editing ? (
        <textarea
          aria-label={t('narrativeTitle')}
          data-testid="narrative"
          value={text}
          rows={Math.min(6, 1 + Math.ceil(text.length / 70))}
          onChange={(e) => {
            setEdit({ base: generated, text: e.target.value });
            setCopied(false);
          }}
        />
      ) : (
        // Department names are users' data.
        <div className="narrative-text" data-testid="narrative-text" data-user-text="">
          {sentences.map((s, i) => (
            <Fragment key={i}>
              {i > 0 && lang === 'en' ? ' ' : ''}
              {s.map((p, k) => (typeof p === 'string' ? p : <NarrativeNumber key={k} link={p} data={data} />))}
            </Fragment>
          ))}
        </div>
      )}
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          {copied ? t('narrativeCopied') : t('narrativeCopy')}
        </button>
        {editing ? (
          <button type="button" onClick={() => setEdit(null)}>
            {t('narrativeReset')}
          </button>
        ) : (
          <button type="button" onClick={() => setEdit({ base: generated, text: generated })}>
            {t('narrativeEdit')}
          </button>
        )}
        <span className="hint">{editing ? t('narrativeEditHint') : t('narrativeHint')}</span>
      </div>
    </section>
  );
}
