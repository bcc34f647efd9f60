import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../src/shared/ids.ts';
import { pluralForms, TermMatcher, type MatchableTerm } from '../../../src/shared/term-matcher.ts';

const term = (id: string, name: string, ...aliases: string[]): MatchableTerm => ({ id: id as TermId, term: name, aliases });

const glossary = [
  term('silicone', 'Silicone'),
  term('platinum-cure-silicone', 'Platinum-cure silicone', 'platinum silicone', 'addition-cure silicone'),
  term('tpe', 'TPE', 'thermoplastic elastomer'),
  term('resin', 'Resin', 'casting resin'),
  term('eco-resin', 'Eco-resin', 'bio-based resin'),
  term('micro-texture', 'Micro-texture', 'micro texture', 'microtexture'),
  term('texture', 'Texture'),
  term('scale-ratio', 'Scale ratio', '1:12 scale'),
  term('wash', 'Wash'),
  term('body', 'Body'),
];
const matcher = new TermMatcher(glossary);

/** What a reader would see linked: the matched words and the term each goes to. */
const found = (text: string, m = matcher) => m.find(text).map(({ id, start, end }) => [text.slice(start, end), id]);

describe('TermMatcher', () => {
  it.each([
    // Whole words only.
    ['Silicone moulds', [['Silicone', 'silicone']]],
    ['siliconed or presilicone or silicones2', []],
    ['a texture; a "texture", (texture) and texture.', [['texture', 'texture'], ['texture', 'texture'], ['texture', 'texture'], ['texture', 'texture']]],
    ["TPE's softness", [['TPE', 'tpe']]],
    ['the TPE-based body', [['body', 'body']]],
    ['non-resin parts', []],
    ['resin-silicone blends', []],
    ['brushwash and washstand', []],
    // Any case.
    ['SILICONE, Silicone, silicone', [['SILICONE', 'silicone'], ['Silicone', 'silicone'], ['silicone', 'silicone']]],
    // Plurals: -s, -es after sibilants, -ies after a consonant and y.
    ['resins and washes and bodies', [['resins', 'resin'], ['washes', 'wash'], ['bodies', 'body']]],
    ['thermoplastic elastomers', [['thermoplastic elastomers', 'tpe']]],
    // Aliases, with any whitespace (soft line breaks) between their words.
    ['some platinum\n  silicone here', [['platinum\n  silicone', 'platinum-cure-silicone']]],
    ['work at 1:12 scale', [['1:12 scale', 'scale-ratio']]],
    // The longest form wins where forms overlap.
    ['platinum-cure silicone, not silicone', [['platinum-cure silicone', 'platinum-cure-silicone'], ['silicone', 'silicone']]],
    ['micro-texture and micro texture', [['micro-texture', 'micro-texture'], ['micro texture', 'micro-texture']]],
    ['eco-resin, bio-based resins, casting resin', [['eco-resin', 'eco-resin'], ['bio-based resins', 'eco-resin'], ['casting resin', 'resin']]],
    // Characters that mean something in a regular expression are plain text in a form.
    ['1x12 scale or 1:12scale', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets into the text, left to right', () => {
    expect(matcher.find('TPE or resin')).toEqual([
      { id: 'tpe', start: 0, end: 3 },
      { id: 'resin', start: 7, end: 12 },
    ]);
  });

  it('finds nothing with no terms', () => {
    expect(new TermMatcher([]).find('silicone')).toEqual([]);
  });

  it('gives a word to the term that names it, not to one whose plural it happens to be', () => {
    const clash = [term('a-wash', 'Wash'), term('b-washes', 'Washes')];
    expect(found('washes', new TermMatcher(clash))).toEqual([['washes', 'b-washes']]);
  });

  it('answers the same whatever order the terms come in', () => {
    const clash = [term('b-bus', 'Bus'), term('a-buse', 'Buse')]; // both pluralise to "buses"
    const text = 'Bus, buse and buses; platinum silicone';
    expect(found(text, new TermMatcher([...clash, ...glossary]))).toEqual(found(text, new TermMatcher([...glossary, ...clash].reverse())));
    expect(found('buses', new TermMatcher(clash))).toEqual([['buses', 'a-buse']]);
  });
});

describe('pluralForms', () => {
  it.each([
    ['resin', ['resins']],
    ['heat pen', ['heat pens']],
    ['wash', ['washes']],
    ['gloss', ['glosses']],
    ['body', ['bodies']],
    ['alloy', ['alloys']],
    ['TPE', ['TPEs']],
  ])('%s → %j', (form, plurals) => {
    expect(pluralForms(form)).toEqual(plurals);
  });
});
