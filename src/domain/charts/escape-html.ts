// HTML escaping for tooltip markup, equivalent to echarts.format.encodeHTML,
// kept here so the domain layer does not load echarts at runtime.

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes & < > " ' so that any data-derived text renders as text. null/undefined → ''. */
export function escapeHtml(value: string | number | null | undefined): string {
  return value == null ? '' : String(value).replace(/[&<>"']/g, (c) => REPLACEMENTS[c]!);
}
