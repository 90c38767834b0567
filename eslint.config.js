// ESLint flat config: typescript-eslint's recommended-type-checked rules (type information from
// tsconfig.json), React's hooks rules, and reasons on every inline disable. Layers and import
// cycles are dependency-cruiser's job (.dependency-cruiser.cjs), formatting Prettier's,
// unused files, exports and dependencies knip's; `npm run lint` runs all four.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Page-only globals that src/domain must not touch: it also runs in Node and in workers. */
const DOM_ONLY_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'requestAnimationFrame',
];

/**
 * Built-ins newer than Chromium 92, the oldest browser the app supports (360/QQ kernels on
 * office PCs): the build lowers syntax, not library calls. TypeScript's lib (ES2023) already
 * refuses ES2024 and later; these are what it would let through. test/e2e/chromium-92.e2e.ts
 * runs the app without them.
 */
const CHROMIUM_92 = 'is missing in Chromium 92 (the oldest browser the app supports)';
const NEWER_METHODS = ['findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with'];
const NEWER_GLOBALS = ['structuredClone', 'scheduler'].map((name) => ({ name, message: `${name} ${CHROMIUM_92}.` }));

export default tseslint.config(
  // Built or generated here (see .gitignore): never linted.
  {
    ignores: [
      'dist/**',
      'dist-portable/**',
      'dev-dist/**',
      'bench/.cache/**',
      'test-results/**',
      'scratch/**',
      'public/**',
      'bench/results/**',
      'test/fixtures/**',
      'test/lint/fixtures/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  comments.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // An inline disable says why, after `--`.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      // `const { a: _a, ...rest } = x` leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The import checks and their messages match control characters on purpose (forbidden
      // cells, mojibake, visible previews of invisible characters).
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A hint for the React Compiler, which this app does not use (useVirtualizer's result
      // cannot be memoised by it).
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...NEWER_METHODS.map((property) => ({ property, message: `.${property}() ${CHROMIUM_92}: write the loop.` })),
        { object: 'Object', property: 'hasOwn', message: `Object.hasOwn ${CHROMIUM_92}: use Object.prototype.hasOwnProperty.call.` },
        { object: 'AbortSignal', property: 'timeout', message: `AbortSignal.timeout ${CHROMIUM_92}.` },
        { object: 'AbortSignal', property: 'any', message: `AbortSignal.any ${CHROMIUM_92}.` },
        { property: 'checkVisibility', message: `checkVisibility() ${CHROMIUM_92}: test getClientRects().length.` },
        { property: 'roundRect', message: `The canvas' roundRect() ${CHROMIUM_92}: draw the arcs.` },
        { object: 'URL', property: 'canParse', message: `URL.canParse ${CHROMIUM_92}: try new URL().` },
        { object: 'URL', property: 'parse', message: `URL.parse ${CHROMIUM_92}: try new URL().` },
      ],
      'no-restricted-globals': ['error', ...NEWER_GLOBALS],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...NEWER_GLOBALS,
        ...DOM_ONLY_GLOBALS.map((name) => ({ name, message: 'src/domain is pure: it runs in Node and workers too.' })),
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`, and
    // tests read JSON they wrote themselves.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
