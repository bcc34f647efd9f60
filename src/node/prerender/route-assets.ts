/** The parts of Vite's build manifest (`build.manifest`) the prerenderer reads. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

/** Files a route loads before it is interactive: the entry, its page chunk, and their static imports. */
export interface RouteAssets {
  scripts: string[];
  styles: string[];
}

/** The client entry is index.html: its script is in every page's template. */
export const ENTRY = 'index.html';

/** The entry and `src/app/pages/<page>.tsx` chunks, with every chunk they import statically. */
export function routeAssets(manifest: ViteManifest, page: string | null): RouteAssets {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    chunk.css?.forEach((css) => styles.add(css));
    chunk.imports?.forEach(visit);
  };
  visit(ENTRY);
  if (page) {
    const key = `src/app/pages/${page}.tsx`;
    if (!manifest[key]) throw new Error(`prerender: no chunk for ${key} in the build manifest`);
    visit(key);
  }
  return { scripts: [...scripts], styles: [...styles] };
}
