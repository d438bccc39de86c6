import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Envelope } from '../../../src/contracts/envelope';
import { quietLogger } from '../../../server/local-runtime';
import { startLocalServer, type LocalServer } from '../../../server/start-local-server';
import { ensureH5Build, H5_DIR } from './ensure-h5-build';
import { browserAvailable, launchBrowser } from './launch-browser';
import { ownerOverGateway, seedDemoMarketing } from '../../../server/seed/seed-demo-marketing';

/** A whole local shop on a free port with a fresh database, and a browser to use it as people would. */
export interface E2eShop {
  server: LocalServer;
  browser: Browser;
  /** A phone-sized page signed in as a persona; null is a brand-new visitor (the shop gives them an identity). */
  pageAs(openid: string | null): Promise<Page>;
  /** Numbered full-page screenshot under tests/e2e/artifacts/<name>/, after animations settle. */
  shot(page: Page, name: string): Promise<void>;
  text(page: Page, selector: string): Promise<string>;
  /** The same HTTP API the H5 client uses, as a persona; a refusal throws. */
  api<T>(fn: string, action: string, payload: object, openid: string): Promise<T>;
  /** A local-only dev route (`/api/dev/<route>`). */
  dev<T>(route: string, body?: object): Promise<T>;
  close(): Promise<void>;
}

export async function startE2eShop(name: string, options: { now?: () => Date } = {}): Promise<E2eShop> {
  ensureH5Build();
  const artifacts = path.join(__dirname, '..', 'artifacts', name);
  fs.mkdirSync(artifacts, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `wfx-e2e-${name}-`));
  const server = await startLocalServer({ port: 0, dataDir, h5Dir: H5_DIR, log: quietLogger, timerIntervalMs: 0, ...(options.now ? { now: options.now } : {}) });
  const browser = await launchBrowser();
  let step = 0;
  const post = (url: string, body: object, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  return {
    server,
    browser,
    async pageAs(openid) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' });
      if (openid) await context.addInitScript((id) => window.localStorage.setItem('wfx.dev-openid', id), openid);
      return context.newPage();
    },
    async shot(page, shotName) {
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(artifacts, `${String(++step).padStart(2, '0')}-${shotName}.png`), fullPage: true });
    },
    text: async (page, selector) => ((await page.locator(selector).first().textContent()) ?? '').trim(),
    async api<T>(fn: string, action: string, payload: object, openid: string) {
      const envelope = (await (await post(`${server.url}/api/fn/${fn}`, { action, payload }, { 'x-dev-openid': openid })).json()) as Envelope<T>;
      if (!envelope.ok) throw new Error(`${fn}.${action}: ${envelope.code} ${envelope.message}`);
      return envelope.data;
    },
    dev: async <T>(route: string, body: object = {}) => (await post(`${server.url}/api/dev/${route}`, body)).json() as Promise<T>,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One e2e file's shop: a describe block (skipped where no Chromium is installed) that starts the shop before its tests,
 * optionally with what `npm start` adds (coupon, activities, the demo store, draws, stamp cards, 签到 points), and
 * closes it after. The body gets the shop as it will be once started.
 */
export function describeShop(title: string, name: string, options: { now?: () => Date; demo?: boolean }, body: (shop: E2eShop) => void): void {
  (browserAvailable() ? describe : describe.skip)(title, () => {
    let started: E2eShop | undefined;
    beforeAll(async () => {
      started = await startE2eShop(name, options.now ? { now: options.now } : {});
      if (options.demo) await seedDemoMarketing(ownerOverGateway(started.server.url), new Date());
    }, 300_000);
    afterAll(() => started?.close());
    body(
      new Proxy({} as E2eShop, {
        get(_target, key) {
          if (!started) throw new Error(`the e2e shop ${name} has not started`);
          const value: unknown = Reflect.get(started, key);
          return typeof value === 'function' ? value.bind(started) : value;
        },
      }),
    );
  });
}
