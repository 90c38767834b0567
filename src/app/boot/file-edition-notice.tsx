// The one-file edition opened from file://: what the browser does not allow there, said
// once at the top (no service worker is registered on file://, see app.tsx).
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/messages/deploy'; // this feature's strings (i18n/registry.ts)

export function FileEditionNotice() {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const storage = typeof indexedDB !== 'undefined';
  return (
    <div className={`banner ${storage ? 'info' : 'warning'}`} role="note" data-testid="file-edition-notice">
      <span>
        {storage ? t('deployFileEdition') : t('deployFileNoStorage')} {t('deployFileLimits')}
      </span>
      <button type="button" onClick={() => setOpen(false)}>
        {t('deployDismiss')}
      </button>
    </div>
  );
}
