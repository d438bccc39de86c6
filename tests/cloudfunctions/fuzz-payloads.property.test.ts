import fc from 'fast-check';
import type { ActionHandler } from '../../cloudfunctions/shared/kernel/handler/define-action';
import { FUNCTIONS } from '../../server/function-registry';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { snapshotStore } from '../support/snapshot-store';

/** Values that break naive handlers: operator injection, prototype keys, huge and odd strings, bad numbers. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom({ $gt: '' }, { $ne: null }, { $where: '1' }, { __proto__: { admin: true } }, { constructor: { prototype: {} } }),
  fc.constantFrom(-1, 0.5, -0.0, 1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity),
  fc.constantFrom('😀'.repeat(50), 'x'.repeat(20_000), "'; DROP TABLE users; --", '%00', '../../etc/passwd', ''),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const hostilePayload: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(fc.constantFrom('orderId', 'productId', 'skuId', 'scene', 'amountFen', 'lines', 'requestId', 'openid', 'role', 'price', 'cursor', 'limit', 'target', 'userId', 'withdrawalId', '$gt', '__proto__'), hostileValue, { maxKeys: 5 }),
  fc.anything({ maxDepth: 2 }),
  hostileValue,
);

const actionHandlers = Object.entries(FUNCTIONS).filter((entry): entry is [string, ActionHandler] => 'api' in entry[1]);
const cases = actionHandlers.flatMap(([fn, handler]) => Object.keys(handler.api.actions).map((action) => ({ fn, action })));

let rt: TestRuntime;
beforeAll(async () => (rt = await createTestRuntime()));
afterAll(() => rt.close());

test('random hostile payloads to every action: a typed Chinese refusal that writes nothing, or a valid answer — never a crash', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...cases), hostilePayload, fc.constantFrom('dev_customer', 'dev_distributor', 'dev_staff'), async ({ fn, action }, payload, caller) => {
      const before = await snapshotStore(rt.store);
      const res = (await rt.call(fn, action, payload, caller)) as { ok: boolean; code?: string; message?: string };
      if (res.ok) return;
      expect(res.code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
      expect(res.code).not.toBe('COMMON.INTERNAL');
      expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await snapshotStore(rt.store)).toEqual(before);
    }),
    { numRuns: 400 },
  );
  // Still serving after all of it.
  expect(await rt.call('catalog', 'listProducts', {}, 'dev_customer')).toMatchObject({ ok: true });
}, 120_000);
