import { act, render, screen, waitFor } from '@testing-library/react';
import type { Paragraph, Text } from 'mdast';
import type { ComponentProps } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticlePage } from '../../../src/app/pages/article-page.tsx';
import type { ArticleData } from '../../../src/shared/content-types.ts';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';
import { readingStore } from '../../../src/store/use-reading-store.ts';

/** Counts react-markdown renders: each one turns its tree into elements again. */
const markdown = vi.hoisted(() => ({ renders: 0 }));
vi.mock('react-markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-markdown')>();
  const Counted = (props: ComponentProps<typeof actual.default>) => {
    markdown.renders += 1;
    return actual.default(props);
  };
  return { ...actual, default: Counted };
});

const text = (value: string): Text => ({ type: 'text', value });
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });

const slug = 'long-read' as ArticleSlug;
const ids = ['one', 'two', 'three'] as SectionId[];
const article = {
  slug,
  title: 'A long read',
  summary: 'Three sections.',
  topics: [],
  topicTitles: {},
  published: '2026-01-01',
  words: 300,
  readingMinutes: 2,
  sections: ids.map((id) => ({ id, title: id, depth: 2, words: 100 })),
  body: [
    { tree: { type: 'root', children: [paragraph('Opening.')] }, words: 1 },
    ...ids.map((id) => ({
      tree: { type: 'root', children: [{ type: 'heading', depth: 2, children: [text(id)], data: { hProperties: { id } } }, paragraph(`Text of section ${id}.`)] },
      words: 5,
    })),
  ],
  previous: null,
  next: null,
  terms: [],
} as ArticleData;

beforeEach(() => {
  readingStore.store.setState({ progress: {}, bookmarks: {}, ready: true, notices: [] });
  markdown.renders = 0;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the article page while the reader scrolls', () => {
  it('updates progress and the contents without rendering the article text again', async () => {
    const router = createMemoryRouter([{ path: '/articles/:slug', element: <ArticlePage />, loader: () => article }], { initialEntries: [`/articles/${slug}`] });
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'three' });
    const rendersAfterMount = markdown.renders;
    expect(rendersAfterMount).toBe(article.body.length);

    const record = readingStore.store.getState().recordPosition;
    for (const [step, section] of [[1, 'one'], [2, 'one'], [3, 'two'], [4, 'three']] as const) {
      act(() => record(slug, { section: section as SectionId, fraction: 0.5 }, step * 20, false));
    }

    // The bar shows stored progress once the page knows it is hydrated: on a busy machine that can trail the first render.
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '80'));
    const read = [...document.querySelectorAll('.toc__item[data-read]')].map((item) => item.textContent);
    expect(read).toEqual(['one (read)', 'two (read)']);
    expect(markdown.renders).toBe(rendersAfterMount);
  });
});

describe('the article page when stored data arrives after its text', () => {
  it('goes back to the saved place once the data is in, not before', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    readingStore.store.setState({ ready: false });
    const router = createMemoryRouter([{ path: '/articles/:slug', element: <ArticlePage />, loader: () => article }], { initialEntries: [`/articles/${slug}`] });
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'three' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scrollTo).not.toHaveBeenCalled();

    const saved = { section: 'two' as SectionId, fraction: 0.5 };
    const entry = { article: slug, position: saved, percent: 50, furthest: 50, startedAt: 1, lastReadAt: 2, finishedAt: null, updatedAt: 2 };
    act(() => readingStore.store.setState({ ready: true, progress: { [slug]: entry } }));
    await waitFor(() => expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'instant' })));
  });
});
