// Language context: zh-CN by default, English switchable.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './messages';
import { englishLoaded, enTable, loadEnglish, zhTable } from './registry';

export type Lang = 'zh' | 'en';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

function translator(lang: Lang): Translate {
  const dict = lang === 'en' ? enTable : zhTable;
  return (key, vars) => {
    // A key of a feature whose strings have not loaded shows as itself, never as "undefined".
    let s = dict[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

const LangContext = createContext<{ lang: Lang; t: Translate }>({ lang: 'zh', t: translator('zh') });

export function LangProvider({ lang: wanted, children }: { lang: Lang; children: ReactNode }) {
  // English is its own chunk: until it has loaded the interface stays in Chinese, never a mix.
  const [englishReady, setEnglishReady] = useState(englishLoaded);
  useEffect(() => {
    if (wanted === 'en' && !englishReady) void loadEnglish().then(() => setEnglishReady(true));
  }, [wanted, englishReady]);
  const lang: Lang = wanted === 'en' && englishReady ? 'en' : 'zh';
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  // The page's language follows the UI: screen readers and fonts pick it up from <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useI18n = () => useContext(LangContext);
