import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MarkdownLink } from '../../../src/components/markdown-link.tsx';
import { TermPreviewsContext } from '../../../src/components/term-previews.ts';
import { CLOSE_DELAY_MS, OPEN_DELAY_MS } from '../../../src/components/use-preview-trigger.ts';
import type { TermPreview } from '../../../src/shared/content-types.ts';
import type { TermId } from '../../../src/shared/ids.ts';

const tpe: TermPreview = { id: 'tpe' as TermId, term: 'TPE', short: 'A soft, flexible polymer that melts when heated.' };
const resin: TermPreview = { id: 'resin' as TermId, term: 'Resin', short: 'A liquid that cures hard.' };
const previews = new Map<string, TermPreview>([
  ['tpe', tpe],
  ['resin', resin],
]);

function Article() {
  return (
    <TermPreviewsContext.Provider value={previews}>
      <p>
        Soft <MarkdownLink href="/glossary/tpe" data-term="tpe">thermoplastic elastomers</MarkdownLink> and cast{' '}
        <MarkdownLink href="/glossary/resin">resin</MarkdownLink>; see <MarkdownLink href="/glossary/latex">latex</MarkdownLink>.
      </p>
      <button type="button">After</button>
    </TermPreviewsContext.Provider>
  );
}

function TermPage() {
  return <h1>Term page: {useParams().term}</h1>;
}

function setup() {
  const router = createMemoryRouter(
    [
      { path: '/articles/a', Component: Article },
      { path: '/glossary/:term', Component: TermPage },
    ],
    { initialEntries: ['/articles/a'] },
  );
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  const link = screen.getByRole('link', { name: 'thermoplastic elastomers' });
  return { user, router, link };
}

const card = (name = 'TPE') => screen.findByRole('group', { name });
const noCard = () => expect(screen.queryByRole('group')).not.toBeInTheDocument();
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('TermLink', () => {
  // jsdom lays nothing out: give the viewport a size and elements a box in its middle, so the card
  // is placed beside a visible term rather than hidden as if the term had scrolled away.
  beforeAll(() => {
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
    vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 100, y: 300, width: 80, height: 20 }));
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('is described by the short definition even before any card opens', () => {
    const { link } = setup();
    expect(link).toHaveAccessibleDescription(tpe.short);
    expect(link).toHaveAttribute('href', '/glossary/tpe');
    noCard();
  });

  it('leaves links to terms the page does not know as plain links', () => {
    setup();
    expect(screen.getByRole('link', { name: 'latex' })).not.toHaveAccessibleDescription();
  });

  it('opens on keyboard focus with the term, its definition and a link to the entry; Escape closes it', async () => {
    const { user, link } = setup();
    await user.tab();
    expect(link).toHaveFocus();
    const preview = await card();
    expect(preview).toHaveAccessibleDescription(tpe.short);
    const more = screen.getByRole('link', { name: 'Read the full entry on TPE' });
    expect(more).toHaveAttribute('href', '/glossary/tpe');

    await user.keyboard('{Escape}');
    noCard();
    expect(link).toHaveFocus();
  });

  it('closes when focus moves on, and opens the next term’s card instead', async () => {
    const { user } = setup();
    await user.tab();
    await card();
    await user.tab();
    expect(screen.getByRole('link', { name: 'resin' })).toHaveFocus();
    await card('Resin');
    expect(screen.getAllByRole('group')).toHaveLength(1);
    await user.tab(); // latex: not a known term
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    noCard();
  });

  it('opens on hover only after a short delay, stays while the pointer is on the card, and closes after it leaves', async () => {
    const { user, link } = setup();
    await user.hover(link);
    noCard();
    await wait(OPEN_DELAY_MS + 50);
    const preview = await card();

    await user.unhover(link);
    await user.hover(preview);
    await wait(CLOSE_DELAY_MS + 50);
    expect(preview).toBeInTheDocument();

    await user.unhover(preview);
    await wait(CLOSE_DELAY_MS + 50);
    noCard();
  });

  it('does not open when the pointer only passes over the term', async () => {
    const { user, link } = setup();
    await user.hover(link);
    await wait(OPEN_DELAY_MS / 3);
    await user.unhover(link);
    await wait(OPEN_DELAY_MS);
    noCard();
  });

  it('on touch, the first tap previews instead of navigating, and the card’s link navigates', async () => {
    const { user, router, link } = setup();
    await user.pointer({ keys: '[TouchA]', target: link });
    await card();
    expect(router.state.location.pathname).toBe('/articles/a');

    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('link', { name: /Read the full entry/ }) });
    await waitFor(() => expect(router.state.location.pathname).toBe('/glossary/tpe'));
    expect(screen.getByRole('heading', { name: 'Term page: tpe' })).toBeInTheDocument();
  });

  it('on touch, a tap elsewhere closes the card', async () => {
    const { user, link } = setup();
    await user.pointer({ keys: '[TouchA]', target: link });
    await card();
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button', { name: 'After' }) });
    noCard();
  });

  it('follows the link on a mouse click', async () => {
    const { user, router, link } = setup();
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/glossary/tpe'));
  });
});
