import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FnAction, FnName, FnPayload, FnResult } from '../../src/contracts/api/apis';
import type { Envelope } from '../../src/contracts/envelope';
import { createLocalPlatform } from '../../cloudfunctions/shared/kernel/platform/local-platform';
import { CloudbaseStore } from '../../cloudfunctions/shared/kernel/store/cloudbase-store';
import { EmbeddedStore } from '../../cloudfunctions/shared/kernel/store/embedded-store';
import type { Store } from '../../cloudfunctions/shared/kernel/store/store';
import { invokeFunction, type LocalRuntime } from '../../server/local-runtime';
import { seedDemoData } from '../../server/seed/seed-demo-data';
import { simulatePay } from '../../server/simulate-pay';
import { createFakeCloudbaseDb } from './fake-cloudbase-db';

export interface TestRuntime extends LocalRuntime {
  dataDir: string;
  errors: string[];
  /** Calls an action as `openid` (what the platform would inject) and returns the envelope. */
  call<T = unknown>(fn: string, action: string, payload: unknown, openid: string | null): Promise<Envelope<T>>;
  /**
   * Calls an action and fails the test unless it succeeded: the function, the action and the payload are checked
   * against the API maps (src/contracts/api/), the result is the action's. Deliberately wrong calls use `call`.
   */
  ok<F extends FnName, K extends FnAction<F>>(fn: F, action: K, payload: FnPayload<F, K>, openid: string): Promise<FnResult<F, K>>;
  pay(orderId: string): Promise<{ errcode: number; errmsg: string }>;
  advance(ms: number): void;
  close(): Promise<void>;
}

/** A seeded demo shop on an in-memory embedded store, driven through the real function handlers. */
/** `wrapStore` lets a test put a wrapper (e.g. fault injection or operation counting) around the real store. */
export async function createTestRuntime(options: { seed?: boolean; wrapStore?: (store: Store) => Store } = {}): Promise<TestRuntime> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-test-'));
  // WFX_TEST_STORE=cloudbase-fake runs any suite on the production adapter over the fake CloudBase database.
  const embedded = process.env.WFX_TEST_STORE === 'cloudbase-fake' ? new CloudbaseStore(createFakeCloudbaseDb()) : new EmbeddedStore(':memory:');
  const store = options.wrapStore ? options.wrapStore(embedded) : embedded;
  let clock = Date.parse('2026-11-20T02:00:00.000Z');
  const errors: string[] = [];
  const runtime: TestRuntime = {
    store,
    dataDir,
    errors,
    now: () => new Date(clock),
    log: { info: () => undefined, error: (message) => void errors.push(message) },
    platform: createLocalPlatform({ dataDir, publicBaseUrl: 'http://localhost:10086' }),
    call: (fn, action, payload, openid) => invokeFunction(runtime, fn, { action, payload }, { openid, source: 'wx_client' }) as never,
    async ok(fn, action, payload, openid) {
      const res = (await runtime.call(fn, action, payload, openid)) as Envelope<never>;
      if (!res.ok) throw new Error(`${fn}.${action} failed: ${res.code} ${res.message}`);
      return res.data;
    },
    pay: (orderId) => simulatePay(runtime, orderId) as Promise<{ errcode: number; errmsg: string }>,
    advance: (ms) => void (clock += ms),
    close: async () => {
      await store.close();
      // A code image may still be landing in the folder (a page asked for it just before the test ended).
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
  if (options.seed !== false) await seedDemoData(store, dataDir, runtime.now());
  return runtime;
}

export const ADDRESS = { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' };

let requestCounter = 0;
/** A fresh idempotency key per checkout. */
export function aRequestId(): string {
  requestCounter += 1;
  return `req-${process.pid}-${requestCounter}-${Date.now()}`;
}
