import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './problems.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A Markdown file parsed into front-matter and the body's tree, with positions kept for error messages. */
export interface MarkdownFile {
  file: string;
  tree: Root;
  frontMatter: YamlSource | null;
  problems: ContentProblem[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses one content file; `file` is the path shown in problems. */
export function parseMarkdownFile(source: string, file: string): MarkdownFile {
  const tree = parser.parse(source);
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    return {
      file,
      tree,
      frontMatter: null,
      problems: [{ file, line: 1, message: 'missing front-matter: start the file with a "---" block' }],
    };
  }
  const yamlNode = first as Yaml;
  // The YAML text begins on the line after the opening "---".
  const frontMatter = parseYaml(yamlNode.value, file, (yamlNode.position?.start.line ?? 1) + 1);
  tree.children = tree.children.slice(1);
  return { file, tree, frontMatter, problems: frontMatter.problems };
}
