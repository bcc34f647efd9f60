import { createRandom, zipfSampler, type Random } from './random.ts';

/** Glue words, as frequent in the generated prose as in real English. */
export const FUNCTION_WORDS = (
  'the of and a to in is that it with as for on by this at from or but not more each its than so when where ' +
  'which one can be are was have has will would may must often also only even most much very some any into'
).split(' ');

/** Content words of miniature craft, roughly in falling order of how often articles use them. */
export const CRAFT_WORDS = (
  'surface detail scale paint layer material form light texture finish hand edge figure tone colour maker piece ' +
  'brush model mould cast skin shadow highlight proportion line shape sculpt resin clay silicone pigment glaze ' +
  'wash primer varnish sheen matte satin gloss tool blade file sander needle loupe lens lamp bench studio ' +
  'collector viewer eye distance ratio millimetre inch curve fold crease seam joint limb face hair fabric wood ' +
  'metal stone glass porcelain plaster wax armature wire core shell cure heat pressure time patience judgement ' +
  'step stage pass coat dilution medium thinner water oil acrylic enamel lacquer polish sanding carving molding ' +
  'casting trimming tinting blending weathering stippling glazing feathering layering priming sealing mixing ' +
  'soft hard thin thick fine coarse warm cool dark pale bright deep shallow smooth rough crisp blurred even ' +
  'uneven subtle visible hidden small large tiny narrow broad flexible rigid translucent opaque porous dense ' +
  'careful slow quick steady gentle firm light heavy natural artificial realistic convincing lifelike flat ' +
  'apply build remove soften sharpen balance correct adjust refine compress reduce enlarge press pour cut carve ' +
  'sand file polish seal tint mix dilute thin thicken dry wet settle shrink warp crack flex bend hold keep ' +
  'read judge notice see look test compare measure check repeat vary scatter reflect absorb diffuse catch ' +
  'miniature dollhouse diorama figurine bust vignette room chair table window door roof floor wall shelf ' +
  'garden tree leaf flower grass path brick tile plank beam cloth thread button lace ribbon cushion blanket ' +
  'cheek nose lip eyelid knuckle fingernail wrist ankle shoulder temple jaw brow iris lash freckle vein pore'
).split(' ');

const ONSETS = ['b', 'br', 'c', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sc', 'sl', 'sp', 'st', 't', 'tr', 'v', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'st', 'ck', 'x'];

/** Words made of English-like syllables: the long tail of a large library's vocabulary (names, places, rare terms). */
export function rareWords(count: number, seed = 7): string[] {
  const random = createRandom(seed);
  const known = new Set([...FUNCTION_WORDS, ...CRAFT_WORDS]);
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < count) {
    let word = '';
    const syllables = random.int(2, 3);
    for (let i = 0; i < syllables; i += 1) word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : '');
    if (seen.has(word) || known.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/** The long tail's size: enough that a 3,000-article library has tens of thousands of distinct words, as real prose would. */
export const RARE_WORD_COUNT = 12_000;

/** Builds sentences and paragraphs from a fixed vocabulary; `mention` may drop a glossary term's name in. */
export class ProseWriter {
  private readonly rare = rareWords(RARE_WORD_COUNT);
  private readonly craftRank = zipfSampler(CRAFT_WORDS.length, 0.75);
  private readonly rareRank = zipfSampler(RARE_WORD_COUNT, 1.0);

  /** One content word: mostly craft vocabulary, sometimes from the long tail. */
  word(random: Random): string {
    if (random.chance(0.12)) return this.rare[this.rareRank(random)] ?? 'detail';
    return CRAFT_WORDS[this.craftRank(random)] ?? 'surface';
  }

  /** A sentence of 8–24 words, with an occasional emphasis, code span or term mention. */
  sentence(random: Random, mention?: () => string | null): string {
    const length = random.int(8, 24);
    const words: string[] = [];
    for (let i = 0; i < length; i += 1) {
      words.push(random.chance(0.42) ? random.pick(FUNCTION_WORDS) : this.word(random));
      if (i > 3 && i < length - 2 && random.chance(0.06)) words[words.length - 1] += ',';
    }
    if (random.chance(0.06)) words.splice(random.int(1, words.length - 1), 0, `*${this.word(random)}*`);
    if (random.chance(0.03)) words.splice(random.int(1, words.length - 1), 0, `**${this.word(random)} ${this.word(random)}**`);
    if (random.chance(0.03)) words.splice(random.int(1, words.length - 1), 0, `\`1:${random.pick([6, 8, 12, 24, 48, 144])}\``);
    const term = mention?.();
    if (term) words.splice(random.int(1, words.length - 1), 0, term);
    const text = words.join(' ').replace(/,$/, '');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random.chance(0.08) ? '?' : '.'}`;
  }

  /** A paragraph of `min`–`max` sentences. */
  paragraph(random: Random, min: number, max: number, mention?: () => string | null): string {
    const count = random.int(min, max);
    return Array.from({ length: count }, () => this.sentence(random, mention)).join(' ');
  }

  /** A heading of two to five words, capitalised like the real articles' headings. */
  heading(random: Random): string {
    const patterns = [
      () => `${this.word(random)} and ${this.word(random)}`,
      () => `The ${this.word(random)} of ${this.word(random)}`,
      () => `Why ${this.word(random)} ${random.pick(['matters', 'changes', 'reads as real', 'holds'])}`,
      () => `${this.word(random)} ${this.word(random)}`,
      () => `Working with ${this.word(random)}`,
      () => `When the ${this.word(random)} ${random.pick(['fails', 'cracks', 'settles', 'shrinks'])}`,
    ];
    const text = random.pick(patterns)();
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  }
}

/** Adjectives and nouns that glossary term names are made of: every name is one adjective and one noun. */
export const TERM_ADJECTIVES = (
  'layered controlled dry wet cold hot soft hard micro fine broad split double hidden open closed graded ' +
  'reverse inner outer dense porous tinted clear dusted pressed rolled stippled feathered sealed dual ' +
  'shallow raised sunken crossed stacked glazed waxed etched'
).split(' ');
export const TERM_NOUNS = (
  'curing blending glaze wash primer armature shell core texture edge seam casting mould sculpting shading ' +
  'highlighting tinting sanding carving lining weathering varnish sheen compression diffusion asymmetry ' +
  'hierarchy scaling reduction silhouette pigment finish layering grain relief undercoat basecoat topcoat ' +
  'inlay patina gesso'
).split(' ');
