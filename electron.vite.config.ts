import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './src/main/security';

/** Writes the app's CSP into the built page; the dev server's page keeps Vite's inline preamble working. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'northstar-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** `@shared/…` is src/shared, for every build (the same alias as the tsconfig's paths). */
const resolveShared = { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } };

export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // The scope-of-work PDF renders in a worker thread: out/main/pdf-worker.js.
          'pdf-worker': resolve(import.meta.dirname, 'src/main/export/worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: resolveShared,
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    resolve: resolveShared,
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; minified, the first screen parses faster.
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
