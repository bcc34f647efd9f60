import type { TermMention } from '../../shared/content-types.ts';
import type { ArticleSlug } from '../../shared/ids.ts';

/** The sections of one article that mention a term. */
export interface ArticleMentions {
  article: ArticleSlug;
  articleTitle: string;
  sections: TermMention[];
}

/** Mentions gathered under their articles, keeping the order the build gives (articles, then sections). */
export function groupMentions(mentions: readonly TermMention[]): ArticleMentions[] {
  const byArticle = new Map<string, ArticleMentions>();
  for (const mention of mentions) {
    const group = byArticle.get(mention.article);
    if (group) group.sections.push(mention);
    else byArticle.set(mention.article, { article: mention.article, articleTitle: mention.articleTitle, sections: [mention] });
  }
  return [...byArticle.values()];
}
