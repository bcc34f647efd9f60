import type { RenderResult } from '../../app/entry-server.tsx';
import { deferLinks, deferScripts, loaderScript } from './defer-scripts.ts';
import { inlineStyles, routeStyleTags } from './inline-styles.ts';
import type { RouteAssets } from './route-assets.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a route's HTML goes in dist/: `/articles/x` → `articles/x.html`, served for the clean URL. */
export function htmlFileFor(url: string): string {
  if (url === '/') return 'index.html';
  return `${url.replace(/^\//, '').replace(/\/$/, '')}.html`;
}

/** The page for an alias URL: a plain redirect that works without JavaScript and offline. */
export function redirectPage(location: string): string {
  const href = escapeHtml(location);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Redirecting…</title><link rel="canonical" href="${href}"><meta http-equiv="refresh" content="0; url=${href}"><meta name="robots" content="noindex"></head><body><p><a href="${href}">Continue to the glossary entry</a></p></body></html>\n`;
}

/**
 * Puts a rendered route into index.html: head, markup, hydration data, the route's styles inlined,
 * and its scripts and data files (with the links nothing on screen needs) loaded after the first paint.
 * `readStyle` gives a built CSS file's text.
 */
export function fillTemplate(
  template: string,
  url: string,
  result: Extract<RenderResult, { kind: 'page' }>,
  assets: RouteAssets,
  readStyle: (file: string) => string,
): string {
  const { template: withoutScripts, scripts } = deferScripts(template, assets.scripts);
  // The entry's CSS is in the template already; add the route's own.
  const styles = routeStyleTags(assets.styles.filter((file) => !template.includes(`/${file}`)), readStyle);
  const { data, files } = result.hydration;
  // JSON in a script: escape "<" so no "</script>" can close the tag early.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const prerendered = { path: url, files };
  const script = `<script>window.__staticRouterHydrationData=${json(data)};window.__MINUTIAE_PRERENDERED__=${json(prerendered)};</script>`;
  // The route's data files are fetched with the scripts, so they are in when the app hydrates.
  const dataPreloads = Object.values(files)
    .map((file) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(file)}">`)
    .join('');
  // Replaced by functions, so no `$&` or `$'` in the text is read as a replacement pattern.
  const filled = inlineStyles(withoutScripts, readStyle)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(result.meta.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${escapeHtml(result.meta.description)}" />`)
    .replace('<!--app-head-->', () => `<link rel="canonical" href="${escapeHtml(url)}" />${styles}`)
    .replace('<!--app-html-->', () => result.html);
  const { page, links } = deferLinks(filled);
  return page.replace('<!--app-data-->', () => `${script}${loaderScript(scripts, dataPreloads + links)}`);
}
