import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRoutes } from '../../../src/app/routes.tsx';
import { createDataSource, type ReadData } from '../../../src/content/data-source.ts';
import { siteFiles } from '../../../src/node/content/build-site.ts';
import { buildFixtureSite, readerOf } from '../support/fixture-site.ts';

let read: ReadData;
/** The same library cut into pages of one article. */
let readPaged: ReadData;

beforeAll(async () => {
  const site = await buildFixtureSite();
  read = readerOf(siteFiles(site));
  readPaged = readerOf(siteFiles(site, 1));
});

function renderAt(url: string, source = read) {
  const router = createMemoryRouter(createRoutes(createDataSource(source)), { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('routes', () => {
  it('/ lists every article with its summary and reading time', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'The library' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alpha Article' })).toHaveAttribute('href', '/articles/alpha');
    expect(screen.getByRole('link', { name: 'Beta Article' })).toBeInTheDocument();
    expect(screen.getByText('The first article.')).toBeInTheDocument();
    expect(screen.getAllByText('1 min read')).toHaveLength(2);
  });

  it('/articles/:slug shows the article with headings carrying their section ids and a table of contents', async () => {
    renderAt('/articles/alpha');
    expect(await screen.findByRole('heading', { level: 1, name: 'Alpha Article' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Why TPE matters' })).toHaveAttribute('id', 'why-tpe-matters');
    const toc = screen.getByRole('navigation', { name: 'Table of contents' });
    expect(toc).toHaveTextContent('Cure times');
    expect(screen.getByRole('link', { name: 'Link to section: Cure times' })).toHaveAttribute('href', '/articles/alpha#cure-times');
    expect(screen.getByRole('link', { name: /Next article/ })).toHaveAttribute('href', '/articles/beta');
  });

  it('links external URLs with noopener noreferrer and keeps in-app links in the app', async () => {
    renderAt('/articles/alpha');
    const external = await screen.findByRole('link', { name: /out/ });
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    expect(external).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'beta' })).toHaveAttribute('href', '/articles/beta#the-end');
  });

  it('/glossary/:term shows the definition, related terms and mentions', async () => {
    renderAt('/glossary/tpe');
    expect(await screen.findByRole('heading', { level: 1, name: 'TPE' })).toBeInTheDocument();
    expect(screen.getByText('A soft, flexible polymer.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Related terms' })).toContainElement(screen.getAllByRole('link', { name: 'Silicone' })[0] ?? null);
    const alpha = screen.getByRole('list', { name: 'Sections of Alpha Article' });
    expect(within(alpha).getByRole('link', { name: 'Why TPE matters' })).toHaveAttribute('href', '/articles/alpha#why-tpe-matters');
  });

  it('redirects an alias to its term', async () => {
    const router = renderAt('/glossary/thermoplastic-elastomer');
    expect(await screen.findByRole('heading', { level: 1, name: 'TPE' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/glossary/tpe');
  });

  it.each(['/articles/gamma', '/glossary/latex', '/no/such/page', '/articles/NOT_A_SLUG'])('%s shows the not-found page with links back', async (url) => {
    renderAt(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the library' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found · Minutiae'));
  });

  describe('library pages', () => {
    it('/ shows the newest article and a pager to the older one', async () => {
      renderAt('/', readPaged);
      expect(await screen.findByRole('link', { name: 'Beta Article' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Alpha Article' })).not.toBeInTheDocument();
      const pager = screen.getByRole('navigation', { name: 'Library pages' });
      expect(within(pager).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
      expect(within(pager).getByRole('link', { name: /Older/ })).toHaveAttribute('href', '/page/2');
      expect(within(pager).queryByRole('link', { name: /Newer/ })).not.toBeInTheDocument();
      expect(screen.getByText('2 articles, newest first · page 1 of 2')).toBeInTheDocument();
    });

    it('/page/2 shows the older article, titled with its page', async () => {
      renderAt('/page/2', readPaged);
      expect(await screen.findByRole('link', { name: 'Alpha Article' })).toBeInTheDocument();
      const pager = screen.getByRole('navigation', { name: 'Library pages' });
      expect(within(pager).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
      expect(within(pager).getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/');
      await waitFor(() => expect(document.title).toBe('The library, page 2 · Minutiae'));
    });

    it('/topics/:topic lists that topic only, and the filter marks it', async () => {
      renderAt('/topics/finish', readPaged);
      expect(await screen.findByRole('heading', { level: 1, name: 'Finish' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Beta Article' })).toBeInTheDocument();
      expect(screen.queryByRole('navigation', { name: 'Library pages' })).not.toBeInTheDocument();
      expect(within(screen.getByRole('navigation', { name: 'Filter by topic' })).getByRole('link', { name: 'Finish' })).toHaveAttribute('aria-current', 'page');
    });

    it('/page/1 redirects to /', async () => {
      const router = renderAt('/page/1', readPaged);
      expect(await screen.findByRole('link', { name: 'Beta Article' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/');
    });

    it('/?topic= from before the library had pages goes on to the topic page', async () => {
      const router = renderAt('/?topic=finish', readPaged);
      expect(await screen.findByRole('heading', { level: 1, name: 'Finish' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/topics/finish');
    });

    it.each(['/page/3', '/page/0', '/page/02', '/topics/nothing', '/topics/finish/page/2'])('%s is not found', async (url) => {
      renderAt(url, readPaged);
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    });
  });
});
