import type { LoadedContent } from './load-content.ts';
import type { ContentProblem } from './problems.ts';

const EXTERNAL = /^(https?:|mailto:)/i;
const STATIC_ROUTES = new Set(['/', '/glossary', '/bookmarks', '/search']);

/** Every link in articles and terms must reach an article, a section, a term or an external page. */
export function validateLinks(content: LoadedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const anchors = content.articleAnchors;
  const terms = content.termIds;

  for (const item of [...content.articles, ...content.terms]) {
    const ownAnchors = item.analysis.anchors as Set<string>;
    for (const { url, line } of item.analysis.links) {
      const problem = checkLink(url, ownAnchors, anchors, terms);
      if (problem) problems.push({ file: item.file, line, message: problem });
    }
  }
  return problems;
}

function checkLink(url: string, own: Set<string>, anchors: Map<string, Set<string>>, terms: Set<string>): string | null {
  if (EXTERNAL.test(url)) return null;
  if (url.startsWith('#')) {
    const id = decodeURIComponent(url.slice(1));
    return own.has(id) ? null : `link to missing section "${id}" in this file`;
  }
  if (!url.startsWith('/')) return `link "${url}" must be root-relative (/articles/…, /glossary/…) or an external http(s) URL`;
  const [pathPart = '', fragment] = url.split('#', 2);
  const pathname = pathPart.split('?')[0] ?? '';
  const article = /^\/articles\/([^/]+)$/.exec(pathname);
  if (article?.[1]) {
    const sections = anchors.get(article[1]);
    if (!sections) return `link to missing article "${article[1]}"`;
    if (fragment !== undefined && !sections.has(decodeURIComponent(fragment))) return `link to missing section "${fragment}" of article "${article[1]}"`;
    return null;
  }
  const term = /^\/glossary\/([^/]+)$/.exec(pathname);
  if (term?.[1]) return terms.has(term[1]) ? null : `link to missing glossary term "${term[1]}"`;
  if (STATIC_ROUTES.has(pathname)) return null;
  return `link to unknown page "${url}"`;
}
