import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterHydration } from '../../../src/components/after-hydration.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Stands in for the browser's idle callback: the test says when the main thread is idle. */
function stubIdle() {
  const waiting: (() => void)[] = [];
  const requestIdleCallback = vi.fn((run: () => void) => waiting.push(run));
  vi.stubGlobal('requestIdleCallback', requestIdleCallback);
  return {
    requestIdleCallback,
    idle: () => act(() => waiting.splice(0).forEach((run) => run())),
  };
}

describe('AfterHydration', () => {
  it('renders its children once mounted in the browser', () => {
    render(
      <AfterHydration>
        <p>Install app</p>
      </AfterHydration>,
    );
    expect(screen.getByText('Install app')).toBeInTheDocument();
  });

  it('with whenIdle, waits for the browser to be idle (at most 2 s) before rendering them', async () => {
    const browser = stubIdle();
    render(
      <AfterHydration whenIdle>
        <p>Install app</p>
      </AfterHydration>,
    );
    expect(screen.queryByText('Install app')).not.toBeInTheDocument();
    expect(browser.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 2000 });
    await browser.idle();
    expect(screen.getByText('Install app')).toBeInTheDocument();
  });
});
