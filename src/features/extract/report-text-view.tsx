// The report with every extracted figure highlighted (as text nodes, never HTML).
// Selecting a number in the text offers to add a row the extractor missed.
import { useEffect, useMemo, useRef } from 'react';
import type { ReviewRow } from './review-model';

interface Props {
  text: string;
  rows: ReviewRow[];
  activeKey: number | null;
  onSelectRow: (key: number) => void;
  onSelectText: (start: number, end: number) => void;
}

interface Segment {
  start: number;
  end: number;
  row?: ReviewRow;
}

function segments(text: string, rows: ReviewRow[]): Segment[] {
  const spans = rows.filter((r) => r.source.start >= 0 && r.source.end > r.source.start).sort((a, b) => a.source.start - b.source.start);
  const out: Segment[] = [];
  let at = 0;
  for (const r of spans) {
    if (r.source.start < at) continue; // several rows share one sentence: highlight it once
    if (r.source.start > at) out.push({ start: at, end: r.source.start });
    out.push({ start: r.source.start, end: r.source.end, row: r });
    at = r.source.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}

export function ReportTextView({ text, rows, activeKey, onSelectRow, onSelectText }: Props) {
  const segs = useMemo(() => segments(text, rows), [text, rows]);
  const activeRef = useRef<HTMLElement>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'center' });
  }, [activeKey]);
  const onMouseUp = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const offsetOf = (node: Node, offset: number) => {
      const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('[data-start]');
      return el ? Number((el as HTMLElement).dataset.start) + offset : -1;
    };
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start >= 0 && end > start) onSelectText(start, end);
  };
  return (
    <pre className="report-text" data-testid="extract-report-text" onMouseUp={onMouseUp}>
      {segs.map((s) =>
        s.row ? (
          <mark
            key={s.start}
            data-start={s.start}
            ref={s.row.key === activeKey ? activeRef : undefined}
            className={s.row.key === activeKey ? 'active' : undefined}
            onClick={() => onSelectRow(s.row!.key)}
            title={`${s.row.indicatorText} ${s.row.value}${s.row.unit}`}
          >
            {text.slice(s.start, s.end)}
          </mark>
        ) : (
          <span key={s.start} data-start={s.start}>
            {text.slice(s.start, s.end)}
          </span>
        ),
      )}
    </pre>
  );
}
