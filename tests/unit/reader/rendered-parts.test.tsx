import { act, render, screen } from '@testing-library/react';
import type { Heading, Paragraph, Text } from 'mdast';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from '../../../src/features/reader/article-body.tsx';
import { firstPartCount } from '../../../src/features/reader/use-rendered-parts.ts';
import type { ArticleData, BodyPart } from '../../../src/shared/content-types.ts';
import type { ArticleSlug, SectionId } from '../../../src/shared/ids.ts';

const text = (value: string): Text => ({ type: 'text', value });
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });
const heading = (id: string): Heading => ({ type: 'heading', depth: 2, children: [text(`Heading ${id}`)], data: { hProperties: { id } } });

/** The opening (one word), then twelve sections of 302 words each: a two-word heading and 300 words. */
const ids = Array.from({ length: 12 }, (_, i) => `s${i + 1}`);
const body: BodyPart[] = [
  { tree: { type: 'root', children: [paragraph('Opening.')] }, words: 1 },
  ...ids.map((id) => ({ tree: { type: 'root' as const, children: [heading(id), paragraph(`Text of ${id}.${' word'.repeat(297)}`)] }, words: 302 })),
];
const article = {
  slug: 'long-read' as ArticleSlug,
  title: 'A long read',
  summary: '',
  topics: [],
  topicTitles: {},
  published: '2026-01-01',
  words: 100,
  readingMinutes: 1,
  sections: ids.map((id) => ({ id: id as SectionId, title: `Heading ${id}`, depth: 2, words: 3 })),
  body,
  previous: null,
  next: null,
  terms: [],
} as ArticleData;

const renderedHeadings = () => [...document.querySelectorAll('.prose h2')].map((h) => h.id);

/** Opens the article the way a link in the app does (a push navigation), with timers held. */
async function openByLink(hash = '') {
  const onComplete = vi.fn();
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>Library</p> },
      { path: '/article', element: <ArticleBody article={article} onComplete={onComplete} /> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  expect(screen.getByText('Library')).toBeInTheDocument();
  await act(() => router.navigate(`/article${hash}`));
  return { onComplete, router };
}

/** Runs each step the body schedules (and the render it starts) until none is left. */
function runSteps() {
  for (let step = 0; step < 20 && vi.getTimerCount() > 0; step += 1) {
    act(() => {
      vi.advanceTimersToNextTimer();
    });
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('firstPartCount', () => {
  it('renders from the top to the part holding the target, and about 800 words from its start', () => {
    expect(firstPartCount(body, null)).toBe(4);
    expect(firstPartCount(body, 's1')).toBe(4);
    expect(firstPartCount(body, 's6')).toBe(9);
  });

  it('renders everything when the target is near the end or names no heading', () => {
    expect(firstPartCount(body, 's11')).toBe(body.length);
    expect(firstPartCount(body, 'gone-in-an-update')).toBe(body.length);
  });
});

describe('an article opened by a link in the app', () => {
  it('shows the top first, then adds the rest a few parts per task, then says it is complete', async () => {
    const { onComplete } = await openByLink();
    expect(screen.getByText('Opening.')).toBeInTheDocument();
    expect(renderedHeadings()).toEqual(['s1', 's2', 's3']);
    expect(onComplete).not.toHaveBeenCalled();

    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(renderedHeadings()).toEqual(['s1', 's2', 's3', 's4', 's5']);

    runSteps();
    expect(renderedHeadings()).toEqual(ids);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('renders down to the #section of the URL first', async () => {
    await openByLink('#s9');
    expect(renderedHeadings()).toEqual(ids.slice(0, 11));
  });

  it('renders down to a section the reader moves to before it has arrived, in the same commit', async () => {
    const { onComplete, router } = await openByLink();
    expect(renderedHeadings()).toEqual(['s1', 's2', 's3']);
    await act(() => router.navigate('/article#s8'));
    expect(renderedHeadings()).toEqual(ids.slice(0, 10));
    runSteps();
    expect(renderedHeadings()).toEqual(ids);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});

describe('an article reached by going back or forward', () => {
  it('renders everything at once, for the router to restore the scroll position', async () => {
    const onComplete = vi.fn();
    const router = createMemoryRouter([{ path: '/article', element: <ArticleBody article={article} onComplete={onComplete} /> }], {
      initialEntries: ['/article'],
    });
    render(<RouterProvider router={router} />);
    expect(screen.getByText('Opening.')).toBeInTheDocument();
    expect(renderedHeadings()).toEqual(ids);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
