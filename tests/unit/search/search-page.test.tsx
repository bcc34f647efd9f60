import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../../src/app/routes.tsx';
import { createDataSource, type ReadData } from '../../../src/content/data-source.ts';
import { siteFiles } from '../../../src/node/content/build-site.ts';
import { buildFixtureSite, fetchOf, readerOf } from '../support/fixture-site.ts';

let read: ReadData;

beforeAll(async () => {
  const files = siteFiles(await buildFixtureSite());
  read = readerOf(files);
  vi.stubGlobal('fetch', fetchOf(files));
});
afterAll(() => vi.unstubAllGlobals());

function renderAt(url: string) {
  const router = createMemoryRouter(createRoutes(createDataSource(read)), { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('/search', () => {
  it('searches for the query in the URL and links each result to its section or term', async () => {
    renderAt('/search?q=silicone');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search articles and the glossary' })).toHaveValue('silicone');
    const results = within(await screen.findByRole('list', { name: 'Results' })).getAllByRole('listitem');
    const links = results.map((item) => within(item).getByRole('link'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/glossary/silicone', '/glossary/platinum-cure-silicone', '/articles/alpha#why-tpe-matters']),
    );
    expect(screen.getByText(`${results.length} results`)).toHaveAttribute('role', 'status');
    const section = results.find((item) => within(item).queryByRole('link', { name: 'Why TPE matters' }));
    expect(section).toHaveTextContent('Alpha Article');
    expect(section?.querySelector('mark')).toHaveTextContent(/silicone/i);
  });

  it('writes what is typed to the URL, so the page can be reloaded or shared', async () => {
    const router = renderAt('/search');
    const user = userEvent.setup();
    const field = await screen.findByRole('searchbox', { name: 'Search articles and the glossary' });
    await user.type(field, 'cure times');
    expect(await screen.findByRole('link', { name: 'Cure times' })).toHaveAttribute('href', '/articles/alpha#cure-times');
    await waitFor(() => expect(router.state.location.search).toBe('?q=cure+times'));
    expect(field).toHaveValue('cure times');
  });

  it('puts a search button in the header', async () => {
    renderAt('/');
    const button = await screen.findByRole('button', { name: 'Search' });
    expect(button.closest('.site-header')).not.toBeNull();
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  });
});
