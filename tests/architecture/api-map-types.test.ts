import { z } from 'zod';
import { defineApi, returns } from '../../src/contracts/api/define-api';
import { createHandler } from '../../cloudfunctions/shared/kernel/handler/create-handler';
import { createTestRuntime } from '../support/test-runtime';

/**
 * What the API maps make a compile error (`npx tsc --noEmit -p .` checks the @ts-expect-error lines: each must
 * really be an error), and what the handler does with a map's permission at run time.
 */
const demoApi = defineApi('demo', {
  ping: { input: z.object({ n: z.number().int() }).strict(), result: returns<{ n: number }>(), permission: 'user' },
  audit: { input: z.object({}).strict(), result: returns<{ ok: true }>(), permission: 'finance' },
});

test('createHandler takes exactly one run per action of the map, answering its result type', () => {
  const ping = async (_ctx: unknown, p: { n: number }) => ({ n: p.n });
  const audit = async () => ({ ok: true as const });
  expect(createHandler(demoApi, { ping, audit }).api).toBe(demoApi);
  // @ts-expect-error an action of the map without its run
  createHandler(demoApi, { ping });
  // @ts-expect-error a run for an action the map does not have
  createHandler(demoApi, { ping, audit, extra: audit });
  // @ts-expect-error a run answering another result type
  createHandler(demoApi, { ping: async () => ({ n: 'one' }), audit });
});

test('rt.ok checks the function, the action and the payload against the maps', async () => {
  const rt = await createTestRuntime({ seed: false });
  try {
    const call = () => {
      // @ts-expect-error a typo in an action name
      void rt.ok('orders', 'getOrdr', { orderId: 'x' }, 'dev_customer');
      // @ts-expect-error a payload field of the wrong type
      void rt.ok('orders', 'getOrder', { orderId: 1 }, 'dev_customer');
    };
    expect(typeof call).toBe('function');
  } finally {
    await rt.close();
  }
});

test('the handler refuses a caller without the permission the map declares, before the action runs', async () => {
  const rt = await createTestRuntime();
  let ran = 0;
  const handler = createHandler(demoApi, {
    ping: async (_ctx, p) => ({ n: p.n }),
    audit: async () => {
      ran += 1;
      return { ok: true as const };
    },
  });
  const ctx = (openid: string) => ({ openid, source: 'wx_client', requestId: 'r', store: rt.store, platform: rt.platform, now: new Date(), log: rt.log }) as never;
  try {
    expect(await handler({ action: 'audit', payload: {} }, ctx('dev_customer'))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(ran).toBe(0);
    expect(await handler({ action: 'audit', payload: {} }, ctx('dev_staff'))).toEqual({ ok: true, data: { ok: true } });
    expect(await handler({ action: 'ping', payload: { n: 2 } }, ctx('dev_customer'))).toEqual({ ok: true, data: { n: 2 } });
  } finally {
    await rt.close();
  }
});
