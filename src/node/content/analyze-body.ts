import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Section } from '../../shared/content-types.ts';
import type { SectionId } from '../../shared/ids.ts';
import { countWords } from '../../shared/reading-time.ts';
import { createSectionSlugger } from '../../shared/slug.ts';
import { plainText } from './plain-text.ts';
import type { ContentProblem } from './problems.ts';

/** A link written in content, kept with its line for validation. */
export interface WrittenLink {
  url: string;
  line: number;
}

/** The plain text of one part of a body: the opening (section null) or a `##`/`###` section. */
export interface Passage {
  section: Section | null;
  text: string;
}

/** What the build learns from a Markdown body. */
export interface BodyAnalysis {
  sections: Section[];
  /** The opening, then every section, as plain text (deeper headings included): what search indexes. */
  passages: Passage[];
  /** Every heading id, at any depth: valid `#fragment` targets. */
  anchors: Set<SectionId>;
  links: WrittenLink[];
  words: number;
  problems: ContentProblem[];
}

/**
 * Walks a body once: section ids (the slugger rehype-slug uses, over every heading in order),
 * words per section, links to validate, and anything the reader must never render (raw HTML).
 */
export function analyzeBody(tree: Root, file: string, kind: 'article' | 'term'): BodyAnalysis {
  const slug = createSectionSlugger();
  const sections: Section[] = [];
  const anchors = new Set<SectionId>();
  const links: WrittenLink[] = [];
  const problems: ContentProblem[] = [];
  let words = 0;
  let current: Section | null = null;
  const passages: Passage[] = [{ section: null, text: '' }];
  const addText = (text: string) => {
    const passage = passages[passages.length - 1];
    if (passage && text) passage.text = passage.text ? `${passage.text} ${text}` : text;
  };

  const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

  for (const block of tree.children) {
    if (block.type === 'heading') {
      const heading = block as Heading;
      const title = toString(heading).trim();
      if (!title) problems.push({ file, line: lineOf(heading), message: 'empty heading' });
      const id = slug(title);
      anchors.add(id);
      if (heading.depth === 1) {
        problems.push({
          file,
          line: lineOf(heading),
          message: `use "##" and "###" for sections: the ${kind === 'article' ? 'title' : 'term'} comes from front-matter`,
        });
      }
      if (heading.depth === 2 || heading.depth === 3) {
        current = { id, title, depth: heading.depth, words: 0 };
        sections.push(current);
        passages.push({ section: current, text: '' });
      } else {
        addText(plainText(heading));
      }
      continue;
    }
    addText(plainText(block));
    const blockWords = countWords(plainText(block));
    words += blockWords;
    if (current) current.words += blockWords;
  }
  words += sections.reduce((sum, s) => sum + countWords(s.title), 0);

  visit(tree, (node) => {
    if (node.type === 'html') {
      const snippet = node.value.trim().split('\n')[0]?.slice(0, 40) ?? '';
      problems.push({ file, line: lineOf(node), message: `raw HTML is not allowed: ${snippet}` });
    } else if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, line: lineOf(node) });
    } else if (node.type === 'image') {
      problems.push({ file, line: lineOf(node), message: 'images are not supported in content yet' });
    }
  });

  return { sections, passages, anchors, links, words, problems };
}
