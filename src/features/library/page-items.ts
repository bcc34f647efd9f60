/** A page to link to, or a gap ("…") standing for the pages left out between two of them. */
export type PageItem = number | 'gap';

/**
 * The page numbers a pager shows: the first, the last, and `around` pages either side of the
 * current one. A gap would hide a single page, so that page is shown instead.
 */
export function pageItems(current: number, pages: number, around = 1): PageItem[] {
  if (pages < 1) return [];
  const shown = new Set<number>([1, pages]);
  for (let page = current - around; page <= current + around; page += 1) if (page >= 1 && page <= pages) shown.add(page);
  const items: PageItem[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page - previous === 2) items.push(page - 1);
    else if (page - previous > 2) items.push('gap');
    items.push(page);
    previous = page;
  }
  return items;
}
