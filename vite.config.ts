/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/node/vite-plugin-content.ts';

export default defineConfig(({ command, isPreview }) => ({
  plugins: [react(), ...(process.env.VITEST ? [] : [contentPlugin({ contentDir: process.env.MINUTIAE_CONTENT_DIR ?? 'content' })])],
  // Dev serves index.html for every path; the preview serves the prerendered pages and a real 404.
  appType: command === 'serve' && !isPreview ? 'spa' : 'mpa',
  build: {
    outDir: process.env.MINUTIAE_OUT_DIR ?? 'dist',
    manifest: true,
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
