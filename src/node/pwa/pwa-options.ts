import { minimal2023Preset, type Preset } from '@vite-pwa/assets-generator/config';
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Brand colours: the manifest, theme-color metas and the maskable icon's safe-zone fill. */
export const THEME = { light: '#fbfaf7', dark: '#161513', brand: '#8a3b12' } as const;

/** Everything a reader can open offline, relative to the build output. */
// The web manifest is not listed: vite-plugin-pwa adds it to the precache itself.
export const PRECACHE_GLOBS = ['**/*.{html,js,css,json,svg,png,ico,woff2}'];

/** The generated icons (192, 512, maskable 512, apple-touch, favicon) all come from public/icon.svg. */
const iconPreset: Preset = {
  ...minimal2023Preset,
  maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: THEME.brand, fit: 'contain' } },
  apple: { ...minimal2023Preset.apple, resizeOptions: { background: THEME.brand, fit: 'contain' } },
};

/**
 * vite-plugin-pwa options. `beforeServiceWorker` runs once the client build is written and before
 * Workbox scans it: the prerenderer uses it, so every route's HTML is in the precache manifest.
 */
export function pwaOptions(beforeServiceWorker: () => Promise<void>): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    pwaAssets: { image: 'public/icon.svg', preset: iconPreset, includeHtmlHeadLinks: true, overrideManifestIcons: true, injectThemeColor: false },
    manifest: {
      id: '/',
      name: 'Minutiae',
      short_name: 'Minutiae',
      description: 'Long-form articles on miniature craft: materials, micro-texture, proportion and scale, hand-finishing. Reads offline.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME.brand,
      background_color: THEME.light,
      lang: 'en',
      categories: ['books', 'education', 'lifestyle'],
    },
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      globIgnores: ['.vite/**', 'sw.js', 'workbox-*.js'],
      // A large library's search index is the biggest file. Past this limit the build fails (the plugin
      // throws on Workbox's size warning by default) rather than silently leaving the file out.
      maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
      dontCacheBustURLsMatching: /^assets\//,
      // Query strings (?topic=, ?q=) never change which prerendered page is served.
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: '404.html',
      navigateFallbackDenylist: [/^\/data\//, /^\/assets\//],
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
    integration: { closeBundleOrder: 'post', beforeBuildServiceWorker: beforeServiceWorker },
  };
}
