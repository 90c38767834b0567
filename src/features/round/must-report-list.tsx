// Imports the list of departments that must report: one name a line (a pasted Excel
// column works), matched to the registry through aliases and short forms.
import { useState } from 'react';
import { DepartmentMatcher } from '../../domain/round/match-department';
import type { Department } from '../../domain/types';
import { normalizeText } from '../../domain/text/normalize-text';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

export function MustReportList({ registry, onApply }: { registry: Department[]; onApply: (names: string[]) => Promise<void> }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [done, setDone] = useState('');
  const apply = async () => {
    const matcher = new DepartmentMatcher(registry);
    const names = [
      ...new Set(
        text
          .split(/[\n\r\t,，、]+/)
          .map((s) => normalizeText(s))
          .filter(Boolean)
          .map((s) => matcher.match(s).name),
      ),
    ];
    await onApply(names);
    setDone(t('roundMustReportDone', { n: names.length }));
    setText('');
  };
  return (
    <details className="round-list">
      <summary>{t('roundMustReportList')}</summary>
      <p className="hint">{t('roundMustReportListHint')}</p>
      <textarea aria-label={t('roundMustReportList')} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" disabled={!text.trim()} onClick={() => void apply()}>
        {t('roundMustReportApply')}
      </button>
      {done && (
        <span role="status" className="ok">
          {done}
        </span>
      )}
    </details>
  );
}
