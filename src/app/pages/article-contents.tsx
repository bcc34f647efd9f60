import { ProgressSummary } from '../../features/progress/progress-summary.tsx';
import { useReadSections } from '../../features/progress/use-progress.ts';
import { TableOfContents } from '../../features/reader/table-of-contents.tsx';
import type { ArticleData } from '../../shared/content-types.ts';

/**
 * The reader's side column: progress and the contents, sections read marked. The reading state
 * it shows is read here, not in the page, so a scroll step never renders the article's text again.
 * `textComplete`: whether all of the article's text is in the page yet (see ArticleBody).
 */
export function ArticleContents({ article, textComplete }: { article: ArticleData; textComplete: boolean }) {
  const read = useReadSections(article);
  return (
    <aside className="reader__toc">
      <ProgressSummary article={article} />
      <TableOfContents sections={article.sections} read={read} textComplete={textComplete} />
    </aside>
  );
}
