// Language context: zh-CN by default, English switchable.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { en, zh, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

function translator(lang: Lang): Translate {
  const dict = lang === 'en' ? en : zh;
  return (key, vars) => {
    let s = dict[key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

const LangContext = createContext<{ lang: Lang; t: Translate }>({ lang: 'zh', t: translator('zh') });

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  // The page's language follows the UI: screen readers and fonts pick it up from <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useI18n = () => useContext(LangContext);
