// The parts every option shares: title block, footer and note lines, demo
// badge, fonts, palette and aria description.
import type { EChartsOption, TitleComponentOption } from 'echarts';
import type { PaletteName } from '../metrics/colour-scale';
import { BADGE_COLOUR, FONT_FAMILY, MUTED_COLOUR, SERIES_PALETTES, TEXT_STYLE } from './chart-theme';
import type { ChartTitles } from './common';
import { footerLines } from './footer-lines';
import { labelsFor, type Lang } from './labels';

export interface FrameArgs {
  titles?: ChartTitles;
  /** Short explanatory lines drawn bottom-left above the footer. */
  notes: string[];
  /** Draw the 「演示数据（模拟）」 badge. */
  demo: boolean;
  lang: Lang;
}

export interface Frame {
  /** Space in px taken at the top (title block, badge). */
  top: number;
  /** Space in px taken at the bottom (notes, footer). */
  bottom: number;
  title: TitleComponentOption[];
  graphic: GraphicElement[];
}

const PAD = 12;
const LINE = 16;
/** Height of the title-less top row that holds the demo badge. */
const BADGE_ROW = 36;

/** A graphic text element (kept loose: ECharts types it as a wide union). */
export type GraphicElement = Record<string, unknown>;

function textElement(
  text: string,
  pos: { left?: number; right?: number; top?: number; bottom?: number },
  fill: string,
  extra: Record<string, unknown> = {},
  /** Marks the element's role in an exported SVG (class attribute), e.g. for tests. */
  name?: string,
): GraphicElement {
  return {
    type: 'text',
    ...(name ? { name } : {}),
    ...pos,
    silent: true,
    z: 100,
    style: { text, fill, font: `12px ${FONT_FAMILY}`, ...extra },
  };
}

export function buildFrame(a: FrameArgs): Frame {
  const L = labelsFor(a.lang);
  const title: TitleComponentOption[] = [];
  const elements: GraphicElement[] = [];
  // Without titles the badge row is always reserved: the plot must not shift by a row when
  // a filter change brings simulated data into view or takes it out.
  let top = BADGE_ROW;
  let bottom = 8;
  if (a.titles) {
    const hasSub = a.titles.subtitle.trim() !== '';
    title.push({
      text: a.titles.title,
      subtext: a.titles.subtitle,
      left: PAD,
      top: 8,
      itemGap: 6,
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 16, fontWeight: 'bold', color: '#222' },
      subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: MUTED_COLOUR },
    });
    top = hasSub ? 64 : 42;
    const footer = footerLines({ sources: a.titles.sources, date: a.titles.date, maxWidth: a.titles.width - 2 * PAD, lang: a.lang });
    for (const line of footer.reverse()) {
      elements.push(textElement(line, { left: PAD, bottom }, MUTED_COLOUR, {}, 'chart-footer'));
      bottom += LINE;
    }
    bottom += 4;
  }
  for (const note of [...a.notes].reverse()) {
    elements.push(textElement(note, { left: PAD, bottom }, MUTED_COLOUR));
    bottom += LINE;
  }
  if (a.demo) {
    elements.push(
      textElement(L.demoBadge, { right: PAD, top: 8 }, '#ffffff', {
        backgroundColor: BADGE_COLOUR,
        padding: [3, 6],
        borderRadius: 3,
      }),
    );
  }
  return { top, bottom: bottom + 4, title, graphic: elements };
}

/** Options common to every chart; builders spread this first and add axes and series. */
export function baseOption(frame: Frame, summary: string, palette: PaletteName): EChartsOption {
  return {
    backgroundColor: '#ffffff',
    color: [...SERIES_PALETTES[palette]],
    textStyle: { ...TEXT_STYLE },
    aria: { enabled: true, label: { enabled: true, description: summary }, decal: { show: false } },
    title: frame.title,
    graphic: frame.graphic.length ? [{ elements: frame.graphic }] : [],
    // Charts are read, not watched: an animation delays the final frame of every filter change
    // (the option is replaced, so it would replay each time) and exports must not depend on it.
    animation: false,
  };
}

/** Grid bounds that keep axis labels and names inside the given box. */
export const CONTAIN_LABELS = { outerBoundsMode: 'same', outerBoundsContain: 'all' } as const;

export function pct(x: number): string {
  return `${Math.round(x * 100) / 100}%`;
}
