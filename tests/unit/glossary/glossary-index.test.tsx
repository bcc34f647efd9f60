import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { GlossaryIndex } from '../../../src/features/glossary/glossary-index.tsx';
import type { GlossaryData, GlossaryEntry, Topic } from '../../../src/shared/content-types.ts';

const entry = (id: string, term: string, topic: string, short: string, ...aliases: string[]) => ({ id, term, topic, short, aliases }) as GlossaryEntry;

const glossary: GlossaryData = {
  terms: [
    entry('airbrushing', 'Airbrushing', 'finish', 'Applying paint as a fine spray.', 'airbrush'),
    entry('matte-finish', 'Matte finish', 'finish', 'A surface that scatters light.', 'flat finish'),
    entry('tpe', 'TPE', 'materials', 'A soft polymer.', 'thermoplastic elastomer'),
    entry('resin', 'Resin', 'materials', 'A liquid that cures hard.'),
  ],
  topics: [
    { id: 'materials', title: 'Materials', description: 'What things are made of.' },
    { id: 'finish', title: 'Surface and finish', description: 'The skin of a piece.' },
  ] as Topic[],
};

function setup() {
  const router = createMemoryRouter([{ path: '/glossary', element: <GlossaryIndex {...glossary} /> }], { initialEntries: ['/glossary'] });
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), filter: screen.getByRole('searchbox', { name: 'Filter terms' }) };
}

const termNames = () => screen.queryAllByRole('term').map((t) => within(t).getByRole('link').textContent);
/** The group headings as read out: the "articles →" cue beside a topic is hidden from the name. */
const headings = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.firstChild?.firstChild?.textContent ?? h.textContent);

describe('GlossaryIndex', () => {
  it('lists every term under its topic, each topic heading leading to the library filtered by it', () => {
    setup();
    expect(headings()).toEqual(['Materials', 'Surface and finish']);
    expect(screen.getByRole('heading', { name: 'Materials' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Materials' })).toHaveAttribute('href', '/topics/materials');
    expect(termNames()).toEqual(['TPE', 'Resin', 'Airbrushing', 'Matte finish']);
    expect(screen.getByRole('status')).toHaveTextContent('4 terms');
  });

  it('narrows the list as you type, by name, alias or definition, and says how many match', async () => {
    const { user, filter } = setup();
    await user.type(filter, 'air');
    expect(termNames()).toEqual(['Airbrushing']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 4 terms matches');
    expect(headings()).toEqual(['Surface and finish']); // no topic description or empty topic while filtering

    await user.clear(filter);
    await user.type(filter, 'flat');
    expect(termNames()).toEqual(['Matte finish']);
    expect(screen.getByText(/also/)).toHaveTextContent('also “flat finish”');

    await user.clear(filter);
    await user.type(filter, 'cures');
    expect(termNames()).toEqual(['Resin']);
  });

  it('clears with Escape, or from the empty state', async () => {
    const { user, filter } = setup();
    await user.type(filter, 'zzz');
    expect(termNames()).toEqual([]);
    expect(screen.getByText('No term, alias or definition contains “zzz”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(filter).toHaveValue('');
    expect(filter).toHaveFocus();
    expect(termNames()).toHaveLength(4);

    await user.type(filter, 'tpe');
    expect(termNames()).toEqual(['TPE']);
    await user.keyboard('{Escape}');
    expect(filter).toHaveValue('');
    expect(termNames()).toHaveLength(4);
  });

  it('switches to A–Z, with letter jump links, and keeps the filter', async () => {
    const { user, filter } = setup();
    await user.click(screen.getByRole('button', { name: 'A–Z' }));
    expect(screen.getByRole('button', { name: 'A–Z' })).toHaveAttribute('aria-pressed', 'true');
    expect(headings()).toEqual(['A', 'M', 'R', 'T']);
    expect(termNames()).toEqual(['Airbrushing', 'Matte finish', 'Resin', 'TPE']);
    const letters = screen.getByRole('navigation', { name: 'Jump to letter' });
    expect(within(letters).getByRole('link', { name: 'M' })).toHaveAttribute('href', '/glossary#letter-m');
    expect(within(letters).queryByRole('link', { name: 'B' })).not.toBeInTheDocument();

    await user.type(filter, 'soft');
    expect(termNames()).toEqual(['TPE']);
    expect(within(letters).getAllByRole('link').map((l) => l.textContent)).toEqual(['T']);
  });

  it('hydrates the prerendered page without a mismatch, taking up text typed before it did', () => {
    const ui = (
      <MemoryRouter initialEntries={['/glossary']}>
        <GlossaryIndex {...glossary} />
      </MemoryRouter>
    );
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(ui);
    const box = container.querySelector('input');
    if (box) box.value = 'resin';
    const errors = vi.spyOn(console, 'error');

    render(ui, { container, hydrate: true });
    expect(screen.getByRole('searchbox')).toHaveValue('resin');
    expect(termNames()).toEqual(['Resin']);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
