// dependency-cruiser: the layer table of ARCHITECTURE.md and "no import cycles", checked by
// `npm run lint` (`depcruise src`). Type-only imports count: a cycle through types is still a
// tangle for the reader. test/lint/layer-rules.test.ts shows each rule catching a violation.

/** Files of one feature that other features may import, each with its reason. */
const SHARED_FEATURE_MODULES = [
  // views embed the export bar under every chart and the data table
  '^src/features/export/export-bar[.]tsx$',
  // the dataset list's CSV export uses the export settings and their controls
  '^src/features/export/export-settings[.]ts$',
  '^src/features/export/export-settings-controls[.]tsx$',
  '^src/features/export/save-csv[.]ts$',
  // a chart to export or print, described once
  '^src/features/export/export-spec[.]ts$',
  // a ranking's exported images, paged alike from the ranking view, the data table and batch export
  '^src/features/export/ranking-images[.]ts$',
  // export's print button and batch print lay charts out for printing
  '^src/features/print/print-charts[.]ts$',
  // titles, dataset filter and trend modes, shared by the views and batch export
  '^src/features/views/view-context[.]ts$',
  // the briefing includes the chart in view with its 解读
  '^src/features/views/current-chart[.]ts$',
  // extraction ends in the import flow's preview and commit
  '^src/features/import/use-import-flow[.]ts$',
  // the dataset list exports a dataset as .xlsx like the charts' data
  '^src/features/export/save-xlsx[.]ts$',
  // views, the data table, exports and briefings mark the figures the data checks flagged
  '^src/features/checks/use-check-marker[.]ts$',
];

/** Files in src/<from>/ import, within src/, only their own folder and the folders in `allowed`. */
function layer(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^src/${from}/` },
    to: { path: '^src/', pathNot: [`^src/(${[from, ...allowed].join('|')})(/|$)`] },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules must not import each other in a circle (type-only imports included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        'src/domain runs in Node, workers and the page: it imports only domain, data files, papaparse, fflate and echarts and SheetJS types (no React, DOM-only or Dexie modules).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        pathNot: [
          '^src/domain/',
          '^data/',
          '(^|/)node_modules/(papaparse|fflate|echarts|@e965/xlsx)/',
          '(^|/)node_modules/@types/papaparse/',
        ],
      },
    },
    {
      name: 'domain-xlsx-types-only',
      comment: 'src/domain uses SheetJS types only: the workers load the library and pass it in.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '(^|/)node_modules/@e965/xlsx/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-echarts-types-only',
      comment: 'src/domain uses echarts types only: loading echarts needs a DOM.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '(^|/)node_modules/echarts/', dependencyTypesNot: ['type-only'] },
    },
    layer('db-layer', 'db', ['domain'], 'src/db imports domain (and Dexie).'),
    layer('workers-layer', 'workers', ['db', 'domain'], 'src/workers imports db and domain.'),
    layer('queries-layer', 'queries', ['db', 'workers', 'domain', 'lib'], 'src/queries imports db, workers, domain and lib.'),
    layer(
      'features-layer',
      'features',
      ['queries', 'workers/[^/]+-client[.]ts$', 'components', 'image-export', 'domain', 'lib', 'i18n'],
      'A feature imports queries, worker clients, components, image-export, domain, lib, i18n and (next rule) features.',
    ),
    {
      name: 'features-are-separate',
      comment: 'A feature imports another only through a shared module named in SHARED_FEATURE_MODULES.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: ['^src/features/$1/', ...SHARED_FEATURE_MODULES] },
    },
    ...['components', 'lib'].map((folder) => layer(`${folder}-layer`, folder, ['lib'], `src/${folder} imports only lib (and itself).`)),
    // Both are shared by every feature and take pure helpers and types from domain (text widths, finding and part types).
    ...['image-export', 'i18n'].map((folder) =>
      layer(`${folder}-layer`, folder, ['lib', 'domain'], `src/${folder} imports only lib and domain (and itself).`),
    ),
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: {},
      // virtual:pwa-register is made by vite-plugin-pwa at build time
      to: { couldNotResolve: true, pathNot: '^virtual:pwa-register' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '[.]css$' },
  },
};
