import { describe, expect, it } from 'vitest';
import type { RenderResult } from '../../../src/app/entry-server.tsx';
import { fillTemplate } from '../../../src/node/prerender/html.ts';

const template = `<!doctype html><html><head><title>x</title><meta name="description" content="x" /><!--app-head-->
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3.css">
  </head><body><div id="root"><!--app-html--></div><!--app-data--></body></html>`;
const result: Extract<RenderResult, { kind: 'page' }> = {
  kind: 'page',
  status: 200,
  html: '<main><p>Text</p></main>',
  meta: { title: 'Article', description: 'About it' },
  hydrationData: '{"loaderData":{}}',
};
const css: Record<string, string> = { 'assets/index-3.css': 'body{margin:0}', 'assets/page-5.css': '.prose{color:red}' };
const page = fillTemplate(template, '/articles/a', result, { scripts: ['assets/index-1.js', 'assets/react-2.js', 'assets/page-4.js'], styles: ['assets/index-3.css', 'assets/page-5.css'] }, (file) => css[file] ?? '');
const head = page.slice(0, page.indexOf('</head>'));

describe('a prerendered page', () => {
  it('inlines its styles: nothing render-blocking in the head', () => {
    expect(head).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/);
    expect(head).toContain('<style>body{margin:0}</style>');
    expect(head).toContain('<style>.prose{color:red}</style>');
    // Disabled links are never fetched, but tell Vite's preload helper the styles are in.
    expect(head).toContain('<link rel="stylesheet" href="/assets/page-5.css" disabled>');
    expect(head).toContain('<link rel="stylesheet" href="/assets/index-3.css" disabled>');
  });

  it('asks for its scripts only after the text, from the end of the body', () => {
    expect(head).not.toMatch(/<script type="module"|modulepreload/);
    const loader = page.slice(page.indexOf('</main>'));
    expect(loader).toContain('requestAnimationFrame');
    expect(loader).toContain('["/assets/index-1.js",["/assets/react-2.js","/assets/page-4.js"]]');
    expect(page.indexOf('__staticRouterHydrationData')).toBeLessThan(page.indexOf('requestAnimationFrame'));
  });
});
