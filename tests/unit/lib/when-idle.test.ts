import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/lib/when-idle.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('waits for the browser’s idle callback, capped by the timeout given', async () => {
    let idle: (() => void) | undefined;
    const requestIdleCallback = vi.fn((run: () => void) => {
      idle = run;
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    let done = false;
    const waiting = whenIdle(5000).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 5000 });
    idle?.();
    await waiting;
    expect(done).toBe(true);
  });

  it('asks for no timeout when given none', () => {
    const requestIdleCallback = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    void whenIdle();
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), undefined);
  });

  it('without requestIdleCallback, resolves after 2 s, or sooner with a shorter timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    expect('requestIdleCallback' in window).toBe(false);
    let late = false;
    let soon = false;
    void whenIdle().then(() => (late = true));
    void whenIdle(500).then(() => (soon = true));
    await vi.advanceTimersByTimeAsync(499);
    expect([soon, late]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect([soon, late]).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(1500);
    expect(late).toBe(true);
  });
});
