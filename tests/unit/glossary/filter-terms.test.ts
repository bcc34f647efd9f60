import { describe, expect, it } from 'vitest';
import { filterTerms, fold, queryWords } from '../../../src/features/glossary/filter-terms.ts';
import { groupByLetter, groupByTopic, letterOf } from '../../../src/features/glossary/group-terms.ts';
import { markWords } from '../../../src/features/glossary/mark-words.ts';
import type { GlossaryEntry, Topic } from '../../../src/shared/content-types.ts';

const entry = (id: string, term: string, topic: string, short: string, ...aliases: string[]) => ({ id, term, topic, short, aliases }) as GlossaryEntry;

const entries = [
  entry('airbrushing', 'Airbrushing', 'finish', 'Applying paint as a fine spray of compressed air.', 'airbrush', 'air brushing'),
  entry('matte-finish', 'Matte finish', 'finish', 'A surface that scatters light.', 'matt finish', 'flat finish'),
  entry('tpe', 'TPE', 'materials', 'Thermoplastic elastomer: a soft polymer.', 'thermoplastic elastomer'),
  entry('rigid-plastics', 'Rigid plastics', 'materials', 'Hard, stiff polymers.', 'rigid plastic', 'hard plastic'),
  entry('eco-resin', 'Éco-resin', 'materials', 'A resin made partly from plants.', 'bio-resin'),
  entry('scale', '1:12 scale', 'scale', 'A twelfth of life size.'),
];
const topics = [
  { id: 'materials', title: 'Materials' },
  { id: 'finish', title: 'Finish' },
  { id: 'scale', title: 'Scale' },
  { id: 'empty', title: 'Nothing yet' },
] as Topic[];

const ids = (query: string) => filterTerms(entries, query).map((f) => f.entry.id);

describe('filterTerms', () => {
  it.each([
    ['', ['airbrushing', 'matte-finish', 'tpe', 'rigid-plastics', 'eco-resin', 'scale']],
    ['   ', ['airbrushing', 'matte-finish', 'tpe', 'rigid-plastics', 'eco-resin', 'scale']],
    ['air', ['airbrushing']], // part of a word narrows already
    ['AIRBRUSH', ['airbrushing']], // any case
    ['flat', ['matte-finish']], // an alias
    ['soft polymer', ['tpe']], // the short definition
    ['finish', ['matte-finish']],
    ['light surface', ['matte-finish']], // every word, in any order
    ['light paint', []],
    ['eco', ['eco-resin']], // "Éco": accents do not matter
    ['resin', ['eco-resin']],
    ['1:12', ['scale']],
    ['zzz', []],
  ])('%j keeps %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('says which alias matched when the name did not', () => {
    expect(filterTerms(entries, 'flat').map((f) => f.alias)).toEqual(['flat finish']);
    expect(filterTerms(entries, 'airbrush').map((f) => f.alias)).toEqual([null]);
    expect(filterTerms(entries, 'spray').map((f) => f.alias)).toEqual([null]);
    expect(filterTerms(entries, 'bio').map((f) => f.alias)).toEqual(['bio-resin']);
    // The alias that holds most of the query, not merely the first that holds some of it.
    expect(filterTerms(entries, 'hard plastic').map((f) => f.alias)).toEqual(['hard plastic']);
  });
});

describe('grouping', () => {
  const all = filterTerms(entries, '');

  it('groups by topic in declared order, dropping empty topics', () => {
    expect(groupByTopic(all, topics).map((g) => [g.id, g.entries.map((e) => e.entry.id)])).toEqual([
      ['topic-materials', ['tpe', 'rigid-plastics', 'eco-resin']],
      ['topic-finish', ['airbrushing', 'matte-finish']],
      ['topic-scale', ['scale']],
    ]);
  });

  it('groups A–Z by first letter without accents, sorted, with anything else under #', () => {
    expect(groupByLetter(all).map((g) => [g.title, g.id, g.entries.map((e) => e.entry.term)])).toEqual([
      ['A', 'letter-a', ['Airbrushing']],
      ['E', 'letter-e', ['Éco-resin']],
      ['M', 'letter-m', ['Matte finish']],
      ['R', 'letter-r', ['Rigid plastics']],
      ['T', 'letter-t', ['TPE']],
      ['#', 'letter-other', ['1:12 scale']],
    ]);
    expect(letterOf('  über')).toBe('U');
  });
});

describe('markWords', () => {
  const marked = (text: string, query: string) =>
    markWords(text, queryWords(query))
      .map((p) => (p.match ? `[${p.text}]` : p.text))
      .join('');

  it.each([
    ['Matte finish', 'fin', 'Matte [fin]ish'],
    ['Matte finish', 'MATTE fin', '[Matte] [fin]ish'],
    ['Éco-resin', 'eco', '[Éco]-resin'],
    ['Café crème', 'e', 'Caf[é] cr[è]m[e]'],
    ['banana', 'ana', 'b[anana]'], // overlapping matches merge
    ['TPE', '', 'TPE'],
  ])('%s with %j → %s', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('folds the same way the filter does', () => {
    expect(fold('  Café\tCRÈME ')).toBe(' cafe creme ');
  });
});
