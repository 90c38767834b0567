// A briefing as a .docx (the `docx` package, loaded only here): title, issuer and date, then per
// chart a numbered heading, the 解读, the chart at the text width and a compact table with
// explicit column widths (WPS hides tables without them), then the sources.
import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import {
  A4_MM,
  OFFICIAL_MARGINS_MM,
  PLAIN_MARGINS_MM,
  sectionNumber,
  type BriefingChart,
  type BriefingMeta,
  type BriefingTable,
  type BriefingTableRow,
} from '../../../domain/briefing/briefing-types';

const PX_PER_MM = 96 / 25.4;
/** Rounded, not floored: A4 is 11906 × 16838 twips, as Word writes it. */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** Half-points: 2号 22pt, 3号 16pt, 小四 12pt, 五号 10.5pt. */
const SIZE = { official: { title: 44, heading: 32, body: 32, table: 21 }, plain: { title: 36, heading: 28, body: 24, table: 20 } };
/** Table columns as shares of the text width: 名次, 部门, 数值, 同比. */
const COLUMN_SHARES = [0.12, 0.46, 0.21, 0.21];

function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, size, font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: font, cs: font }, ...extra });
}

function tableOf(table: BriefingTable, meta: BriefingMeta, textWidthTwip: number): Table {
  const widths = COLUMN_SHARES.map((s) => Math.floor(s * textWidthTwip));
  const size = SIZE[meta.style].table;
  const row = (r: BriefingTableRow, bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: [r.rank, r.department, r.value, r.change].map(
        (text, k) =>
          new TableCell({
            width: { size: widths[k]!, type: WidthType.DXA },
            children: [
              new Paragraph({
                alignment: k === 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
                children: [
                  run(text, meta.fonts.body, size, { bold }),
                  // The value stays as it is; its note marker is a superscript after it.
                  ...(k === 2 && r.note ? [run(r.note, meta.fonts.body, size, { superScript: true })] : []),
                ],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(table.header, true), ...table.rows.map((r) => row(r, false))],
  });
}

/** Chinese sentences follow each other directly; English ones (ending in a Latin stop) with a space. */
function paragraphOf(sentences: readonly string[]): string {
  return sentences.reduce((text, s) => text + (/[.?!]$/.test(text) ? ' ' : '') + s, '');
}

export async function briefingDocx(meta: BriefingMeta, charts: readonly BriefingChart[]): Promise<Blob> {
  const margins = meta.style === 'official' ? OFFICIAL_MARGINS_MM : PLAIN_MARGINS_MM;
  const textWidthMm = A4_MM.width - margins.left - margins.right;
  const textWidthTwip = twip(textWidthMm);
  const size = SIZE[meta.style];
  const body = (text: string) =>
    new Paragraph({
      indent: { firstLine: size.body * 20 },
      spacing: { line: meta.style === 'official' ? 560 : 360 },
      children: [run(text, meta.fonts.body, size.body)],
    });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(meta.title, meta.fonts.title, size.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [run([meta.issuer, meta.date].filter(Boolean).join('　'), meta.fonts.heading2, size.body)],
    }),
  ];
  charts.forEach((c, k) => {
    children.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [run(`${sectionNumber(k + 1)}、${c.heading}`, meta.fonts.heading1, size.heading)],
      }),
    );
    const text = paragraphOf(c.sentences);
    if (text) children.push(body(text));
    // Each picture at the text width, keeping its proportions (a long ranking's pages say which part they are).
    const w = Math.round(textWidthMm * PX_PER_MM);
    for (const p of c.pictures)
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: p.png,
              transformation: { width: w, height: Math.round((w * p.pixelHeight) / p.pixelWidth) },
              altText: { name: c.heading, title: c.heading, description: text },
            }),
          ],
        }),
      );
    if (c.table) children.push(tableOf(c.table, meta, textWidthTwip));
    if (c.checkNotes?.lines.length) {
      const note = (text: string, bold = false) =>
        new Paragraph({ spacing: { before: 60 }, children: [run(text, meta.fonts.body, SIZE[meta.style].table, { bold })] });
      children.push(note(c.checkNotes.heading, true), ...c.checkNotes.lines.map((l) => note(l)));
    }
  });
  children.push(new Paragraph({ spacing: { before: 360 }, children: [run(meta.labels.sources, meta.fonts.heading1, size.heading)] }));
  for (const line of [...meta.sources, ...(meta.demoNotice ? [meta.demoNotice] : [])]) children.push(body(line));
  const doc = new Document({
    creator: meta.issuer || 'fazhi-dashboard',
    title: meta.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(A4_MM.width), height: twip(A4_MM.height) },
            margin: {
              top: twip(margins.top),
              bottom: twip(margins.bottom),
              left: twip(margins.left),
              right: twip(margins.right),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBlob(doc);
}
