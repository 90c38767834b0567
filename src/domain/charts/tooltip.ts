// Tooltip content, assembled as data and rendered to HTML in one place where
// every string (data-derived or not) is escaped.
import type { ChartRow, DatasetInfo } from '../observations/chart-row';
import type { Direction } from '../types';
import type { Change } from '../metrics/change';
import { GOODNESS, changeTone, type PaletteName } from '../metrics/colour-scale';
import { BADGE_COLOUR, FONT_FAMILY, MUTED_COLOUR } from './chart-theme';
import { escapeHtml } from './escape-html';
import { formatChange, formatValue, shortenEvidence } from './format';
import { labelsFor, type Lang } from './labels';
import type { DatasetLookup } from './common';

export type TooltipTone = 'good' | 'bad' | 'muted' | 'badge';

export interface TooltipLine {
  label?: string;
  text: string;
  tone?: TooltipTone;
}

export interface TooltipContent {
  heading: string;
  sub?: string;
  /** Marker colour (from the palette, never from data). */
  colour?: string;
  lines: TooltipLine[];
  /** Rows whose evidence is not read yet (tooltip-evidence.ts reads it and shows the tooltip again). */
  awaiting?: ChartRow[];
}

function toneColour(tone: TooltipTone | undefined, palette: PaletteName): string | null {
  if (tone === 'good') return GOODNESS[palette].good;
  if (tone === 'bad') return GOODNESS[palette].bad;
  if (tone === 'muted') return MUTED_COLOUR;
  if (tone === 'badge') return BADGE_COLOUR;
  return null;
}

/** HTML for one tooltip; all text is escaped. */
function renderTooltip(c: TooltipContent, palette: PaletteName, lang: Lang): string {
  const colon = labelsFor(lang).colon;
  const marker = c.colour
    ? `<span style="display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px;background:${escapeHtml(c.colour)}"></span>`
    : '';
  const parts = [
    `<div style="font-family:${escapeHtml(FONT_FAMILY)};max-width:360px;white-space:normal;line-height:1.5">`,
    `<div style="font-weight:bold">${marker}${escapeHtml(c.heading)}</div>`,
  ];
  if (c.sub) parts.push(`<div style="color:${MUTED_COLOUR}">${escapeHtml(c.sub)}</div>`);
  for (const line of c.lines) {
    const colour = toneColour(line.tone, palette);
    const style = colour ? ` style="color:${escapeHtml(colour)}"` : '';
    const label = line.label ? `${escapeHtml(line.label)}${escapeHtml(colon)}` : '';
    parts.push(`<div${style}>${label}${escapeHtml(line.text)}</div>`);
  }
  parts.push('</div>');
  return parts.join('');
}

/** Several tooltips stacked (axis-triggered tooltips get arrays of params). */
export function renderTooltips(cs: TooltipContent[], palette: PaletteName, lang: Lang): string {
  return cs.map((c) => renderTooltip(c, palette, lang)).join('<hr style="border:0;border-top:1px solid #eee;margin:4px 0">');
}

export interface PointTooltipArgs {
  department: string;
  indicatorLabel: string;
  direction: Direction;
  year: number;
  unit: string;
  row: ChartRow | null | undefined;
  change?: Change | null;
  datasets: DatasetLookup;
  lang: Lang;
  colour?: string;
  /** Lines placed right after the value (mode value, rank…). */
  extra?: TooltipLine[];
}

/** The standard tooltip of one department's value in one year. */
export function pointTooltip(a: PointTooltipArgs): TooltipContent {
  const L = labelsFor(a.lang);
  const lines: TooltipLine[] = [];
  const r = a.row;
  if (r) {
    const unit = r.unit || a.unit;
    let text = formatValue(r.value, unit, r.qualifier, a.lang);
    if (r.derived) text += L.paren(L.derived);
    lines.push({ label: L.value, text });
  } else {
    lines.push({ label: L.value, text: L.notReported, tone: 'muted' });
  }
  if (a.extra) lines.push(...a.extra);
  if (r && a.change) {
    const d = a.change.abs.kind === 'value' ? a.change.abs.value : null;
    const tone = d == null ? 'muted' : changeTone(a.direction, d);
    lines.push({
      label: a.change.fromYear === a.change.toYear - 1 ? L.changeSincePrev : L.changeBetween(a.change.fromYear, a.change.toYear),
      text: formatChange(a.change, r.unit || a.unit, a.lang),
      tone: tone === 'good' || tone === 'bad' ? tone : tone === 'muted' ? 'muted' : undefined,
    });
  }
  if (r?.qualifier) lines.push({ text: L.qualifiedNote, tone: 'muted' });
  if (r?.derived) lines.push({ text: L.derivedNote, tone: 'muted' });
  if (r) {
    if (r.evidence === undefined) lines.push({ label: L.evidence, text: L.evidenceLoading, tone: 'muted' });
    else if (r.evidence) lines.push({ label: L.evidence, text: `「${shortenEvidence(r.evidence)}」` });
    lines.push(...datasetLines(a.datasets.get(r.datasetId), r.datasetId, a.lang));
    lines.push({ text: L.clickForSource, tone: 'muted' });
  }
  return {
    heading: a.department,
    sub: `${a.indicatorLabel} · ${L.yearLabel(a.year)}`,
    colour: a.colour,
    lines,
    ...(r && r.evidence === undefined ? { awaiting: [r] } : {}),
  };
}

/** 「数据来源：xx」 and, for simulated data, the demo badge. */
function datasetLines(ds: DatasetInfo | undefined, id: string, lang: Lang): TooltipLine[] {
  const L = labelsFor(lang);
  const out: TooltipLine[] = [{ label: L.source, text: ds?.name ?? id, tone: 'muted' }];
  if (ds?.kind === 'simulated') out.push({ text: L.demoBadge, tone: 'badge' });
  return out;
}

/** Narrows ECharts formatter params (single or array) to an array. */
export function asArray<T>(p: T | T[]): T[] {
  return Array.isArray(p) ? p : [p];
}
