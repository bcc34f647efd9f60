import GithubSlugger from 'github-slugger';
import type { SectionId } from './ids.ts';

/**
 * One slugger per document, the same algorithm rehype-slug applies to rendered headings,
 * so the section ids computed at build time are the ids the reader's headings get.
 */
export function createSectionSlugger(): (headingText: string) => SectionId {
  const slugger = new GithubSlugger();
  return (headingText) => slugger.slug(headingText) as SectionId;
}
