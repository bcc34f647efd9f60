import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HashLink } from '../../../src/components/hash-link.tsx';

function Page() {
  const location = useLocation();
  return (
    <>
      <HashLink target="letter-m">M</HashLink>
      <output>{`${location.pathname}${location.search}${location.hash}`}</output>
    </>
  );
}

describe('HashLink', () => {
  it('links to the place on this page, keeping the query, and moves there as a router navigation', async () => {
    const router = createMemoryRouter([{ path: '/glossary', element: <Page /> }], { initialEntries: ['/glossary?q=resin'] });
    render(<RouterProvider router={router} />);
    const link = screen.getByRole('link', { name: 'M' });
    expect(link).toHaveAttribute('href', '/glossary?q=resin#letter-m');

    await act(() => userEvent.click(link));
    expect(screen.getByRole('status')).toHaveTextContent('/glossary?q=resin#letter-m');
    // A history entry of the router's own (PUSH), with a key of its own: not the browser's "default".
    expect(router.state.historyAction).toBe('PUSH');
    expect(router.state.location.key).not.toBe('default');
  });
});
