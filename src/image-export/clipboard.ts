// Copying an exported PNG to the clipboard (for pasting into slides or a chat).
// Browsers without ClipboardItem, or that refuse the write (permission, no focus,
// insecure context), make this throw: the caller then shows a fallback message.

export class ClipboardUnavailable extends Error {
  constructor(cause?: unknown) {
    super('clipboard-unavailable');
    this.name = 'ClipboardUnavailable';
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** Whether this browser can put images on the clipboard at all. */
function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/**
 * Writes the PNG to the clipboard. `png` may be a promise so that the write starts
 * while the click's user activation is fresh (Safari requires that); Chromium accepts both.
 */
export async function copyPngToClipboard(png: Blob | Promise<Blob>): Promise<void> {
  if (!canCopyImages()) throw new ClipboardUnavailable();
  try {
    const blob = await png;
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  } catch (e) {
    throw new ClipboardUnavailable(e);
  }
}
