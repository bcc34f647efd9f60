import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/shared/ids.ts';
import { pluralForms, TermMatcher, type MatchableTerm } from '../../../src/shared/term-matcher.ts';

const term = (id: string, name: string, ...aliases: string[]): MatchableTerm => ({ id: id as TermId, term: name, aliases });

/**
 * The matcher as it was first written: one regular expression with every form as an alternative,
 * longest first. Far too slow for a large glossary, but its answers are the specification.
 */
function referenceFind(terms: readonly MatchableTerm[], text: string): [string, TermId][] {
  const normalise = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();
  const sorted = [...terms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byForm = new Map<string, TermId>();
  const claim = (form: string, id: TermId) => {
    const key = normalise(form);
    if (key && !byForm.has(key)) byForm.set(key, id);
  };
  for (const t of sorted) for (const form of [t.term, ...t.aliases]) claim(form, t.id);
  for (const t of sorted) for (const form of [t.term, ...t.aliases]) for (const plural of pluralForms(form)) claim(plural, t.id);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  if (!forms.length) return [];
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${forms.map((f) => escape(f).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(pattern)].flatMap((m) => {
    const id = byForm.get(normalise(m[0]));
    return id ? [[`${m.index}:${m[0]}`, id] as [string, TermId]] : [];
  });
}

const found = (matcher: TermMatcher, text: string) => matcher.find(text).map(({ id, start, end }) => [`${start}:${text.slice(start, end)}`, id]);

const glossary = [
  term('silicone', 'Silicone'),
  term('platinum-cure-silicone', 'Platinum-cure silicone', 'platinum silicone', 'addition-cure silicone'),
  term('tpe', 'TPE', 'thermoplastic elastomer'),
  term('resin', 'Resin', 'casting resin'),
  term('eco-resin', 'Eco-resin', 'bio-based resin'),
  term('texture', 'Texture'),
  term('micro-texture', 'Micro-texture', 'micro texture'),
  term('scale-ratio', 'Scale ratio', '1:12 scale'),
  term('brush-2', '#2 brush', '№ 2 brush'),
  term('cafe-au-lait', 'Café au lait'),
  term('body', 'Body'),
  term('wash', 'Wash'),
];

describe('TermMatcher agrees with the regular expression it replaced', () => {
  it.each([
    ['a #2 brush, a #2 brushes, x#2 brush, and #2 brush-like'],
    ['№ 2 brush and №  2\tbrush'],
    ['CAFÉ AU LAIT and café  au\nlait, cafés au lait'],
    ['micro-texture-based, non-texture, texture-, -texture, texture--rich'],
    ['resin—silicone, resin/silicone, resin_silicone, résiné'],
    ['1:12 scale 1:12 scales 11:12 scale'],
    ['platinum silicone-cure silicone'],
    ['  leading and trailing TPE  '],
  ])('%j', (text) => {
    expect(found(new TermMatcher(glossary), text)).toEqual(referenceFind(glossary, text));
  });

  it('on thousands of random texts built from the forms, their pieces and separators', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = ['silicone', 'Silicones', 'platinum', 'cure', 'TPE', 'tpes', 'resin', 'eco', 'bio', 'based', 'texture', 'micro', '#2', 'brush', '1:12', 'scale', 'café', 'au', 'lait', 'body', 'bodies', 'washes', 'x', '2'];
    const separators = [' ', ' ', ' ', '-', '  ', '\n', ', ', '. ', '—', '', '"', "'s "];
    const matcher = new TermMatcher(glossary);
    for (let n = 0; n < 3000; n += 1) {
      let text = '';
      const words = 1 + Math.floor(random() * 8);
      for (let w = 0; w < words; w += 1) {
        text += pieces[Math.floor(random() * pieces.length)] ?? '';
        text += separators[Math.floor(random() * separators.length)] ?? '';
      }
      expect(found(matcher, text), text).toEqual(referenceFind(glossary, text));
    }
  });

  it('stays linear: a long text against a large glossary', () => {
    const many = Array.from({ length: 2000 }, (_, i) => term(`term-${i}`, `Term ${i}`, `alias number ${i}`, `${i}-fold form`));
    const matcher = new TermMatcher(many);
    const text = Array.from({ length: 20000 }, (_, i) => (i % 7 === 0 ? `term ${i % 2000}` : 'plain words here')).join(' ');
    const started = performance.now();
    const matches = matcher.find(text);
    expect(matches).toHaveLength(Math.ceil(20000 / 7));
    // The regular expression took seconds here; a word-by-word lookup takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
