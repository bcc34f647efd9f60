/** Branded identifiers, so a term id can never be passed where an article slug is expected. */
export type ArticleSlug = string & { readonly __brand: 'ArticleSlug' };
export type TermId = string & { readonly __brand: 'TermId' };
export type TopicId = string & { readonly __brand: 'TopicId' };
export type SectionId = string & { readonly __brand: 'SectionId' };

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a lowercase kebab-case identifier, the shape of every slug and id in content. */
export function isKebabId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 120 && KEBAB.test(value);
}

/** Guard for article slugs taken from a URL or stored data. */
export function isArticleSlug(value: unknown): value is ArticleSlug {
  return isKebabId(value);
}

/** Guard for glossary term ids taken from a URL or stored data. */
export function isTermId(value: unknown): value is TermId {
  return isKebabId(value);
}

/** Guard for topic ids taken from a URL query. */
export function isTopicId(value: unknown): value is TopicId {
  return isKebabId(value);
}

/** Guard for section ids: whatever github-slugger produced, never empty, never absurdly long. */
export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 && !/[\s#/?]/.test(value);
}
