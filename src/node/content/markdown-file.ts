import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './problems.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A Markdown file split into front-matter and body, with positions kept for error messages. */
export interface MarkdownFile {
  file: string;
  tree: Root;
  frontMatter: YamlSource | null;
  /** The body as written, without front-matter: what the reader renders. */
  body: string;
  /** Where the body starts in the file: node positions in `tree` count from the file's start. */
  bodyOffset: number;
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
      body: source,
      bodyOffset: 0,
      problems: [{ file, line: 1, message: 'missing front-matter: start the file with a "---" block' }],
    };
  }
  const yamlNode = first as Yaml;
  // The YAML text begins on the line after the opening "---".
  const frontMatter = parseYaml(yamlNode.value, file, (yamlNode.position?.start.line ?? 1) + 1);
  tree.children = tree.children.slice(1);
  const end = yamlNode.position?.end.offset ?? 0;
  const body = source.slice(end).replace(/^\s*\n/, '');
  return { file, tree, frontMatter, body, bodyOffset: source.length - body.length, problems: frontMatter.problems };
}
