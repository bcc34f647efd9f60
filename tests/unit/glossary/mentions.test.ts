import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/node/content/build-site.ts';
import type { TermId } from '../../../src/shared/ids.ts';

const dir = path.resolve(__dirname, '../../fixtures/glossary');
const site = await buildSite(dir, dir);
const mentionsOf = (id: string) => site.terms.get(id as TermId)?.mentions.map((m) => [m.article, m.section, m.sectionTitle]);

describe('where each term is mentioned', () => {
  it('lists each article section once, by name, alias, plural or the author’s own link, in reading order', () => {
    expect(mentionsOf('tpe')).toEqual([
      ['first', null, 'Opening'], // "thermoplastic elastomers": an alias, in the plural
      ['first', 'notes-1', 'Notes'], // the second "Notes" section; its "TPEs" is the same mention
      ['first', 'wash-up', 'Wash up'], // a link the author wrote
      ['second', 'soft-materials', 'Soft materials'],
    ]);
  });

  it('credits the longest term, and the shorter one only where it stands alone', () => {
    expect(mentionsOf('platinum-cure-silicone')).toEqual([
      ['first', 'silicone', 'Silicone'],
      ['second', 'soft-materials', 'Soft materials'],
    ]);
    // In "Soft materials" the only bare "silicone" is in a quote (whose heading is no section) and a table.
    expect(mentionsOf('silicone')).toEqual([
      ['first', 'silicone', 'Silicone'],
      ['second', 'soft-materials', 'Soft materials'],
    ]);
  });

  it('ignores headings, code, other links and footnotes', () => {
    expect(mentionsOf('wash')).toEqual([]);
  });

  it('gives each article only the terms it mentions, with what their previews need', () => {
    const first = site.articles.get('first' as never);
    expect(first?.terms.map((t) => t.id).sort()).toEqual(['platinum-cure-silicone', 'silicone', 'tpe']);
    expect(first?.terms.find((t) => t.id === 'tpe')).toEqual({
      id: 'tpe',
      term: 'TPE',
      short: 'A soft polymer that melts when heated.',
    });
  });

  it('links every mention to a section the article really has', () => {
    for (const term of site.terms.values()) {
      for (const mention of term.mentions) {
        const sections = site.articles.get(mention.article)?.sections.map((s) => s.id);
        if (mention.section !== null) expect(sections).toContain(mention.section);
      }
    }
  });
});
