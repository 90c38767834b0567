// Data checks over the file's own rows, shown before the commit: the user can still import,
// and the findings stay in 数据核查 afterwards.
import type { Finding } from '../../domain/checks/types';
import { dictAt } from '../../domain/observations/string-dict';
import { findingMessage } from '../../i18n/finding-message';
import { useI18n } from '../../i18n/i18n';
import type { CheckedImport } from '../../workers/import-worker-client';
import '../../i18n/messages/checks'; // this feature's strings (i18n/registry.ts)

const SHOWN = 5;

export function ImportFindings({ parsed }: { parsed: CheckedImport }) {
  const { t } = useI18n();
  const findings = parsed.checks?.findings;
  if (!findings?.length) return null;
  const text = parsed.columns.text;
  const wording = (row: number) => dictAt(text.indicatorTexts, text.text[row]!) ?? '';
  const where = (f: Finding) => {
    const line = text.line[f.rows[0]!]!;
    return line > 0 ? t('importFindingLine', { file: parsed.fileName, line }) : parsed.fileName;
  };
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="import-findings" aria-label={t('checksPanel')} data-testid="import-findings">
      <p className={errors ? 'error' : 'warning'}>{t('importFindingsSummary', { errors, warnings: findings.length - errors })}</p>
      <ul>
        {findings.slice(0, SHOWN).map((f) => (
          <li key={`${f.rule}:${f.rows.join(',')}`}>
            {where(f)}：{f.department} · {wording(f.rows[0]!)} · {f.year}：
            {findingMessage(f, f.rows[1] !== undefined ? wording(f.rows[1]) : '', t)}
          </li>
        ))}
      </ul>
      {findings.length > SHOWN && <p className="hint">{t('importFindingsMore', { n: findings.length - SHOWN })}</p>}
    </section>
  );
}
