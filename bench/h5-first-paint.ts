import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalServer } from '../server/start-local-server';
import { ensureH5Build, H5_DIR } from '../tests/e2e/support/ensure-h5-build';
import { browserAvailable, launchBrowser } from '../tests/e2e/support/launch-browser';
import { row, type BenchRow } from './bench-row';

/** First contentful paint of the home page in headless Chromium against the local server, median of five cold loads. */
export async function h5FirstPaint(): Promise<BenchRow[]> {
  if (!browserAvailable()) return [];
  ensureH5Build();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-paint-'));
  const server = await startLocalServer({ port: 0, dataDir, h5Dir: H5_DIR, log: { info: () => undefined, error: () => undefined }, timerIntervalMs: 0 });
  const browser = await launchBrowser();
  const paints: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
      paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  paints.sort((a, b) => a - b);
  return [row('h5', 'home first contentful paint (median of 5)', paints[2] ?? 0, 'ms', { max: 1000 })];
}
