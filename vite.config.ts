/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderAndReport } from './src/node/prerender/prerender-site.ts';
import { ssrOutDir } from './src/node/prerender/ssr-out-dir.ts';
import { pwaOptions } from './src/node/pwa/pwa-options.ts';
import { contentPlugin } from './src/node/vite-plugin-content.ts';
import { settingsBootPlugin } from './src/node/vite-plugin-settings-boot.ts';

const outDir = path.resolve(process.env.MINUTIAE_OUT_DIR ?? 'dist');

export default defineConfig(({ command, isPreview, isSsrBuild }) => ({
  plugins: [
    react(),
    settingsBootPlugin(),
    // The SSR bundle only renders: the client build reads and validates content, once (at 3,000 articles a second pass cost minutes).
    ...(process.env.VITEST || isSsrBuild
      ? []
      : [
          contentPlugin({
            contentDir: process.env.MINUTIAE_CONTENT_DIR ?? 'content',
            libraryPageSize: process.env.MINUTIAE_LIBRARY_PAGE_SIZE ? Number(process.env.MINUTIAE_LIBRARY_PAGE_SIZE) : undefined,
          }),
        ]),
    // The SSR bundle (built first, by scripts/build.ts) renders every route just before Workbox scans the output.
    ...(isSsrBuild || process.env.VITEST ? [] : VitePWA(pwaOptions(() => prerenderAndReport(outDir, path.join(ssrOutDir(outDir), 'entry-server.js'))))),
  ],
  resolve: {
    // react-router's package exports only its development build, dev warnings on
    // (remix-run/react-router#14102); a build takes the production one, the same code without them.
    // The browser build also leaves out the Markdown parser react-markdown imports: the browser
    // renders trees the build parsed (src/lib/browser-remark-parse.ts).
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: path.resolve('node_modules/react-router/dist/production/index.mjs') },
            { find: /^react-router\/dom$/, replacement: path.resolve('node_modules/react-router/dist/production/dom-export.mjs') },
            ...(isSsrBuild ? [] : [{ find: /^remark-parse$/, replacement: path.resolve('src/lib/browser-remark-parse.ts') }]),
          ]
        : [],
  },
  // Dev serves index.html for every path; the preview serves the prerendered pages and a real 404.
  appType: command === 'serve' && !isPreview ? 'spa' : 'mpa',
  build: {
    outDir,
    manifest: true,
    // Every browser the app targets (ES2022) preloads modules natively.
    modulePreload: { polyfill: false },
    // Bundle analysis only: MINUTIAE_SOURCEMAP=1 npm run build.
    sourcemap: process.env.MINUTIAE_SOURCEMAP === '1',
    target: 'es2022',
  },
  preview: {
    port: 4173,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
}));
