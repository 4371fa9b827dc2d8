import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Import boundaries: what each layer may not reach. */
const forbid = (names, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      ...(names.length > 0 ? { paths: names.map((name) => ({ name, message })) } : {}),
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { projectService: false, project: null } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ['electron', 'better-sqlite3', 'pdfmake', ...nodeBuiltins],
        ['**/main/**', '**/preload/**'],
        'The renderer talks to the main process only through window.api.',
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: forbid(
      ['electron', 'better-sqlite3', 'pdfmake', 'react', 'react-dom', ...nodeBuiltins],
      ['**/main/**', '**/preload/**', '**/renderer/**', '@mantine/*'],
      'src/shared runs anywhere: no platform-specific imports.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid(
      [...nodeBuiltins, 'better-sqlite3', 'pdfmake'],
      ['**/main/**', '**/renderer/**'],
      'A sandboxed preload can only use electron and bundled shared code.',
    ),
  },
  {
    files: [
      'src/main/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      '*.config.ts',
      '*.config.mts',
    ],
    languageOptions: { globals: globals.node },
    rules: forbid([], ['**/renderer/**'], 'The main process never imports renderer code.'),
  },
  prettier,
);
