import { defineConfig, devices } from '@playwright/test';
import { e2ePort as PORT } from './tests/e2e/support/server.ts';

/** Debian's Chromium: Playwright's own browser downloads are not used. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry: a test that fails twice fails the run; one that passes on retry is reported as flaky.
  retries: 1,
  forbidOnly: true,
  reporter: [['list']],
  // Generous: a loaded 2-core machine runs these several times slower than a quiet one.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never a server already running: it may serve another build than the one under test.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
