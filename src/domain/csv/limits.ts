// Hard limits of the CSV import. Each one bounds memory or work for hostile input.

/** Files above this size are rejected from `File.size`, before reading (catalogue Z7). */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

/** Excel stores at most 32,767 characters in a cell; longer cells are rejected (Z3). */
export const MAX_CELL_CHARS = 32_767;

/** Department names longer than this are rejected (a name, not a paragraph). */
export const MAX_NAME_CHARS = 100;

/** Rows searched for the header row (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 30;

/** Data rows read ahead to classify extra columns of wide files. */
export const PEEK_ROWS = 50;

/** Issues listed one by one per code; the rest are counted in one summary issue. */
export const MAX_ISSUES_PER_CODE = 200;

/** Characters of a cell quoted in a message before 「…」. */
export const PREVIEW_CHARS = 50;

/** Characters of a file name quoted in a message. */
export const FILE_NAME_CHARS = 60;

/** Years accepted at all; later years than the current one are rejected separately. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** Rows processed between progress reports and cancellation checks. */
export const ROWS_PER_SLICE = 20_000;
