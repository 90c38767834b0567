// Opens where a value came from: the report with the sentence highlighted, or the
// CSV file and line. Text is rendered as React text nodes, never as HTML.
import { useEffect, useRef } from 'react';
import { Modal } from '../../components/ui/modal';
import { useDocument } from '../../queries/store-queries';
import type { SourceTarget } from '../../queries/source-target';
import { useI18n } from '../../i18n/i18n';

/** Where the evidence is in the text: the stored offsets, else the first verbatim occurrence. */
function locateEvidence(text: string, target: Pick<SourceTarget, 'start' | 'end' | 'evidence'>): [number, number] | null {
  if (target.start >= 0 && target.end > target.start && target.end <= text.length) return [target.start, target.end];
  if (!target.evidence) return null;
  const at = text.indexOf(target.evidence);
  return at >= 0 ? [at, at + target.evidence.length] : null;
}

export function SourceViewer({ target, onClose }: { target: SourceTarget; onClose: () => void }) {
  const { t } = useI18n();
  const doc = useDocument(target.documentId);
  const markRef = useRef<HTMLElement>(null);
  const text = doc.data?.text;
  const span = text ? locateEvidence(text, target) : null;
  const spanStart = span?.[0];
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [spanStart, text]);
  return (
    <Modal
      title={`${t('sourceTitle')}${t('labelColon')}${target.file || target.datasetName}`}
      onClose={onClose}
      closeLabel={t('close')}
      wide
    >
      <p className="hint">
        {t('dataset')}
        {t('labelColon')}
        {target.datasetName}
        {target.line > 0 ? ` · ${t('sourceLine', { file: target.file, line: target.line })}` : ''}
      </p>
      {text ? (
        <pre className="report-text" data-testid="source-text">
          {span ? (
            <>
              {text.slice(0, span[0])}
              <mark ref={markRef} data-testid="source-highlight">
                {text.slice(span[0], span[1])}
              </mark>
              {text.slice(span[1])}
            </>
          ) : (
            text
          )}
        </pre>
      ) : (
        <blockquote className="evidence" data-testid="source-evidence">
          {target.evidence || '—'}
        </blockquote>
      )}
    </Modal>
  );
}
