// View tabs with arrow-key navigation (WAI-ARIA tabs pattern).
import { useRef, type KeyboardEvent } from 'react';
import type { UrlState } from '../../domain/url-state';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

const VIEWS: { id: UrlState['view']; label: MessageKey }[] = [
  { id: 'trend', label: 'viewTrend' },
  { id: 'ranking', label: 'viewRanking' },
  { id: 'matrix', label: 'viewMatrix' },
  { id: 'profile', label: 'viewProfile' },
  { id: 'table', label: 'viewTable' },
];

export function ViewTabs({ view, onChange }: { view: UrlState['view']; onChange: (v: UrlState['view']) => void }) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (i + delta + VIEWS.length) % VIEWS.length;
    refs.current[next]?.focus();
    onChange(VIEWS[next]!.id);
  };
  return (
    <div role="tablist" aria-label={t('views')} className="tabs">
      {VIEWS.map((v, i) => (
        <button
          key={v.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          type="button"
          id={`tab-${v.id}`}
          aria-selected={view === v.id}
          aria-controls="view-panel"
          tabIndex={view === v.id ? 0 : -1}
          onClick={() => onChange(v.id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(v.label)}
        </button>
      ))}
    </div>
  );
}
