import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import browserRemarkParse from '../../../src/lib/browser-remark-parse.ts';

// The browser build renders with this in remark-parse's place; the end-to-end tests run that build.
describe('the browser build’s stand-in for remark-parse', () => {
  it('says clearly that Markdown is parsed at build time when asked to parse', () => {
    expect(() => unified().use(browserRemarkParse).parse('*emphasis*')).toThrow('Minutiae parses Markdown at build time');
  });

  it('gives way to the parser set after it, as TreeMarkdown sets one', () => {
    const tree = { type: 'root' as const, children: [] };
    const processor = unified()
      .use(browserRemarkParse)
      .use(function () {
        this.parser = () => tree;
      });
    expect(processor.parse('')).toBe(tree);
  });
});
