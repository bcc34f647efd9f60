import { describe, expect, it } from 'vitest';
import type { RenderResult } from '../../../src/app/entry-server.tsx';
import { fillTemplate } from '../../../src/node/prerender/html.ts';

const template = `<!doctype html><html><head><title>x</title><meta name="description" content="x" /><!--app-head-->
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="manifest" href="/manifest.webmanifest">
    <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml">
    <link rel="modulepreload" crossorigin href="/assets/react-2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3.css">
  </head><body><div id="root"><!--app-html--></div><!--app-data--></body></html>`;
const result: Extract<RenderResult, { kind: 'page' }> = {
  kind: 'page',
  status: 200,
  html: "<main><p>Text with $& and $' in it</p></main>",
  meta: { title: 'Article', description: 'About it' },
  hydration: { data: { loaderData: { root: '</script>' }, actionData: null, errors: null }, files: { article: '/data/articles/a.json' } },
};
const css: Record<string, string> = { 'assets/index-3.css': 'body{margin:0}', 'assets/page-5.css': '.prose{color:red}' };
const page = fillTemplate(template, '/articles/a', result, { scripts: ['assets/index-1.js', 'assets/react-2.js', 'assets/page-4.js'], styles: ['assets/index-3.css', 'assets/page-5.css'] }, (file) => css[file] ?? '');
const head = page.slice(0, page.indexOf('</head>'));
const loader = page.slice(page.indexOf('</main>'));
/** What the loader is called with: the entry, the chunks to preload, the links to add. */
const [entry, preloads, links] = JSON.parse(/\.apply\(null,(.*)\);<\/script>/.exec(loader)?.[1] ?? '[]') as [string, string[], string];

describe('a prerendered page', () => {
  it('inlines its styles: nothing render-blocking in the head', () => {
    expect(head).not.toMatch(/<link rel="stylesheet"/);
    expect(head).toContain('<style>body{margin:0}</style>');
    expect(head).toContain('<style>.prose{color:red}</style>');
  });

  it('keeps the text as rendered', () => {
    expect(page).toContain("<main><p>Text with $& and $' in it</p></main>");
  });

  it('asks for its scripts only after the text is painted, from the end of the body', () => {
    expect(head).not.toMatch(/<script type="module"|modulepreload/);
    expect(loader).toContain("getEntriesByName('first-contentful-paint')");
    expect([entry, preloads]).toEqual(['/assets/index-1.js', ['/assets/react-2.js', '/assets/page-4.js']]);
    expect(page.indexOf('__staticRouterHydrationData')).toBeLessThan(page.indexOf('first-contentful-paint'));
  });

  it('names its route data files for the app to fetch, and carries the rest of the hydration data', () => {
    // Data holding "</script>" must not end the script early.
    const script = /<script>(window\.__staticRouterHydrationData=.*?)<\/script>/.exec(page)?.[1] ?? '';
    const window: Record<string, unknown> = {};
    new Function('window', script)(window);
    expect(window.__staticRouterHydrationData).toEqual({ loaderData: { root: '</script>' }, actionData: null, errors: null });
    expect(window.__MINUTIAE_PRERENDERED__).toEqual({ path: '/articles/a', files: { article: '/data/articles/a.json' } });
  });

  it('adds the links nothing on screen needs with its scripts (the route data, manifest, icons, the inlined stylesheets)', () => {
    expect(head).not.toMatch(/rel="(manifest|icon)"/);
    // Disabled links apply no rules, but tell Vite's preload helper the styles are in.
    expect(links).toBe(
      '<link rel="preload" as="fetch" crossorigin href="/data/articles/a.json">' +
        '<link rel="stylesheet" href="/assets/page-5.css" disabled><link rel="manifest" href="/manifest.webmanifest">' +
        '<link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml"><link rel="stylesheet" href="/assets/index-3.css" disabled>',
    );
  });
});
