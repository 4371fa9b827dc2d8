import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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

/**
 * Tests may import the renderer's logic (save queue, parsing, draft state) but not its
 * components: those are tested in the browser, through the E2E harness. A specifier has no
 * extension, so the rule looks for the file it names.
 */
const rendererComponents = {
  meta: {
    type: 'problem',
    messages: { component: 'Test renderer components through the E2E harness; import only .ts logic here.' },
  },
  create(context) {
    return {
      ImportDeclaration(node) {
        const spec = node.source.value;
        if (typeof spec !== 'string' || !spec.startsWith('.') || !spec.includes('/renderer/')) return;
        const target = resolve(dirname(context.filename), spec);
        if (spec.endsWith('.tsx') || existsSync(`${target}.tsx`) || existsSync(`${target}/index.tsx`))
          context.report({ node, messageId: 'component' });
      },
    };
  },
};

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
    files: ['src/main/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.mts'],
    languageOptions: { globals: globals.node },
    rules: forbid([], ['**/renderer/**'], 'The main process never imports renderer code.'),
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: globals.node },
    plugins: { local: { rules: { 'renderer-components': rendererComponents } } },
    rules: { 'local/renderer-components': 'error' },
  },
  prettier,
);
