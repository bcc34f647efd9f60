import type { Plugin } from 'unified';
import type { SectionId } from '../../shared/ids.ts';

interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

const HEADING = /^h[1-6]$/;

/**
 * Gives a part of an article's body the heading ids the build computed for it over the whole
 * article (`BodyPart.headingIds`), in document order. Runs before rehype-slug, which leaves
 * headings that have an id alone and numbers any left over.
 */
export const rehypeHeadingIds: Plugin<[{ ids: readonly SectionId[] }], Element> = ({ ids }) => (tree) => {
  let next = 0;
  const walk = (node: Element) => {
    if (next >= ids.length) return;
    if (node.type === 'element' && node.tagName && HEADING.test(node.tagName)) {
      node.properties = { ...node.properties, id: ids[next] };
      next += 1;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
};
