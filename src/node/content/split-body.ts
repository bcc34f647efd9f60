import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { removePosition } from 'unist-util-remove-position';
import { visit } from 'unist-util-visit';
import type { BodyPart } from '../../shared/content-types.ts';
import { countWords } from '../../shared/reading-time.ts';
import { createSectionSlugger } from '../../shared/slug.ts';
import { plainText } from './plain-text.ts';

/** Nodes that tie one place of a document to another (`[label]: url`, footnotes): such a body stays whole. */
const DOCUMENT_WIDE = new Set(['definition', 'linkReference', 'footnoteDefinition', 'footnoteReference']);

/**
 * Cuts an article's syntax tree into the parts the reader renders (and hydrates) one by one:
 * before each top-level `##` and `###` heading, so each part is one section (a few hundred words
 * at most, rendered in one short task). The reader renders these trees as they are, without
 * parsing Markdown or matching glossary terms, so the tree should already have its term links.
 *
 * Every heading, at any depth or nesting, gets the id one slugger gives it over the whole body, in
 * document order: what rehype-slug gives the body rendered whole, and what the contents and
 * bookmarks link to. Positions are dropped: the reader has no use for them. A body that uses link
 * definitions or footnotes is kept as one part: they reach across sections.
 *
 * Each part carries its word count, for the reader to tell how much text a number of parts holds.
 *
 * Changes `tree` in place (ids on headings, no positions).
 */
export function splitBody(tree: Root): BodyPart[] {
  const slug = createSectionSlugger();
  let whole = false;
  visit(tree, (node) => {
    if (DOCUMENT_WIDE.has(node.type)) whole = true;
    if (node.type === 'heading') {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: slug(toString(node as Heading)) } };
    }
  });
  removePosition(tree, { force: true });

  const parts: RootContent[][] = [[]];
  for (const node of tree.children) {
    const current = parts[parts.length - 1] as RootContent[];
    if (!whole && node.type === 'heading' && node.depth <= 3 && current.length) parts.push([node]);
    else current.push(node);
  }
  return parts
    .filter((children) => children.length)
    .map((children) => {
      const tree: Root = { type: 'root', children };
      return { tree, words: countWords(plainText(tree)) };
    });
}
