// ESLint flat config: strict TypeScript everywhere, and import boundaries that keep
// data flowing one way (renderer → shared ← electron, cli → shared).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'url',
  'crypto',
  'stream',
  'worker_threads',
];

/** One restricted-imports rule per folder: what that folder must never reach for. */
const boundary = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group] })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: boundary([
      ...nodeBuiltins,
      'electron',
      'react',
      'react-dom',
      'react-dom/*',
      'dexie',
      'dexie-react-hooks',
      'chart.js',
      'chart.js/*',
      'playwright-core',
      '**/renderer/**',
      '**/electron/**',
      '**/cli/**',
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary([...nodeBuiltins, 'electron', 'playwright-core', '**/electron/**', '**/cli/**']),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: boundary([
      'react',
      'react-dom',
      'dexie',
      'chart.js',
      'chart.js/*',
      'papaparse',
      '**/renderer/**',
      '**/cli/**',
    ]),
  },
  {
    files: ['cli/**/*.ts'],
    rules: boundary([
      'electron',
      'react',
      'react-dom',
      'dexie',
      'chart.js',
      '**/renderer/**',
      '**/electron/**',
    ]),
  },
);
