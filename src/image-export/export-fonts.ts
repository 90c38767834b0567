// The bundled CJK font for exports: Chinese text in an exported image looks the same
// on a machine without Chinese fonts. PNG: the slices the text needs are loaded before
// drawing. SVG: those slices are embedded in the file as data URLs.
import { fontFileUrl } from './font-files';

const EXPORT_FONT_FAMILY = 'Noto Sans SC';

interface SliceIndex {
  family: string;
  slices: { file: string; ranges: [number, number][] }[];
}

let indexPromise: Promise<SliceIndex> | null = null;

function sliceIndex(): Promise<SliceIndex> {
  indexPromise ??= fetch(fontFileUrl('slices.json')).then((r) => {
    if (!r.ok) throw new Error(`字体索引加载失败（${r.status}）`);
    return r.json() as Promise<SliceIndex>;
  });
  return indexPromise;
}

const hex = (n: number) => n.toString(16);

let facesPromise: Promise<void> | null = null;

/** Registers one font face per slice (nothing is downloaded until a slice's characters are needed). */
function ensureFontFaces(): Promise<void> {
  facesPromise ??= sliceIndex().then((index) => {
    for (const s of index.slices) {
      const unicodeRange = s.ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
      document.fonts.add(new FontFace(EXPORT_FONT_FAMILY, `url(${fontFileUrl(s.file)}) format('woff2')`, { weight: '400', unicodeRange }));
    }
  });
  return facesPromise;
}

/** Loads the font slices covering `text` so that canvas drawing uses them. */
export async function loadExportFont(text: string): Promise<void> {
  try {
    await ensureFontFaces();
    await document.fonts.load(`400 16px "${EXPORT_FONT_FAMILY}"`, text);
  } catch {
    // The system fallback fonts still draw the text; the export goes on.
  }
}

function slicesFor(index: SliceIndex, text: string): string[] {
  const cps = new Set<number>();
  for (const ch of text) cps.add(ch.codePointAt(0)!);
  return index.slices.filter((s) => s.ranges.some(([a, b]) => [...cps].some((c) => c >= a && c <= b))).map((s) => s.file);
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Text content of an SVG string (what its glyphs must cover). */
function svgText(svg: string): string {
  return [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]).join('');
}

/** The SVG with @font-face rules for every slice its text uses, as embedded data. */
export async function embedExportFont(svg: string): Promise<string> {
  const index = await sliceIndex();
  const files = slicesFor(index, svgText(svg));
  const faces = await Promise.all(
    files.map(async (f) => {
      const bytes = new Uint8Array(await (await fetch(fontFileUrl(f))).arrayBuffer());
      return `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-weight:400;src:url(data:font/woff2;base64,${toBase64(bytes)}) format('woff2');}`;
    }),
  );
  const style = `<defs><style type="text/css">${faces.join('')}</style></defs>`;
  return svg.replace(/<svg\b[^>]*>/, (open) => open + style);
}
