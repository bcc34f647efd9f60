import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { SectionId, TermId } from '../../../src/shared/ids.ts';
import { remarkTermLinks } from '../../../src/shared/remark-term-links.ts';
import type { MatchableTerm } from '../../../src/shared/term-matcher.ts';

const terms: MatchableTerm[] = [
  { id: 'tpe' as TermId, term: 'TPE', aliases: ['thermoplastic elastomer'] },
  { id: 'silicone' as TermId, term: 'Silicone', aliases: [] },
  { id: 'platinum-cure-silicone' as TermId, term: 'Platinum-cure silicone', aliases: ['platinum silicone'] },
];

/** Runs the plugin over Markdown: the links it leaves (text → url, data-term) and what it reported. */
function link(markdown: string) {
  const reported: [TermId, SectionId | null][] = [];
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkTermLinks, { terms, onLink: (term, section) => reported.push([term, section]) })
    .runSync(unified().use(remarkParse).use(remarkGfm).parse(markdown)) as Root;
  const links: [string, string, unknown][] = [];
  visit(tree, 'link', (node: Link) => {
    links.push([toString(node), node.url, node.data?.hProperties?.dataTerm]);
  });
  return { links, reported };
}

describe('remarkTermLinks', () => {
  it('links the first mention of each term in each section, and reports the section', () => {
    const { links, reported } = link(
      ['TPE first, TPE again.', '## One', 'Silicone and TPE; then TPE.', '### Two', 'tpe once more.'].join('\n\n'),
    );
    expect(links).toEqual([
      ['TPE', '/glossary/tpe', 'tpe'],
      ['Silicone', '/glossary/silicone', 'silicone'],
      ['TPE', '/glossary/tpe', 'tpe'],
      ['tpe', '/glossary/tpe', 'tpe'],
    ]);
    expect(reported).toEqual([
      ['tpe', null],
      ['silicone', 'one'],
      ['tpe', 'one'],
      ['tpe', 'two'],
    ]);
  });

  it('never links inside headings, code or existing links', () => {
    const { links, reported } = link(
      [
        '## Why TPE matters',
        'Use `TPE` in code, [a TPE article](/articles/tpe-story) and',
        '```\nTPE in a block\n```',
        '![TPE](/tpe.png)',
        'then plain TPE.',
      ].join('\n\n'),
    );
    expect(links).toEqual([
      ['a TPE article', '/articles/tpe-story', undefined],
      ['TPE', '/glossary/tpe', 'tpe'],
    ]);
    expect(reported).toEqual([['tpe', 'why-tpe-matters']]);
  });

  it('counts a link the author wrote to a term as its mention in that section, and marks it', () => {
    const { links, reported } = link(
      ['## A', 'See [the elastomer](/glossary/tpe#use), then TPE.', '## B', 'See [it][t] and TPE.', '[t]: /glossary/tpe', '## C', '[unknown](/glossary/latex) silicone'].join('\n\n'),
    );
    expect(links).toEqual([
      ['the elastomer', '/glossary/tpe#use', 'tpe'],
      ['unknown', '/glossary/latex', undefined],
      ['silicone', '/glossary/silicone', 'silicone'],
    ]);
    expect(reported).toEqual([
      ['tpe', 'a'],
      ['tpe', 'b'],
      ['silicone', 'c'],
    ]);
  });

  it('prefers the longest term and links inside emphasis, lists and tables', () => {
    const { links } = link(
      ['*Platinum-cure silicone* is silicone.', '- a thermoplastic elastomers list', '| Material |\n|---|\n| platinum silicone |'].join('\n\n'),
    );
    expect(links).toEqual([
      ['Platinum-cure silicone', '/glossary/platinum-cure-silicone', 'platinum-cure-silicone'],
      ['silicone', '/glossary/silicone', 'silicone'],
      ['thermoplastic elastomers', '/glossary/tpe', 'tpe'],
    ]);
  });

  it('gives sections the ids rehype-slug gives their headings, duplicates and deeper headings included', () => {
    const { reported } = link(
      ['## Notes', 'TPE.', '#### Notes', 'silicone (still in the first notes).', '## Notes', 'TPE.', '> ## Notes\n>\n> silicone, quoted', '### Café & TPE', 'TPE.'].join('\n\n'),
    );
    expect(reported).toEqual([
      ['tpe', 'notes'],
      ['silicone', 'notes'],
      ['tpe', 'notes-2'],
      ['silicone', 'notes-2'],
      ['tpe', 'café--tpe'],
    ]);
  });

  it('leaves footnotes alone: they render far from their section', () => {
    const { links } = link('Text.[^1]\n\n[^1]: A note on TPE.');
    expect(links).toEqual([]);
  });
});
