import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SearchLauncher } from '../../../src/features/search/search-launcher.tsx';
import { isSearchShortcut, isTyping } from '../../../src/features/search/use-search-shortcut.ts';
import { siteFiles } from '../../../src/node/content/build-site.ts';
import { buildFixtureSite, fetchOf } from '../support/fixture-site.ts';

beforeAll(async () => {
  vi.stubGlobal('fetch', fetchOf(siteFiles(await buildFixtureSite())));
  // jsdom has <dialog> but not its modal methods: enough of them to open, close and say so.
  Element.prototype.scrollIntoView = () => {};
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterAll(() => vi.unstubAllGlobals());

function Where() {
  const location = useLocation();
  return <output aria-label="Location">{location.pathname + location.hash}</output>;
}

function renderApp() {
  const page = () => (
    <>
      <SearchLauncher />
      <button type="button">Elsewhere</button>
      <input aria-label="Notes" />
      <Where />
    </>
  );
  const router = createMemoryRouter([{ path: '*', Component: page }], { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
  return userEvent.setup();
}

const combobox = () => screen.findByRole('combobox', { name: 'Search articles and the glossary' });

describe('search dialog', () => {
  it('opens with "/", lists sections as options, moves with the arrows and opens with Enter', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await user.keyboard('/');
    const input = await combobox();
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await user.type(input, 'silicone');
    const options = await screen.findAllByRole('option');
    const listbox = screen.getByRole('listbox', { name: 'Results' });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(options.map((o) => o.querySelector('mark')?.textContent?.toLowerCase())).toContain('silicone');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)?.id);

    await user.clear(input);
    await user.type(input, 'detail');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(screen.getByRole('option')).toHaveTextContent('Why TPE matters');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('/articles/alpha#why-tpe-matters');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('opens with Ctrl+K and closes with Escape, giving focus back', async () => {
    const user = renderApp();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    await user.click(elsewhere);
    await user.keyboard('{Control>}k{/Control}');
    const input = await combobox();
    await user.type(input, 'tpe');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(elsewhere).toHaveFocus();
  });

  it('opens from the header button, says when nothing matched, and offers the results page', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const input = await combobox();
    await user.type(input, 'zzzzqx');
    expect(await screen.findByText('No results for “zzzzqx”.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('/search');
  });

  it('is not opened by "/" typed in a field', async () => {
    const user = renderApp();
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'a/b');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('a/b');
  });
});

describe('search shortcuts', () => {
  const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it.each([
    ['/', true, key('/')],
    ['Ctrl+K', true, key('k', { ctrlKey: true })],
    ['⌘K', true, key('k', { metaKey: true })],
    ['Ctrl+Shift+K', true, key('K', { ctrlKey: true })],
    ['k alone', false, key('k')],
    ['Ctrl+/', false, key('/', { ctrlKey: true })],
    ['Alt+/', false, key('/', { altKey: true })],
  ])('%s opens search: %s', (_name, expected, event) => {
    expect(isSearchShortcut(event)).toBe(expected);
  });

  it.each([
    ['<input>', '<input>', true],
    ['<input type=search>', '<input type="search">', true],
    ['<textarea>', '<textarea></textarea>', true],
    ['a checkbox', '<input type="checkbox">', false],
    ['a button', '<button>b</button>', false],
    ['a link', '<a href="/">a</a>', false],
  ])('typing in %s: %s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(isTyping(document.body.firstElementChild)).toBe(expected);
  });

  it('counts contenteditable as typing', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>text</p></div>';
    const p = document.querySelector('p');
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(p, 'isContentEditable', { value: true });
    expect(isTyping(p)).toBe(true);
  });
});
