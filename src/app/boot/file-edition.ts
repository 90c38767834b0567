// Whether this page is the one-file edition opened from file:// (no server, no service worker).
export const isFileEdition = typeof location !== 'undefined' && location.protocol === 'file:';
