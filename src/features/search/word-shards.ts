import SearchableMap from 'minisearch/SearchableMap';
import { FIELD_BOOSTS, type SearchIndexMeta, type SearchShard } from '../../shared/search-options.ts';

/**
 * A word's postings in one field, flat: document short id, then how often the word occurs in it,
 * and so on, by ascending id. Plain arrays of small numbers are compact, and fast to walk.
 */
export type FieldPostings = number[];

/** A word of the index: its postings per field id (a hole where the field never holds it). */
export type WordPostings = (FieldPostings | undefined)[];

/** How MiniSearch serialises one word's postings: field id to document short id to count. */
type SerializedWord = SearchShard[number][1];

/** Words converted per batch before yielding, so a large shard never blocks the page for long. */
const BATCH = 2000;

/** The document table of the index: what scoring needs of every document, laid out for speed. */
export interface DocumentTable {
  /** One more than the largest short id. */
  size: number;
  /** Documents in the index (BM25's N). */
  count: number;
  /** The searched field ids, in {@link FIELD_BOOSTS} order, with their boosts. */
  fields: { id: number; boost: number }[];
  /** Per field id, each document's length in words. */
  lengths: Float64Array[];
  /** Per field id, the average length. */
  averageLengths: number[];
}

/** Reads the document table out of the serialised index. */
export function documentTable(base: SearchIndexMeta['base']): DocumentTable {
  const size = base.nextId;
  const fieldCount = Object.keys(base.fieldIds).length;
  const lengths = Array.from({ length: fieldCount }, () => new Float64Array(size));
  for (const [shortId, perField] of Object.entries(base.fieldLength)) {
    for (let field = 0; field < fieldCount; field += 1) {
      const table = lengths[field];
      if (table) table[Number(shortId)] = perField[field] ?? 0;
    }
  }
  const fields = Object.entries(FIELD_BOOSTS).flatMap(([name, boost]) => {
    const id = base.fieldIds[name];
    return id === undefined ? [] : [{ id, boost }];
  });
  return { size, count: base.documentCount, fields, lengths, averageLengths: base.averageFieldLength };
}

/** Converts one word's serialised postings. Document keys come in ascending order (integer keys of an object do). */
export function wordPostings(serialized: SerializedWord): WordPostings {
  const word: WordPostings = [];
  for (const [field, documents] of Object.entries(serialized)) {
    const flat: FieldPostings = [];
    for (const shortId of Object.keys(documents)) flat.push(Number(shortId), documents[shortId] ?? 0);
    word[Number(field)] = flat;
  }
  return word;
}

/**
 * Builds one shard's word tree (a radix tree, for prefix and typo lookups), converting its words
 * in batches between which the page can respond. Only this shard is converted: shards loaded
 * before are left as they are.
 */
export async function loadWordShard(shard: SearchShard, yieldToPage: () => Promise<void> = nextTask): Promise<SearchableMap<WordPostings>> {
  const words = new SearchableMap<WordPostings>();
  for (let start = 0; start < shard.length; start += BATCH) {
    if (start) await yieldToPage();
    for (const [term, serialized] of shard.slice(start, start + BATCH)) words.set(term, wordPostings(serialized));
  }
  return words;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
