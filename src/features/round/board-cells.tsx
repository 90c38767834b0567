// Cells of one filing-board row: parts (✓ opens the report at the heading, ✗ when absent),
// dates with their timeliness, and the typed-in publication date and address.
import { useState } from 'react';
import type { BoardRow } from '../../domain/round/board';
import type { Timeliness } from '../../domain/round/deadlines';
import { PART_KEYS, type PartKey } from '../../domain/round/report-parts';
import type { RoundEdit } from '../../queries/round-queries';
import { useI18n } from '../../i18n/i18n';
import { PART_LABEL_KEYS, TIMELINESS_KEYS } from '../../i18n/round-part-labels';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

export function TimelinessBadge({ value }: { value: Timeliness }) {
  const { t } = useI18n();
  return <span className={`badge timeliness ${value}`}>{t(TIMELINESS_KEYS[value])}</span>;
}

export function PartCells({ row, onOpen }: { row: BoardRow; onOpen: (at: { start: number; end: number } | null) => void }) {
  const { t } = useI18n();
  const parts = row.report?.round.parts;
  return (
    <>
      {PART_KEYS.map((k: PartKey) => {
        const label = t(PART_LABEL_KEYS[k]);
        if (!parts) return <td key={k} className="part" />;
        const p = parts[k];
        if (p) {
          const title = t('roundPartFound', { part: label, heading: p.heading }) + (p.how === 'position' ? t('roundPartInferred') : '');
          return (
            <td key={k} className="part">
              <button type="button" className="link part-found" aria-label={title} title={title} onClick={() => onOpen(p)}>
                ✓
              </button>
            </td>
          );
        }
        if (k === 'other') {
          return (
            <td
              key={k}
              className="part"
              aria-label={t('roundPartOptionalAbsent', { part: label })}
              title={t('roundPartOptionalAbsent', { part: label })}
            >
              —
            </td>
          );
        }
        return (
          <td
            key={k}
            className="part part-missing"
            aria-label={t('roundPartMissing', { part: label })}
            title={t('roundPartMissing', { part: label })}
          >
            ✗
          </td>
        );
      })}
    </>
  );
}

const HTTP_URL = /^https?:\/\/[^\s"'<>]+$/i;

/** Publication date and address: shown where known, editable. */
export function PublishedCell({ row, onEdit }: { row: BoardRow; onEdit: (patch: RoundEdit) => void }) {
  const { t } = useI18n();
  const f = row.report?.round;
  const [urlError, setUrlError] = useState(false);
  if (!f) return <td />;
  return (
    <td className="published">
      <input
        type="date"
        aria-label={`${t('roundColPublished')} ${row.department}`}
        defaultValue={f.publishedDate ?? ''}
        onBlur={(e) => e.target.value !== (f.publishedDate ?? '') && onEdit({ publishedDate: e.target.value || null })}
      />
      <TimelinessBadge value={row.publish} />
      <input
        type="url"
        aria-label={`${t('roundUrl')} ${row.department}`}
        placeholder="https://"
        defaultValue={f.url ?? ''}
        onBlur={(e) => {
          const v = e.target.value.trim();
          const ok = v === '' || HTTP_URL.test(v);
          setUrlError(!ok);
          if (ok && v !== (f.url ?? '')) onEdit({ url: v || null });
        }}
      />
      {urlError && (
        <span className="error" role="alert">
          {t('roundUrlInvalid')}
        </span>
      )}
      {f.url && HTTP_URL.test(f.url) && (
        <a href={f.url} target="_blank" rel="noopener noreferrer" className="hint" aria-label={f.url}>
          ↗
        </a>
      )}
    </td>
  );
}
