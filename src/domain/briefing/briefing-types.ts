// A briefing (简报/通报) as plain data: what the Word writer lays out. Pure types.

export type BriefingStyle = 'official' | 'plain';

/** Font names written into the document (the 公文 fonts are not free to ship, so configurable). */
export interface BriefingFonts {
  title: string;
  heading1: string;
  heading2: string;
  body: string;
}

export interface BriefingTableRow {
  rank: string;
  department: string;
  value: string;
  change: string;
  /** A flagged figure's note marker (「①」), set after the value; its note follows the table. */
  note?: string;
}

/** A chart as PNG, rendered off-screen at `pixelWidth` × `pixelHeight`. */
export interface BriefingPicture {
  png: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
}

export interface BriefingChart {
  /** 「规范性文件清理情况」: the section heading, without its number. */
  heading: string;
  sentences: string[];
  /** The chart's pictures: one, or its pages when it does not fit one (a long ranking). */
  pictures: BriefingPicture[];
  /** The ranking's compact table; null for other charts (the current view's trend, matrix or profile). */
  table: BriefingTable | null;
  /** 「核查说明」 after the table: its heading and one line per marked figure (「① …」). */
  checkNotes?: { heading: string; lines: string[] };
}

export interface BriefingTable {
  header: BriefingTableRow;
  rows: BriefingTableRow[];
}

export interface BriefingMeta {
  title: string;
  issuer: string;
  date: string;
  style: BriefingStyle;
  fonts: BriefingFonts;
  /** 「数据来源」 lines: datasets, report files, the export date. */
  sources: string[];
  /** Set when simulated data are shown: said in the sources section. */
  demoNotice: string | null;
  labels: { sources: string; issuer: string };
}

export const OFFICIAL_FONTS: BriefingFonts = { title: '方正小标宋简体', heading1: '黑体', heading2: '楷体_GB2312', body: '仿宋_GB2312' };
export const PLAIN_FONTS: BriefingFonts = { title: '黑体', heading1: '黑体', heading2: '楷体', body: '宋体' };

/** GB/T 9704 page: A4, margins top 37, bottom 35, left 28, right 26 mm. */
export const OFFICIAL_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 };
export const PLAIN_MARGINS_MM = { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 };
export const A4_MM = { width: 210, height: 297 };

/** Chinese section numbers: 一、二、… 十、十一、. */
export function sectionNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}
