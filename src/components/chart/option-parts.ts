// Reading the parts of an ECharts option that the painters look at.

export type Dict = Record<string, unknown>;

/** A part of an option given as an object (not a list, not null). */
export const isObject = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A part of an option given as one item or a list of them (none: an empty list). */
export const asList = <T>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
