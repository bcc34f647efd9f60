import type { Nodes } from 'mdast';

/** Containers of inline text: their children run together (`**bold**er` is one word). */
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);
/** Nothing a reader sees in place: markup, link definitions, and footnotes (rendered at the end). */
const HIDDEN = new Set(['html', 'yaml', 'definition', 'footnoteDefinition', 'footnoteReference']);

/**
 * The text a reader sees in a Markdown node, whitespace collapsed. Unlike `mdast-util-to-string`
 * it keeps blocks apart, so list items and table cells do not fuse into one word for search.
 */
export function plainText(node: Nodes): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes): string {
  if (HIDDEN.has(node.type)) return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const separator = INLINE_PARENTS.has(node.type) ? '' : ' ';
  return (node.children as Nodes[]).map(collect).join(separator);
}
