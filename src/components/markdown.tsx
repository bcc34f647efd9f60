import { useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import type { PluggableList, Plugin } from 'unified';
import type { MarkdownTree } from '../shared/content-types.ts';
import { MarkdownLink } from './markdown-link.tsx';

/**
 * Hands react-markdown the tree the build parsed instead of Markdown to parse: the reader never
 * runs micromark or matches glossary terms on a phone. It replaces the parser remark-parse set,
 * so everything after parsing is react-markdown's own: remark-rehype, safe URLs, no raw HTML.
 */
const remarkBuiltTree: Plugin<[MarkdownTree], string, MarkdownTree> = function (tree) {
  this.parser = () => tree;
};

interface TreeMarkdownProps {
  tree: MarkdownTree;
  components?: Components;
}

const defaultComponents: Components = { a: MarkdownLink };

/** Renders a tree from the build (see {@link MarkdownTree}) with react-markdown: in-app links route on the client. */
export function TreeMarkdown({ tree, components = defaultComponents }: TreeMarkdownProps) {
  const remarkPlugins = useMemo<PluggableList>(() => [[remarkBuiltTree, tree]], [tree]);
  return <Markdown remarkPlugins={remarkPlugins} components={components} />;
}
