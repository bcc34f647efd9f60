import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { highlight, snippet, type TextPart } from '../../../src/features/search/highlight.ts';
import { HighlightedText } from '../../../src/features/search/highlighted-text.tsx';

/** Parts written compactly: matched runs in [brackets]. */
const show = (parts: TextPart[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');
const terms = (...words: string[]) => new Set(words);

describe('highlight', () => {
  it.each([
    ['a matched word', 'Cure the silicone slowly.', ['silicone'], 'Cure the [silicone] slowly.'],
    ['any case, as the index folds it', 'Silicone and SILICONE', ['silicone'], '[Silicone] and [SILICONE]'],
    ['whole words only', 'silicones are not silicone', ['silicone'], 'silicones are not [silicone]'],
    ['a possessive, indexed without its ’s', 'the artist’s hand', ['artist'], 'the [artist’s] hand'],
    ['accented words, indexed without accents', 'a café finish', ['cafe'], 'a [café] finish'],
    ['neighbours joined by spaces or hyphens as one run', 'platinum-cure silicone, then TPE', ['platinum', 'cure', 'silicone', 'tpe'], '[platinum-cure silicone], then [TPE]'],
    ['nothing when no word matches', 'Nothing here.', ['silicone'], 'Nothing here.'],
  ])('marks %s', (_name, text, words, expected) => {
    expect(show(highlight(text, terms(...words)))).toBe(expected);
  });
});

describe('snippet', () => {
  const long =
    'Resin came first. It held detail but cracked when dropped. ' +
    'Collectors learned to handle it with care and kept it behind glass for decades. ' +
    'Then soft polymers arrived, and the feel of a figure changed: skin gave a little under the thumb. ' +
    'Platinum-cure silicone went further still, holding pores and fine creases at any scale, ' +
    'though it asked more of the maker at every step of the cure.';

  it('keeps a short text whole', () => {
    expect(show(snippet('Short and sweet.', terms('sweet'), 80))).toBe('Short and [sweet].');
  });

  it('centres on a match deep in the text, starting at its sentence, with ellipses where it is cut', () => {
    const text = show(snippet(long, terms('pores'), 120));
    expect(text).toContain('[pores]');
    expect(text.startsWith('… Platinum-cure silicone went further')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThan(140);
  });

  it('prefers the window holding the most different matched words', () => {
    const text = show(snippet(long, terms('resin', 'silicone', 'pores'), 120));
    expect(text).toContain('[silicone]');
    expect(text).toContain('[pores]');
  });

  it('shows the beginning when only the title matched', () => {
    const text = show(snippet(long, terms('elsewhere'), 60));
    expect(text).toBe('Resin came first. It held detail but cracked when dropped. …');
  });

  it('never cuts a word in half', () => {
    for (const length of [50, 73, 99, 131]) {
      const parts = snippet(long, terms('polymers'), length);
      const body = show(parts).replace(/^… /, '').replace(/ …$/, '');
      expect(long.replace(/\s+/g, ' ')).toContain(body.replace(/[[\]]/g, ''));
      expect(body).toMatch(/^\[?[A-Za-z]/);
      expect(body).toMatch(/[A-Za-z.,:]\]?$/);
    }
  });
});

describe('HighlightedText', () => {
  it('renders matches in <mark> and text as text, never as HTML', () => {
    const { container } = render(
      <p>
        <HighlightedText parts={[{ text: '<b>not bold</b> ', match: false }, { text: 'silicone', match: true }]} />
      </p>,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')).toHaveTextContent('silicone');
    expect(container).toHaveTextContent('<b>not bold</b> silicone');
  });
});
