import { isRouteErrorResponse } from 'react-router';

/** What a page puts in the document head. */
export interface PageMeta {
  title: string;
  description: string;
}

/** A route's `handle`: how to describe its page from its loader data. */
export interface RouteHandle {
  meta?: (data: unknown) => PageMeta;
}

export const SITE_NAME = 'Minutiae';
export const SITE_DESCRIPTION = 'Long-form articles on miniature craft: materials, micro-texture, proportion and scale, hand-finishing.';

interface MatchLike {
  handle?: unknown;
  data?: unknown;
}

/** The deepest route that describes itself wins; errors describe the not-found or failure page. */
export function resolveMeta(matches: readonly MatchLike[], error: unknown): PageMeta {
  if (error !== undefined && error !== null) return errorMeta(error);
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const match = matches[i];
    const handle = match?.handle as RouteHandle | undefined;
    if (handle?.meta) return handle.meta(match?.data);
  }
  return { title: SITE_NAME, description: SITE_DESCRIPTION };
}

/** Formats a page title with the site's name. */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
}

function errorMeta(error: unknown): PageMeta {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: pageTitle('Page not found'), description: 'There is no page at this address.' };
  }
  return { title: pageTitle('Something went wrong'), description: 'This page could not be loaded.' };
}
