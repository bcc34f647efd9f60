import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where the SSR bundle for a given client output goes: inside the project, so the bundle's bare
 * imports (react, react-router) resolve from node_modules even when the site is built elsewhere.
 */
export function ssrOutDir(clientOutDir: string): string {
  const id = createHash('sha256').update(path.resolve(clientOutDir)).digest('hex').slice(0, 12);
  return path.resolve('node_modules', '.cache', 'minutiae-ssr', id);
}
