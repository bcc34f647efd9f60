import type { Definition, Heading, Link, LinkReference, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { SectionId, TermId } from './ids.ts';
import { paths } from './paths.ts';
import { createSectionSlugger } from './slug.ts';
import { TermMatcher, type MatchableTerm } from './term-matcher.ts';

/** Options of {@link remarkTermLinks}. */
export interface TermLinkOptions {
  terms: readonly MatchableTerm[];
  /** Told of every term linked, by this plugin or by the author, and the section it is in (null: before the first heading). */
  onLink?: (term: TermId, section: SectionId | null) => void;
}

const GLOSSARY_PREFIX = '/glossary/';
/**
 * Nodes whose text is never turned into a term link. Footnotes are rendered at the end of the
 * article, far from the section they are written in, so they are left alone too.
 */
const SKIP = new Set(['heading', 'inlineCode', 'code', 'definition', 'footnoteDefinition', 'html', 'yaml', 'image', 'imageReference']);

/** One matcher per list of terms: the build links thousands of articles against the same glossary. */
const matchers = new WeakMap<readonly MatchableTerm[], TermMatcher>();
const matcherFor = (terms: readonly MatchableTerm[]): TermMatcher => {
  const known = matchers.get(terms);
  if (known) return known;
  const matcher = new TermMatcher(terms);
  matchers.set(terms, matcher);
  return matcher;
};

/**
 * Links the first mention of each glossary term in each `##`/`###` section to its term page,
 * and marks links the author wrote to a term (`data-term`) so they get the same preview.
 * The build runs it to list where terms are mentioned, the reader to draw the links: one matcher, one answer.
 */
export const remarkTermLinks: Plugin<[TermLinkOptions], Root> = (options) => {
  const matcher = matcherFor(options.terms);
  const known = new Set<string>(options.terms.map((t) => t.id));
  const termOf = (url: string): TermId | null => {
    const target = glossaryTarget(url);
    return target !== null && known.has(target) ? (target as TermId) : null;
  };

  return (tree) => {
    const slug = createSectionSlugger();
    const definitions = collectDefinitions(tree);
    let section: SectionId | null = null;
    let linked = new Set<TermId>();

    const note = (id: TermId) => {
      if (linked.has(id)) return;
      linked.add(id);
      options.onLink?.(id, section);
    };

    const visitChildren = (parent: Parent) => {
      const next: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'heading') {
          // Every heading, at any depth or nesting, advances the slugger as rehype-slug does, so ids
          // stay in step; only the article's own `##`/`###` headings start a section.
          const id = slug(toString(child as Heading));
          if (parent === tree && (child as Heading).depth <= 3) {
            section = id;
            linked = new Set();
          }
          next.push(child);
          continue;
        }
        if (child.type === 'link' || child.type === 'linkReference') {
          const url = child.type === 'link' ? child.url : definitions.get(normaliseIdentifier((child as LinkReference).identifier));
          const term = url === undefined ? null : termOf(url);
          if (term) {
            note(term);
            child.data = { ...child.data, hProperties: { ...child.data?.hProperties, dataTerm: term } };
          }
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

/** `[label]: url` definitions anywhere in the document, by normalised label. */
function collectDefinitions(tree: Root): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: Parent) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'definition') {
        const key = normaliseIdentifier((child as Definition).identifier);
        // CommonMark: the first definition of a label wins.
        if (!found.has(key)) found.set(key, (child as Definition).url);
      } else if ('children' in child) walk(child as Parent);
    }
  };
  walk(tree);
  return found;
}

function normaliseIdentifier(identifier: string): string {
  return identifier.toLowerCase().replace(/\s+/g, ' ').trim();
}

function glossaryTarget(url: string): string | null {
  if (!url.startsWith(GLOSSARY_PREFIX)) return null;
  return url.slice(GLOSSARY_PREFIX.length).split(/[#?]/)[0] ?? null;
}
