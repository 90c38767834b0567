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
  // export's print button and batch print lay charts out for printing
  '^src/features/print/print-charts[.]ts$',
  // titles, dataset filter and trend modes, shared by the views and batch export
  '^src/features/views/view-context[.]ts$',
  // extraction ends in the import flow's preview and commit
  '^src/features/import/use-import-flow[.]ts$',
];

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
      comment: 'src/domain runs in Node, workers and the page: it imports only domain, papaparse, fflate and echarts types (no React, DOM-only or Dexie modules).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '(^|/)node_modules/(papaparse|fflate|echarts)/', '(^|/)node_modules/@types/papaparse/'] },
    },
    {
      name: 'domain-echarts-types-only',
      comment: 'src/domain uses echarts types only: loading echarts needs a DOM.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '(^|/)node_modules/echarts/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-layer',
      comment: 'src/db imports only domain (and Dexie).',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: ['^src/(domain|db)/'] },
    },
    {
      name: 'workers-layer',
      comment: 'src/workers imports db and domain.',
      severity: 'error',
      from: { path: '^src/workers/' },
      to: { path: '^src/', pathNot: ['^src/(domain|db|workers)/'] },
    },
    {
      name: 'queries-layer',
      comment: 'src/queries imports db, workers, domain and lib.',
      severity: 'error',
      from: { path: '^src/queries/' },
      to: { path: '^src/', pathNot: ['^src/(domain|db|workers|queries|lib)/'] },
    },
    {
      name: 'features-layer',
      comment: 'A feature imports queries, worker clients, components, image-export, domain, lib, i18n and features.',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: '^src/', pathNot: ['^src/(queries|workers/[^/]+-client[.]ts$|components|image-export|domain|lib|i18n|features)/?'] },
    },
    {
      name: 'features-are-separate',
      comment: 'A feature imports another only through a shared module named in SHARED_FEATURE_MODULES.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: ['^src/features/$1/', ...SHARED_FEATURE_MODULES] },
    },
    {
      name: 'lower-layers',
      comment: 'components, image-export, lib and i18n import only lib (and themselves).',
      severity: 'error',
      from: { path: '^src/(components|image-export|lib|i18n)/' },
      to: { path: '^src/', pathNot: ['^src/lib/', '^src/$1/'] },
    },
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
