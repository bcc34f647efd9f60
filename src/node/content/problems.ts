/** One thing wrong with the content, pinned to a file and line. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** Formats a problem the way compilers do, so editors can jump to it. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown when content is invalid; its message lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    super(
      `Invalid content: ${sorted.length} problem${sorted.length === 1 ? '' : 's'}\n` +
        sorted.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = sorted;
  }
}
