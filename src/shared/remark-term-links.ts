import type { Heading, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { SectionId, TermId } from './ids.ts';
import { createSectionSlugger } from './slug.ts';
import { TermMatcher, type MatchableTerm } from './term-matcher.ts';
import { paths } from './paths.ts';

/** Options of {@link remarkTermLinks}. */
export interface TermLinkOptions {
  terms: readonly MatchableTerm[];
  /** Told of every term linked, by this plugin or by the author, and the section it is in (null: before the first heading). */
  onLink?: (term: TermId, section: SectionId | null) => void;
}

const GLOSSARY_PREFIX = '/glossary/';
/** Nodes whose text is never turned into a term link. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'definition', 'html', 'yaml', 'image', 'imageReference']);

/**
 * Links the first mention of each glossary term in each `##`/`###` section to its term page.
 * The build runs it to list where terms are mentioned, the reader to draw the links: one matcher, one answer.
 */
export const remarkTermLinks: Plugin<[TermLinkOptions], Root> = (options) => {
  const matcher = new TermMatcher(options.terms);
  const known = new Set<string>(options.terms.map((t) => t.id));

  return (tree) => {
    const slug = createSectionSlugger();
    let section: SectionId | null = null;
    let linked = new Set<TermId>();

    const note = (id: TermId) => {
      linked.add(id);
      options.onLink?.(id, section);
    };

    const visitChildren = (parent: Parent) => {
      const next: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'heading') {
          // Every heading advances the slugger, as rehype-slug does, so ids stay in step.
          const id = slug(toString(child as Heading));
          if ((child as Heading).depth <= 3) {
            section = id;
            linked = new Set();
          }
          next.push(child);
          continue;
        }
        if (child.type === 'link') {
          const target = glossaryTarget(child.url);
          if (target && known.has(target) && !linked.has(target as TermId)) note(target as TermId);
          next.push(child);
          continue;
        }
        if (SKIP.has(child.type)) {
          next.push(child);
          continue;
        }
        if (child.type === 'text') {
          next.push(...linkText(child));
          continue;
        }
        if ('children' in child) visitChildren(child as Parent);
        next.push(child);
      }
      parent.children = next as Parent['children'];
    };

    const linkText = (node: Text): PhrasingContent[] => {
      const out: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matcher.find(node.value)) {
        if (linked.has(match.id)) continue;
        note(match.id);
        if (match.start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, match.start) });
        const link: Link = {
          type: 'link',
          url: paths.term(match.id),
          children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
          data: { hProperties: { dataTerm: match.id } },
        };
        out.push(link);
        cursor = match.end;
      }
      if (cursor === 0) return [node];
      if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
      return out;
    };

    visitChildren(tree);
  };
};

function glossaryTarget(url: string): string | null {
  if (!url.startsWith(GLOSSARY_PREFIX)) return null;
  return url.slice(GLOSSARY_PREFIX.length).split(/[#?]/)[0] ?? null;
}
