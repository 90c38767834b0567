// Tells the user when this tab can no longer trust its database connection.
import { useEffect, useState } from 'react';
import { onDbAlert, type DbAlert } from '../db/db';
import { useI18n } from '../i18n/i18n';

export function DbBanner({ bootError }: { bootError: Error | null }) {
  const { t } = useI18n();
  const [alert, setAlert] = useState<DbAlert | null>(null);
  useEffect(() => {
    const off = onDbAlert(setAlert);
    return () => {
      off();
    };
  }, []);
  const unavailable = bootError && /indexeddb|MissingAPI|InvalidState|OpenFailed/i.test(`${bootError.name} ${bootError.message}`);
  if (!alert && !bootError) return null;
  const text = unavailable
    ? t('dbUnavailable')
    : alert === 'blocked'
      ? t('dbBlocked')
      : alert
        ? t('dbChanged')
        : `${t('fileError')}${t('labelColon')}${bootError?.message}`;
  return (
    <div className="banner warning" role="alert">
      {text}
      {alert && alert !== 'blocked' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      )}
    </div>
  );
}
