// A labelled modal dialog: Escape closes it, focus moves into it on open, Tab stays inside it,
// and focus goes back to what opened it (the header button) on close.
import { useEffect, useEffectEvent, useId, useRef, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  closeLabel: string;
  wide?: boolean;
}

const FOCUSABLE = 'a[href],button:not(:disabled),input:not(:disabled),select:not(:disabled),textarea:not(:disabled),summary,[tabindex]';

/** The dialog's controls that Tab can reach, in document order. */
function tabbable(root: HTMLElement): HTMLElement[] {
  // Rendered = has a box (checkVisibility() is missing in Chromium 92).
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
}

export function Modal({ title, onClose, children, closeLabel, wide }: Props) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  // Parents pass inline functions: the listener reads the latest one without re-running the
  // effect (which would pull focus back to the dialog on every render of the parent).
  const close = useEffectEvent(() => onClose());
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  // Tab and Shift+Tab cycle through the dialog's controls instead of reaching the page behind it.
  const keepFocusInside = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab' || !ref.current) return;
    const items = tabbable(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const at = document.activeElement;
    if (e.shiftKey && (at === first || at === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && at === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={wide ? 'modal wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        tabIndex={-1}
        onKeyDown={keepFocusInside}
      >
        <header className="modal-head">
          <h2 id={id}>{title}</h2>
          <button type="button" onClick={onClose} aria-label={closeLabel}>
            ✕
          </button>
        </header>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
