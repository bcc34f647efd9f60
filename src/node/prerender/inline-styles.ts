/** The stylesheet links Vite writes into the template: `<link rel="stylesheet" crossorigin href="/assets/x.css">`. */
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;

/**
 * A built stylesheet inlined, so a prerendered page paints without waiting for a CSS request,
 * then a `disabled` link to the file: it applies no rules, but Vite's preload helper counts it as
 * loaded, so a lazy chunk that needs these styles does not add them again. (Chromium fetches it
 * all the same, so the page adds these links only after its first paint: see `deferLinks`.)
 */
const inlined = (file: string, css: string) => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style><link rel="stylesheet" href="/${file}" disabled>`;

/** Inlines the stylesheets linked in `html`; `read` gives a built CSS file's text by its path in the output. */
export function inlineStyles(html: string, read: (file: string) => string): string {
  return html.replace(STYLESHEET_LINK, (_link, file: string) => inlined(file, read(file)));
}

/** Inlined styles of a route's chunks, as {@link inlineStyles} writes them. */
export function routeStyleTags(files: readonly string[], read: (file: string) => string): string {
  return files.map((file) => inlined(file, read(file))).join('');
}
