// 「English」/「中文」: switching re-renders and redraws the whole dashboard (~100 ms on an
// idle office PC at a million rows), so it runs as a transition. The button answers the
// click at once (aria-busy, a busy cursor) and the page switches in the next frames.
import { useTransition } from 'react';
import { useI18n, type Lang } from '../i18n/i18n';

export function LanguageButton({ onSwitch }: { onSwitch: (lang: Lang) => void }) {
  const { t, lang } = useI18n();
  const [switching, startTransition] = useTransition();
  const next: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className={switching ? 'busy' : undefined}
      aria-busy={switching || undefined}
      onClick={() => startTransition(() => onSwitch(next))}
      aria-label={`${t('language')}: ${t('switchLanguage')}`}
      lang={next}
    >
      {t('switchLanguage')}
    </button>
  );
}
