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
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
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
