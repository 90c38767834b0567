// The header's 数据核查 button with the number of findings. It and the chart frame (for its
// marks) subscribe to the checks, so their arrival after the first chart re-renders them, not the dashboard.
import { useI18n } from '../../i18n/i18n';
import { useChecks } from '../../queries/check-queries';
import type { TableSnapshot } from '../../queries/store-queries';

export function ChecksButton({
  snapshot,
  disabled,
  onOpen,
}: {
  snapshot: TableSnapshot | undefined;
  disabled: boolean;
  onOpen: () => void;
}) {
  const { t } = useI18n();
  const n = useChecks(snapshot).data?.findings.length ?? 0;
  return (
    <button
      type="button"
      className="checks-button"
      disabled={disabled}
      onClick={onOpen}
      aria-label={n ? t('checksPanelCount', { n }) : undefined}
    >
      {t('checksPanel')}
      {n > 0 && (
        <span className="checks-count" aria-hidden="true">
          {n}
        </span>
      )}
    </button>
  );
}
