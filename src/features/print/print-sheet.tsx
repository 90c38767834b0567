// The print preview: a titled page of charts (as images) with their data tables.
// On screen it covers the app with 「打印」 and 「关闭」; in print it is the only content.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { PrintCheckNote } from '../../domain/export/print-table';
import { useI18n } from '../../i18n/i18n';
import { markRendered, setPrintJob, usePrintJob, type PrintChart } from './print-store';
import './print.css';

export function PrintSheet() {
  const { t } = useI18n();
  const job = usePrintJob();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!job) return;
    document.body.classList.add('has-print-sheet');
    const images = [...(ref.current?.querySelectorAll('img') ?? [])];
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => markRendered(job.id));
    return () => document.body.classList.remove('has-print-sheet');
  }, [job]);
  useEffect(() => {
    if (!job) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPrintJob(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [job]);
  if (!job) return null;
  return createPortal(
    <div className="print-sheet" ref={ref} role="dialog" aria-modal="true" aria-label={t('printPreview')} data-testid="print-sheet">
      <div className="print-toolbar">
        <strong>{t('printPreview')}</strong>
        <span className="hint">{t('printHint')}</span>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" onClick={() => setPrintJob(null)}>
          {t('close')}
        </button>
      </div>
      <header className="print-heading">
        <h1>{job.heading}</h1>
        <p>
          {t('appTitle')} · {job.date}
        </p>
      </header>
      {job.charts.map((c, i) => (
        <PrintFigure key={i} chart={c} />
      ))}
    </div>,
    document.body,
  );
}

/** 「① 区财政局 2024年：需核实，…」: which figure, its status and the explanation. */
function checkNoteLine(n: PrintCheckNote, byIndicator: boolean, lang: 'zh' | 'en'): string {
  const what = `${n.row.department}${byIndicator ? ` ${n.row.indicator}` : ''}`;
  const why = n.check.explanation;
  return lang === 'zh'
    ? `${n.mark} ${what} ${n.year}年：${n.check.status}${why ? `，${why}` : ''}`
    : `${n.mark} ${what} ${n.year}: ${n.check.status}${why ? `; ${why}` : ''}`;
}

function PrintFigure({ chart }: { chart: PrintChart }) {
  const { t, lang } = useI18n();
  const { table } = chart;
  const anyDerived = table.rows.some((r) => r.cells.some((c) => c?.derived));
  return (
    <section className="print-chart">
      {chart.imageUrls.map((url, i) => (
        <img key={i} src={url} alt={chart.imageUrls.length > 1 ? `${chart.title} (${i + 1}/${chart.imageUrls.length})` : chart.title} />
      ))}
      <table className="print-table">
        <caption>{chart.title}</caption>
        <thead>
          <tr>
            {table.ranked && <th className="num rank">{t('exportPrintRank')}</th>}
            <th>{t('departments')}</th>
            {table.byIndicator && <th>{t('indicator')}</th>}
            {table.years.map((y) => (
              <th key={y} className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {table.ranked && <td className="num">{r.rank ?? '—'}</td>}
              <td>{r.department}</td>
              {table.byIndicator && <td>{r.indicator}</td>}
              {r.cells.map((c, k) => (
                <td key={k} className="num">
                  {c ? c.text + (c.derived ? '*' : '') : '—'}
                  {c?.mark && <sup>{c.mark}</sup>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.checkNotes.length > 0 && (
        <div className="print-check-notes">
          <p>{t('printCheckNotes')}</p>
          <ul>
            {table.checkNotes.map((n) => (
              <li key={n.mark}>{checkNoteLine(n, table.byIndicator, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      {(anyDerived || table.omitted > 0) && (
        <p className="hint">
          {anyDerived && t('printDerivedNote')} {table.omitted > 0 && t('printOmitted', { n: table.omitted })}
        </p>
      )}
    </section>
  );
}
