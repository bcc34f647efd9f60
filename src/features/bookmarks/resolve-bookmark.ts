import type { Section } from '../../shared/content-types.ts';
import type { SectionId } from '../../shared/ids.ts';
import type { Bookmark } from '../../store/reading-data.ts';

/** What the article looks like now, as far as a bookmark cares. */
export interface CurrentArticle {
  title: string;
  sections: readonly Pick<Section, 'id' | 'title'>[];
}

/** Where a bookmark points after content updates. */
export type Resolution =
  | { status: 'ok' }
  /** The heading is still there under another id: link there. */
  | { status: 'moved'; section: SectionId }
  /** No such section any more: kept, shown with its saved heading and a link to the article. */
  | { status: 'removed' }
  | { status: 'article-missing' }
  /** Not known (not loaded yet, or offline): shown as saved. */
  | { status: 'unknown' };

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Checks a bookmark against its article as it is now (`null`: the article is gone; `undefined`: not known). */
export function resolveBookmark(bookmark: Bookmark, article: CurrentArticle | null | undefined): Resolution {
  if (article === undefined) return { status: 'unknown' };
  if (article === null) return { status: 'article-missing' };
  if (article.sections.some((s) => s.id === bookmark.section)) return { status: 'ok' };
  const same = article.sections.find((s) => normalize(s.title) === normalize(bookmark.heading));
  return same ? { status: 'moved', section: same.id } : { status: 'removed' };
}

/** A group of bookmarks in one article. */
export interface BookmarkGroup {
  article: Bookmark['article'];
  title: string;
  bookmarks: Bookmark[];
}

/** Live bookmarks grouped by article: newest bookmark first within a group, the group with the newest bookmark first. */
export function groupBookmarks(bookmarks: Readonly<Record<string, Bookmark>>): BookmarkGroup[] {
  const groups = new Map<string, BookmarkGroup>();
  const live = Object.values(bookmarks)
    .filter((b) => !b.removed)
    .sort((a, b) => b.createdAt - a.createdAt || (a.section < b.section ? -1 : 1));
  for (const bookmark of live) {
    const group = groups.get(bookmark.article);
    if (group) group.bookmarks.push(bookmark);
    else groups.set(bookmark.article, { article: bookmark.article, title: bookmark.articleTitle, bookmarks: [bookmark] });
  }
  return [...groups.values()];
}
