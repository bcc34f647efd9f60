import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, isRouteErrorResponse, StaticRouterProvider } from 'react-router';
import { createDataSource, type ReadData } from '../content/data-source.ts';
import { resolveMeta, type PageMeta } from './page-meta.ts';
import { createRoutes } from './routes.tsx';

/**
 * What the browser needs to hydrate a prerendered page. A route's data that is a data file as the
 * build wrote it (an article, a term, the glossary, a library page) is named by its path rather than
 * copied into the HTML, which already shows it: the client fetches the file (preloaded, precached)
 * before hydrating.
 */
export interface Hydration {
  /** React Router's hydration data without the route data listed in `files`: small, written into the page as it is. */
  data: { loaderData: Record<string, unknown>; actionData: unknown; errors: Record<string, unknown> | null };
  /** Route id → the data file that is its loader data. */
  files: Record<string, string>;
}

/** One prerendered route. */
export type RenderResult =
  | { kind: 'page'; status: number; html: string; meta: PageMeta; hydration: Hydration }
  | { kind: 'redirect'; status: number; location: string };

/** Renders `url` to HTML with React Router's static data APIs, reading route data through `read`. */
export async function render(url: string, read: ReadData): Promise<RenderResult> {
  // Which data file each value came from, to tell loader data that is a whole file.
  const fileOf = new Map<unknown, string>();
  const handler = createStaticHandler(
    createRoutes(
      createDataSource(async (path) => {
        const value = await read(path);
        if (typeof value === 'object' && value !== null) fileOf.set(value, path);
        return value;
      }),
    ),
  );
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const firstError = context.errors ? Object.values(context.errors)[0] : undefined;
  const meta = resolveMeta(
    context.matches.map((m) => ({ handle: m.route.handle, data: context.loaderData[m.route.id] })),
    firstError,
  );
  const loaderData: Record<string, unknown> = {};
  const files: Record<string, string> = {};
  for (const [id, value] of Object.entries(context.loaderData)) {
    const file = fileOf.get(value);
    if (file) files[id] = file;
    else loaderData[id] = value;
  }
  const data = { loaderData, actionData: context.actionData, errors: serializeErrors(context.errors) };
  return { kind: 'page', status: context.statusCode, html, meta, hydration: { data, files } };
}

/** The shape React Router's browser router reads back from `window.__staticRouterHydrationData`. */
function serializeErrors(errors: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!errors) return null;
  return Object.fromEntries(
    Object.entries(errors).map(([id, error]) => [
      id,
      isRouteErrorResponse(error)
        ? { ...error, __type: 'RouteErrorResponse' }
        : { message: error instanceof Error ? error.message : String(error), __type: 'Error' },
    ]),
  );
}
