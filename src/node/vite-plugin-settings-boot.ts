import type { Plugin } from 'vite';
import { settingsBootScript } from '../shared/settings-boot.ts';
import { STORAGE_KEY } from '../store/reading-data.ts';

/**
 * Inlines the script that applies the reader's stored theme, text size, line width and font to
 * <html> before the first paint, so a prerendered page never flashes the wrong look.
 */
export function settingsBootPlugin(): Plugin {
  return {
    name: 'minutiae:settings-boot',
    transformIndexHtml: () => [{ tag: 'script', children: settingsBootScript(STORAGE_KEY), injectTo: 'head-prepend' }],
  };
}
