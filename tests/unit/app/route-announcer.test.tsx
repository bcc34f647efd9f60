import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../../src/app/routes.tsx';
import { createDataSource, type ReadData } from '../../../src/content/data-source.ts';
import { siteFiles } from '../../../src/node/content/build-site.ts';
import { buildFixtureSite, readerOf } from '../support/fixture-site.ts';

/** How late the announcer's code arrives: longer than a navigation between two loaded pages. */
const { SLOW_MS } = vi.hoisted(() => ({ SLOW_MS: 1500 }));

// The announcer's code arrives late, as on a slow network or a busy CPU: the reader's first
// navigation must still move focus and be announced.
vi.mock('../../../src/app/route-announcer.tsx', async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
  return importOriginal();
});

/** Generous: the machine running the tests may be busy; an announcer that never acts fails anyway. */
const WAIT = { timeout: 5000 };

let read: ReadData;

beforeAll(async () => {
  read = readerOf(siteFiles(await buildFixtureSite()));
  // Both pages' code in the module cache, so navigating between them is quick.
  await Promise.all([import('../../../src/app/pages/library-page.tsx'), import('../../../src/app/pages/article-page.tsx')]);
});

async function openLibrary() {
  const router = createMemoryRouter(createRoutes(createDataSource(read)), { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1, name: 'The library' }, WAIT);
  return router;
}

const liveRegion = () => document.querySelector('[aria-live="polite"]');

describe('route announcer', () => {
  it('after the first client-side navigation, focuses the new page heading and announces its title', async () => {
    const user = userEvent.setup();
    await openLibrary();
    // A live region is heard only when it is in the page before its text changes.
    expect(liveRegion(), 'live region before the first navigation').toBeInTheDocument();
    expect(liveRegion()?.textContent).toBe('');
    await user.click(screen.getByRole('link', { name: 'Alpha Article' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Alpha Article' }, WAIT);
    await waitFor(() => expect(heading).toHaveFocus(), WAIT);
    expect(liveRegion()).toHaveTextContent('Alpha Article · Minutiae');
  }, 20_000);

  it('focuses the linked section heading; a jump within the page is not announced again', async () => {
    const router = await openLibrary();
    await router.navigate('/articles/alpha#why-tpe-matters');
    const section = await screen.findByRole('heading', { level: 2, name: 'Why TPE matters' }, WAIT);
    await waitFor(() => expect(section).toHaveFocus(), WAIT);
    expect(liveRegion()).toHaveTextContent('Alpha Article · Minutiae');

    // A memory router does not see plain `#` links (the browser's history does): navigate as they would.
    document.title = 'Changed';
    await router.navigate('#cure-times');
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Cure times' })).toHaveFocus(), WAIT);
    expect(liveRegion()).toHaveTextContent('Alpha Article · Minutiae');
  }, 20_000);
});
