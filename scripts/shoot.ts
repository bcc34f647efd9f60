/** Dev aid: screenshots of a URL at phone and desktop widths, light and dark. Usage: tsx scripts/shoot.ts /path [name] */
import { chromium } from '@playwright/test';

const [route = '/', name = 'shot'] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    if (process.env.ONLY && !`${label}-${scheme}`.includes(process.env.ONLY)) continue;
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${label}-${scheme}] ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => console.log(`[${label}-${scheme}] pageerror: ${e.message}`));
    await page.goto(base + route, { waitUntil: 'networkidle' });
    if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, Number(y)), process.env.SCROLL);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/${name}-${label}-${scheme}.png`, fullPage: process.env.FULL === '1' });
    await page.close();
  }
}
await browser.close();
