import { describe, expect, it } from 'vitest';
import { displayAliases } from '../../../src/features/glossary/display-aliases.ts';

describe('displayAliases', () => {
  it.each([
    ['TPE', ['thermoplastic elastomer', 'thermoplastic elastomers', 'TPEs'], ['thermoplastic elastomer']],
    ['Wash', ['washes', 'paint wash', 'thin wash'], ['paint wash', 'thin wash']],
    ['Micro-texture', ['micro texture', 'microtexture', 'micro-textures', 'Micro Texture'], ['micro texture', 'microtexture']],
    ['Silicone', [], []],
  ])('%s', (term, aliases, shown) => {
    expect(displayAliases(term, aliases)).toEqual(shown);
  });
});
