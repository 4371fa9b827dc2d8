import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** One import boundary: modules (by name) and paths (by pattern) a room may not import, and why. */
const boundary = (names, patterns, message) => ({ names, patterns, message });

/**
 * The rule for a room with these boundaries. A later config object replaces the rule's whole
 * options for the files it matches, so a room inside another lists its parent's boundaries too.
 */
const restrict = (...boundaries) => {
  const paths = boundaries.flatMap((b) => b.names.map((name) => ({ name, message: b.message })));
  const patterns = boundaries
    .filter((b) => b.patterns.length > 0)
    .map((b) => ({ group: b.patterns, message: b.message }));
  return { 'no-restricted-imports': ['error', { ...(paths.length > 0 ? { paths } : {}), patterns }] };
};

/** Import boundaries: what each layer may not reach. */
const forbid = (names, patterns, message) => restrict(boundary(names, patterns, message));

// The rooms inside the runtimes (docs/architecture.md draws them).
const rendererRoom = boundary(
  ['electron', 'better-sqlite3', 'pdfmake', ...nodeBuiltins],
  ['**/main/**', '**/preload/**'],
  'The renderer talks to the main process only through window.api.',
);
const rendererSharedParts = boundary(
  [],
  ['**/app/**', '**/engagement/**', '**/projects/**', '**/settings/**'],
  'components/ and hooks/ serve every screen: they never import a feature folder (app/, engagement/, projects/, settings/).',
);
const mainRoom = boundary([], ['**/renderer/**'], 'The main process never imports renderer code.');
/** The only main-process files that talk to Electron; everything else runs under plain Node, as in the tests. */
const ELECTRON_GLUE = ['src/main/index.ts', 'src/main/electron-desktop.ts', 'src/main/menu.ts'];
const noElectron = boundary(
  ['electron'],
  [],
  `Only the Electron glue (${ELECTRON_GLUE.map((f) => f.replace('src/main/', '')).join(', ')}) imports electron; the rest of main runs under plain Node.`,
);
const storeRoom = boundary(
  [],
  ['**/export/**', '**/handlers/**', '**/services', '**/ipc', '**/dispatch'],
  'The store is the bottom room: it never imports export/, handlers/ or the services that use it.',
);
const handlersRoom = boundary(
  [],
  ['**/store/*'],
  "Handlers reach the store only through its facade (import from '../store', call ctx.store()).",
);
const exportRoom = boundary(
  [],
  ['**/handlers/**', '**/services', '**/ipc', '**/dispatch'],
  'The export is used by the handlers, never the other way round.',
);

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
      ...restrict(rendererRoom),
    },
  },
  {
    files: ['src/renderer/src/components/**/*.{ts,tsx}', 'src/renderer/src/hooks/**/*.{ts,tsx}'],
    rules: restrict(rendererRoom, rendererSharedParts),
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
    rules: restrict(mainRoom),
  },
  {
    files: ['src/main/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ELECTRON_GLUE,
    rules: restrict(mainRoom, noElectron),
  },
  { files: ['src/main/store/**/*.ts'], rules: restrict(mainRoom, noElectron, storeRoom) },
  { files: ['src/main/handlers/**/*.ts'], rules: restrict(mainRoom, noElectron, handlersRoom) },
  { files: ['src/main/export/**/*.ts'], rules: restrict(mainRoom, noElectron, exportRoom) },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: globals.node },
    plugins: { local: { rules: { 'renderer-components': rendererComponents } } },
    rules: { 'local/renderer-components': 'error' },
  },
  prettier,
);
