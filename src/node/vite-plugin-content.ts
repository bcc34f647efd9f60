import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { buildSite, siteFiles } from './content/build-site.ts';
import { LIBRARY_PAGE_SIZE } from './content/library-pages.ts';
import { ContentError } from './content/problems.ts';

/** Options of {@link contentPlugin}. */
export interface ContentPluginOptions {
  /** The content directory: `content/` by default; benchmarks point it at a generated library. */
  contentDir: string;
  /** Articles per library page ({@link LIBRARY_PAGE_SIZE} by default); tests page a small library with fewer. */
  libraryPageSize?: number;
}

/**
 * Reads and validates `content/` at build time and emits each route's data as JSON under /data/.
 * Invalid content fails the build listing every problem as `path:line: message`; in dev the same
 * list shows in the error overlay, and any content change reloads the page.
 */
export function contentPlugin(options: ContentPluginOptions): Plugin {
  const contentDir = path.resolve(options.contentDir);
  let files = new Map<string, string>();
  let lastError: ContentError | null = null;

  const load = async () => {
    files = siteFiles(await buildSite(contentDir), options.libraryPageSize ?? LIBRARY_PAGE_SIZE);
    lastError = null;
  };

  return {
    name: 'minutiae:content',

    async buildStart() {
      if (this.environment.mode === 'dev') return;
      this.addWatchFile(contentDir);
      try {
        await load();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },

    generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      for (const [url, source] of files) this.emitFile({ type: 'asset', fileName: url.slice(1), source });
    },

    async configureServer(server: ViteDevServer) {
      const reload = async () => {
        try {
          await load();
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          lastError = error;
          server.config.logger.error(error.message);
          server.ws.send({ type: 'error', err: { message: error.message, stack: '' } });
        }
      };
      await reload();
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (file.startsWith(contentDir + path.sep)) void reload();
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);

      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith('/data/')) return next();
        if (lastError) {
          res.statusCode = 500;
          res.end(lastError.message);
          return;
        }
        const body = files.get(url);
        res.statusCode = body === undefined ? 404 : 200;
        res.setHeader('Content-Type', 'application/json');
        res.end(body ?? 'null');
      });
    },

    configurePreviewServer(server: PreviewServer) {
      // Runs after Vite has mapped clean URLs to `.html` files: a request left without one gets 404.html.
      return () => {
        const outDir = path.resolve(server.config.root, server.config.build.outDir);
        server.middlewares.use(async (req, res, next) => {
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
          if (url.endsWith('.html') && (await stat(path.join(outDir, url)).catch(() => null))?.isFile()) return next();
          const notFound = await readFile(path.join(outDir, '404.html'), 'utf8').catch(() => null);
          if (notFound === null) return next();
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(notFound);
        });
      };
    },
  };
}
