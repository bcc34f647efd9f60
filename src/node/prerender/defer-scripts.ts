/** The entry script Vite writes into the template. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="\/([^"]+)"><\/script>\s*/;
/** Vite's module preloads in the template. */
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="\/([^"]+)">\s*/g;
/**
 * Links in the head that nothing on screen needs: the manifest, the icons, and the stylesheets
 * whose rules are inlined (kept as `disabled` links so Vite's preload helper counts them as loaded;
 * Chromium fetches them all the same).
 */
const LATER_LINK = /<link rel="(?:manifest|icon|apple-touch-icon)"[^>]*>\s*|<link rel="stylesheet" href="[^"]+" disabled>/g;

/** What {@link deferScripts} takes out of the template: the app's entry and the chunks to preload with it. */
export interface AppScripts {
  entry: string;
  preloads: string[];
}

/**
 * Takes the app's scripts out of the template. A prerendered page reads without them, so instead
 * of the entry `<script>` and module preloads in the head (fetched at once, competing with the page
 * on a slow link, and run before the text is shown), {@link loaderScript} at the end of the body asks
 * for them once the text has been painted. `routeScripts` are the route's chunks to preload with
 * the entry.
 */
export function deferScripts(template: string, routeScripts: readonly string[]): { template: string; scripts: AppScripts } {
  const entry = ENTRY_SCRIPT.exec(template)?.[1];
  if (!entry) throw new Error('prerender: no entry <script type="module"> in the template');
  const preloads = new Set<string>();
  const stripped = template.replace(ENTRY_SCRIPT, '').replace(MODULE_PRELOAD, (_link, file: string) => {
    preloads.add(file);
    return '';
  });
  routeScripts.filter((file) => file !== entry).forEach((file) => preloads.add(file));
  return { template: stripped, scripts: { entry: `/${entry}`, preloads: [...preloads].map((file) => `/${file}`) } };
}

/** Takes the links nothing on screen needs out of a page's head, for {@link loaderScript} to add later. */
export function deferLinks(page: string): { page: string; links: string } {
  const headEnd = page.indexOf('</head>');
  if (headEnd < 0) throw new Error('prerender: no </head> in the page');
  const links: string[] = [];
  const head = page.slice(0, headEnd).replace(LATER_LINK, (link) => {
    links.push(link.trim());
    return '';
  });
  return { page: head + page.slice(headEnd), links: links.join('') };
}

/**
 * The inline script that loads the app once the text is on screen: when the browser reports the
 * first contentful paint (its presentation, not just the frame's rendering), it adds `links` to the
 * head, then the app's scripts. A hidden page (a background tab) loads at once; a browser without
 * paint timing, in the task after the first frame; and if no paint is reported, after 3 s anyway.
 */
export function loaderScript({ entry, preloads }: AppScripts, links: string): string {
  const args = JSON.stringify([entry, preloads, links]).replace(/</g, '\\u003c');
  return `<script>(function(entry,preloads,links){var started=false;function load(){if(started)return;started=true;document.head.insertAdjacentHTML('beforeend',links);preloads.forEach(function(href){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=href;document.head.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=entry;document.head.appendChild(s)}function later(){setTimeout(load,0)}if(document.visibilityState!=='visible')return load();document.addEventListener('visibilitychange',load,{once:true});var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];if(types.indexOf('paint')<0)return requestAnimationFrame(later);new PerformanceObserver(function(list,observer){if(!list.getEntriesByName('first-contentful-paint').length)return;observer.disconnect();later()}).observe({type:'paint',buffered:true});setTimeout(load,3000)}).apply(null,${args});</script>`;
}
