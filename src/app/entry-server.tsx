import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, isRouteErrorResponse, StaticRouterProvider } from 'react-router';
import { createDataSource, type ReadData } from '../content/data-source.ts';
import { resolveMeta, type PageMeta } from './page-meta.ts';
import { createRoutes } from './routes.tsx';

/** One prerendered route. */
export type RenderResult =
  | { kind: 'page'; status: number; html: string; meta: PageMeta; hydrationData: string }
  | { kind: 'redirect'; status: number; location: string };

/** Renders `url` to HTML with React Router's static data APIs, reading route data through `read`. */
export async function render(url: string, read: ReadData): Promise<RenderResult> {
  const handler = createStaticHandler(createRoutes(createDataSource(read)));
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
  const hydrationData = JSON.stringify({
    loaderData: context.loaderData,
    actionData: context.actionData,
    errors: serializeErrors(context.errors),
  });
  return { kind: 'page', status: context.statusCode, html, meta, hydrationData };
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
