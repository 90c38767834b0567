// What Chromium 92 (the oldest browser the app supports: 360/QQ kernels on office PCs) lacks
// of today's built-ins, taken away from a current Chromium: PRELUDE runs before every
// script the test server sends (page and workers alike), so code that needs one of them
// fails here as it would there. Syntax is checked on the built files instead (acorn).
const GONE: [string, string[]][] = [
  ['Array.prototype', ['findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with']],
  ['Object.getPrototypeOf(Int8Array.prototype)', ['findLast', 'findLastIndex', 'toSorted', 'toReversed', 'with']],
  ['Object', ['hasOwn', 'groupBy']],
  ['Map', ['groupBy']],
  ['Promise', ['withResolvers', 'try']],
  ['Array', ['fromAsync']],
  ['String.prototype', ['isWellFormed', 'toWellFormed']],
  ['Set.prototype', ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']],
  ['ArrayBuffer.prototype', ['transfer', 'transferToFixedLength', 'resize']],
  ['Uint8Array', ['fromBase64', 'fromHex']],
  ['Uint8Array.prototype', ['toBase64', 'toHex', 'setFromBase64', 'setFromHex']],
  [
    'Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))',
    ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find'],
  ],
  ['(self.ReadableStream ? ReadableStream.prototype : {})', ['values', 'Symbol.asyncIterator']],
  ['AbortSignal', ['timeout', 'any']],
  ['RegExp', ['escape']],
  ['Math', ['sumPrecise', 'f16round']],
  ['Atomics', ['waitAsync']],
  ['self', ['structuredClone', 'scheduler', 'Iterator', 'Float16Array']],
  // Web APIs of the page newer than Chromium 92.
  ['Element.prototype', ['checkVisibility']],
  ['HTMLElement.prototype', ['showPopover', 'hidePopover', 'togglePopover', 'popover', 'inert']],
  ['document', ['startViewTransition']],
  ['Blob.prototype', ['bytes']],
  ['Response.prototype', ['bytes']],
  ['Response', ['json']],
  ['URL', ['canParse', 'parse']],
  ['CanvasRenderingContext2D.prototype', ['roundRect', 'reset', 'letterSpacing', 'wordSpacing']],
  ['OffscreenCanvasRenderingContext2D.prototype', ['roundRect', 'reset', 'letterSpacing', 'wordSpacing']],
  ['Intl.NumberFormat.prototype', ['formatRange', 'formatRangeToParts']],
];

const remove = (names: string[]) => names.map((n) => `delete o[${n.startsWith('Symbol.') ? n : JSON.stringify(n)}];`).join('');

/** One line of plain script, valid at the top of a classic script or a module. */
export const PRELUDE = GONE.map(([owner, names]) => `try{const o=${owner};${remove(names)}}catch{}`).join('') + '\n';

/** Names of the built-ins PRELUDE removes, for the test's report. */
export const REMOVED = GONE.flatMap(([owner, names]) => names.map((n) => `${owner}.${n}`));
