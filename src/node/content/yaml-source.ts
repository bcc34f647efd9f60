import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ZodType } from 'zod';
import type { ContentProblem } from './problems.ts';

/** Parsed YAML that can say on which line of the file any value stands. */
export interface YamlSource {
  value: unknown;
  /** File line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: ContentProblem[];
}

/** Parses YAML that starts at `firstLine` of `file` (1-based), collecting syntax errors as problems. */
export function parseYaml(source: string, file: string, firstLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: toFileLine(error.pos[0]),
    message: `invalid YAML: ${error.message.split('\n')[0]}`,
  }));

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
    }
    return firstLine;
  };

  return { value: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

/** Validates parsed YAML against a schema; every issue becomes a problem at the line it concerns. */
export function validateYaml<T>(
  schema: ZodType<T>,
  yaml: YamlSource,
  file: string,
  label: string,
): { data: T | null; problems: ContentProblem[] } {
  if (yaml.problems.length) return { data: null, problems: yaml.problems };
  const result = schema.safeParse(yaml.value ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const where = path ? `${label} "${path}"` : label;
    const detail =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message.replace(/^Invalid input: /, '');
    const line = yaml.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
    return { file, line, message: `${where}: ${missing(issue.message) ? 'missing required field' : detail}` };
  });
  return { data: null, problems };
}

function missing(message: string): boolean {
  return /received undefined/.test(message);
}
