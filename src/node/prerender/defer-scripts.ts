/** The entry script Vite writes into the template. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="\/([^"]+)"><\/script>\s*/;
/** Vite's module preloads in the template. */
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="\/([^"]+)">\s*/g;

/** Loads the app after the first paint; a hidden page (a background tab) loads it at once. */
function loaderScript(entry: string, preloads: readonly string[]): string {
  const args = JSON.stringify([`/${entry}`, preloads.map((file) => `/${file}`)]).replace(/</g, '\\u003c');
  return `<script>(function(entry,preloads){var started=false;function load(){if(started)return;started=true;preloads.forEach(function(href){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=href;document.head.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=entry;document.head.appendChild(s)}if(document.visibilityState!=='visible')load();else requestAnimationFrame(function(){setTimeout(load,0)})}).apply(null,${args});</script>`;
}

/**
 * Moves the app's scripts behind the first paint. A prerendered page reads without them, so
 * instead of the entry `<script>` and module preloads in the head (fetched at once, competing with
 * the page on a slow link, and run before the text is shown), one inline script at the end of the
 * body asks for them in the frame after the text is painted. `routeScripts` are the route's chunks
 * to preload with the entry. Returns the template without them and the script to add.
 */
export function deferScripts(template: string, routeScripts: readonly string[]): { template: string; loader: string } {
  const entry = ENTRY_SCRIPT.exec(template)?.[1];
  if (!entry) throw new Error('prerender: no entry <script type="module"> in the template');
  const preloads = new Set<string>();
  const stripped = template.replace(ENTRY_SCRIPT, '').replace(MODULE_PRELOAD, (_link, file: string) => {
    preloads.add(file);
    return '';
  });
  routeScripts.filter((file) => file !== entry).forEach((file) => preloads.add(file));
  return { template: stripped, loader: loaderScript(entry, [...preloads]) };
}
