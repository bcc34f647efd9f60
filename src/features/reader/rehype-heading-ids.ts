import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { SectionId } from '../../shared/ids.ts';

const HEADING = /^h[1-6]$/;

/**
 * Gives a part of an article's body the heading ids the build computed for it over the whole
 * article (`BodyPart.headingIds`), in document order. Runs before rehype-slug, which leaves
 * headings that have an id alone and numbers any left over.
 */
export const rehypeHeadingIds: Plugin<[{ ids: readonly SectionId[] }], Root> = ({ ids }) => (tree) => {
  let next = 0;
  visit(tree, 'element', (node) => {
    if (next >= ids.length) return EXIT;
    if (HEADING.test(node.tagName)) {
      node.properties = { ...node.properties, id: ids[next] };
      next += 1;
    }
    return undefined;
  });
};
