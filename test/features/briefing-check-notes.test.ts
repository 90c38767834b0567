// A briefing's flagged figures: a note marker after the value (the number itself unchanged) and
// a 「核查说明」 after the table with the explanation, or 「待核实」 and what was found.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BriefingMeta } from '../../src/domain/briefing/briefing-types';
import { OFFICIAL_FONTS } from '../../src/domain/briefing/briefing-types';
import { buildRankingModel } from '../../src/domain/charts/models/ranking-model';
import { findingKey } from '../../src/domain/checks/notes';
import { selectRows } from '../../src/domain/observations/select-rows';
import { indexedMarker } from '../../src/features/checks/check-marker';
import { chartContent } from '../../src/features/export/briefing/briefing-content';
import { briefingDocx } from '../../src/features/export/briefing/briefing-docx';
import { checkedTable, zh } from '../helpers/checked-table';
import { observation } from '../helpers/observation';
import { loadCatalog } from '../helpers/project-files';

const catalog = loadCatalog();
const { table, findings } = checkedTable([
  observation('区城管局', 2024, 'litigation_cases', 8),
  observation('区城管局', 2024, 'litigation_lost', 12),
  observation('区司法局', 2024, 'litigation_cases', 5),
  observation('区司法局', 2024, 'litigation_lost', 7),
  observation('区财政局', 2024, 'litigation_cases', 3),
  observation('区财政局', 2024, 'litigation_lost', 1),
]);
const explained = findings.find((f) => f.department === '区城管局')!;
const marker = indexedMarker(findings, table)({ [findingKey(explained)]: { note: '含上年结转案件', at: 1 } }, zh, 'zh', catalog);
const model = buildRankingModel({
  rows: selectRows(table, { indicators: ['litigation_lost'] }),
  indicator: catalog.get('litigation_lost')!,
  year: 2024,
});

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);
const meta: BriefingMeta = {
  title: '简报',
  issuer: '',
  date: '',
  style: 'official',
  fonts: OFFICIAL_FONTS,
  sources: [],
  demoNotice: null,
  labels: { sources: '数据来源', issuer: '发文单位' },
};

describe('check notes in briefings', () => {
  const content = chartContent(model, new Set(), zh, 'zh', marker.cells);

  it('marks the flagged values in table order and lists their notes after the table', () => {
    // Fewer lost cases is better: 区财政局 1, 区司法局 7, 区城管局 12.
    expect(content.table.rows.map((r) => [r.department, r.value, r.note])).toEqual([
      ['区财政局', '1件', undefined],
      ['区司法局', '7件', '①'],
      ['区城管局', '12件', '②'],
    ]);
    expect(content.checkNotes).toEqual({
      heading: '核查说明',
      lines: [
        '① 区司法局2024年行政诉讼败诉件数7件：待核实：7件 大于「行政诉讼案件数」5件',
        '② 区城管局2024年行政诉讼败诉件数12件：含上年结转案件',
      ],
    });
    expect(chartContent(model, new Set(), zh, 'zh').checkNotes).toBeUndefined();
  });

  it('writes the marker as a superscript after the unchanged value, and the notes after the table', async () => {
    const zip = unzipSync(
      new Uint8Array(
        await (await briefingDocx(meta, [{ ...content, pictures: [{ png: PNG, pixelWidth: 1200, pixelHeight: 600 }] }])).arrayBuffer(),
      ),
    );
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toMatch(
      /<w:t xml:space="preserve">12件<\/w:t><\/w:r><w:r><w:rPr>.*?<w:vertAlign w:val="superscript"\/>.*?<w:t xml:space="preserve">②<\/w:t>/,
    );
    const afterTable = xml.slice(xml.lastIndexOf('</w:tbl>'));
    expect(afterTable).toContain('核查说明');
    expect(afterTable).toContain('② 区城管局2024年行政诉讼败诉件数12件：含上年结转案件');
  });
});
