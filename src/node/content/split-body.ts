import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { BodyPart } from '../../shared/content-types.ts';
import type { SectionId } from '../../shared/ids.ts';
import { createSectionSlugger } from '../../shared/slug.ts';

/** Nodes that tie one place of a document to another (`[label]: url`, footnotes): such a body stays whole. */
const DOCUMENT_WIDE = new Set(['definition', 'linkReference', 'footnoteDefinition', 'footnoteReference']);

/**
 * Cuts an article body into parts the reader renders (and hydrates) one by one: before each
 * top-level `##` and `###` heading, so each part is one section (a few hundred words at most,
 * parsed and hydrated in one short task) and starts the section its glossary links are counted in
 * (a term is linked at its first mention in each section). Each part carries the ids its headings
 * get from one slugger run over the whole body, which is what rehype-slug gives them when the body
 * is rendered whole. A body that uses link definitions or footnotes is kept as one part: they
 * reach across sections.
 *
 * `tree` is the parsed file and `bodyOffset` where `body` starts in it.
 */
export function splitBody(tree: Root, body: string, bodyOffset: number): BodyPart[] {
  let whole = false;
  visit(tree, (node) => {
    if (DOCUMENT_WIDE.has(node.type)) whole = true;
  });
  const cuts = whole
    ? []
    : tree.children
        .filter((node): node is Heading => node.type === 'heading' && node.depth <= 3)
        .map((node) => {
          const start = node.position?.start;
          // At the start of the heading's line, so its indentation (if any) goes with it.
          return start?.offset === undefined ? -1 : start.offset - (start.column - 1) - bodyOffset;
        })
        .filter((offset) => offset > 0);
  if (!cuts.length) return [{ markdown: body, headingIds: [] }];

  const starts = [0, ...cuts];
  const parts = starts.map((start, i) => ({ start, end: starts[i + 1] ?? body.length, headingIds: [] as SectionId[] }));
  const slug = createSectionSlugger();
  // Every heading, at any depth or nesting, in document order: the order rehype-slug numbers them in.
  visit(tree, 'heading', (node: Heading) => {
    const id = slug(toString(node));
    const offset = (node.position?.start.offset ?? bodyOffset) - bodyOffset;
    const part = parts.findLast((p) => p.start <= offset) ?? parts[0];
    part?.headingIds.push(id);
  });
  return parts
    .map(({ start, end, headingIds }) => ({ markdown: body.slice(start, end), headingIds }))
    .filter((part) => part.markdown.trim() !== '');
}
