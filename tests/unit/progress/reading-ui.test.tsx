import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BookmarkList } from '../../../src/features/bookmarks/bookmark-list.tsx';
import { BookmarkToggle } from '../../../src/features/bookmarks/bookmark-toggle.tsx';
import { ProgressSummary } from '../../../src/features/progress/progress-summary.tsx';
import { ReadingProgressBar } from '../../../src/features/progress/reading-progress-bar.tsx';
import { ReadingStatus } from '../../../src/features/progress/reading-status.tsx';
import type { ArticleData } from '../../../src/shared/content-types.ts';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';
import type { ProgressEntry } from '../../../src/store/reading-data.ts';
import { readingStore } from '../../../src/store/use-reading-store.ts';

const slug = 'alpha' as ArticleSlug;
const target = { article: slug, articleTitle: 'Alpha Article', section: 'cure-times' as SectionId, heading: 'Cure times' };
const article = { slug, title: 'Alpha Article', words: 2300, sections: [] } as unknown as ArticleData;
const entry = (extra: Partial<ProgressEntry>): ProgressEntry => ({
  article: slug,
  position: { section: null, fraction: 0.5 },
  percent: 40,
  furthest: 62.7,
  startedAt: 1,
  lastReadAt: 2,
  finishedAt: null,
  updatedAt: 2,
  ...extra,
});

/** Renders inside a router (for links), with stored data applied. */
function renderReady(ui: React.ReactElement) {
  const router = createMemoryRouter([{ path: '/', element: ui }]);
  return render(<RouterProvider router={router} />);
}

beforeEach(() => {
  // Offline: articles cannot be checked, so bookmarks show as saved.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }),
  );
  readingStore.store.setState({ progress: {}, bookmarks: {}, ready: true, notices: [] });
});

describe('BookmarkToggle', () => {
  it('is a pressed-state button named after its section', async () => {
    renderReady(<BookmarkToggle target={target} />);
    const button = screen.getByRole('button', { name: 'Bookmark section: Cure times' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(readingStore.store.getState().bookmarks['alpha#cure-times']).toMatchObject({ heading: 'Cure times', removed: false });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('is not rendered before stored data is in', () => {
    readingStore.store.setState({ ready: false });
    renderReady(<BookmarkToggle target={target} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('progress', () => {
  it.each([
    [undefined, 'Not started'],
    [entry({}), '62% read'],
    [entry({ finishedAt: 3, furthest: 100 }), 'Finished'],
    [entry({ startedAt: null }), 'Not started'],
  ])('ReadingStatus for %o says %s', (stored, text) => {
    if (stored) readingStore.store.setState({ progress: { alpha: stored } });
    renderReady(<ReadingStatus slug={slug} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('shows the bar, minutes left, and resets to unread', async () => {
    readingStore.store.setState({ progress: { alpha: entry({}) } });
    renderReady(
      <>
        <ReadingProgressBar slug={slug} />
        <ProgressSummary article={article} />
      </>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Reading progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('6 min left')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark as unread' }));
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByRole('status')).toHaveTextContent('Marked as unread.');
    expect(readingStore.store.getState().progress.alpha?.startedAt).toBeNull();
  });
});

describe('BookmarkList', () => {
  it('says how to add a bookmark when there is none', () => {
    renderReady(<BookmarkList />);
    expect(screen.getByText('No bookmarks yet.')).toBeInTheDocument();
    expect(screen.getByText(/select the bookmark button/)).toBeInTheDocument();
  });

  it('edits notes as plain text and removes with undo', async () => {
    act(() => readingStore.store.getState().toggleBookmark(target));
    renderReady(<BookmarkList />);
    expect(screen.getByRole('link', { name: 'Cure times' })).toHaveAttribute('href', '/articles/alpha#cure-times');

    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note for “Cure times”' }), '<b>bold?</b>');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByText('<b>bold?</b>')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(screen.queryByRole('link', { name: 'Cure times' })).not.toBeInTheDocument();
    expect(screen.getByText('No bookmarks yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('link', { name: 'Cure times' })).toBeInTheDocument();
    expect(screen.getByText('<b>bold?</b>')).toBeInTheDocument();
  });

  it('keeps a bookmark whose article is gone, without a link to it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('null', { status: 404 })));
    act(() => readingStore.store.getState().toggleBookmark(target));
    renderReady(<BookmarkList />);
    expect(await screen.findByText('This article is no longer in the library.')).toBeInTheDocument();
    expect(screen.getByText('Cure times')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cure times' })).not.toBeInTheDocument();
  });
});
