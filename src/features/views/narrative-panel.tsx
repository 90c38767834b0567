// 解读 under a chart: the sentences written from the chart's model, editable before they are
// copied or exported; 「恢复」 brings back the generated text.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/messages/narrative'; // this feature's strings (i18n/registry.ts)

export function NarrativePanel({ sentences }: { sentences: readonly string[] }) {
  const { t } = useI18n();
  const generated = sentences.join('');
  // Edits belong to the text they were made on: new data, new text.
  const [edit, setEdit] = useState<{ base: string; text: string } | null>(null);
  const [copied, setCopied] = useState(false);
  if (!generated) return null;
  const text = edit?.base === generated ? edit.text : generated;
  const copy = async () => {
    await navigator.clipboard?.writeText(text);
    setCopied(true);
  };
  return (
    <section className="narrative" aria-label={t('narrativeTitle')}>
      <h3>{t('narrativeTitle')}</h3>
      <textarea
        aria-label={t('narrativeTitle')}
        data-testid="narrative"
        value={text}
        rows={Math.min(6, 1 + Math.ceil(text.length / 70))}
        onChange={(e) => {
          setEdit({ base: generated, text: e.target.value });
          setCopied(false);
        }}
      />
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          {copied ? t('narrativeCopied') : t('narrativeCopy')}
        </button>
        {text !== generated && (
          <button type="button" onClick={() => setEdit(null)}>
            {t('narrativeReset')}
          </button>
        )}
        <span className="hint">{t('narrativeHint')}</span>
      </div>
    </section>
  );
}
