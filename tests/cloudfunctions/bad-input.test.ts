import { FUNCTIONS } from '../../server/function-registry';
import type { ActionHandler } from '../../cloudfunctions/shared/kernel/handler/define-action';
import { invokeFunction } from '../../server/local-runtime';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { snapshotStore } from '../support/snapshot-store';

let rt: TestRuntime;
beforeAll(async () => (rt = await createTestRuntime()));
afterAll(() => rt.close());

const BAD_PAYLOADS: unknown[] = [
  'a string',
  42,
  [1, 2],
  { $gt: '' },
  { unknownField: 1 },
  { orderId: { $gt: '' }, productId: { $ne: null }, scene: { $regex: '.*' } },
  { orderId: 'x'.repeat(10_000), productId: 'x'.repeat(10_000), scene: '%E4%BD%A0' },
  { requestId: 'abcdefgh', lines: [{ skuId: 'p01-s1', quantity: -1 }], address: {} },
  { requestId: 'abcdefgh', lines: [{ skuId: 'p01-s1', quantity: 1.5 }], address: {} },
  { cursor: -1, limit: 1e9 },
  { target: { kind: 'product', productId: '😀'.repeat(100) } },
];

const actionHandlers = Object.entries(FUNCTIONS).filter((entry): entry is [string, ActionHandler] => 'api' in entry[1]);
const cases = actionHandlers.flatMap(([fn, handler]) => Object.keys(handler.api.actions).map((action) => [fn, action] as const));

test('every action of every function is covered', () => {
  expect(cases.length).toBeGreaterThanOrEqual(14);
});

test.each(cases)('%s.%s refuses bad payloads with a typed code and a Chinese message, writing nothing', async (fn, action) => {
  const before = await snapshotStore(rt.store);
  for (const payload of BAD_PAYLOADS) {
    const res = (await rt.call(fn, action, payload, 'dev_customer')) as { ok: boolean; code?: string; message?: string };
    expect(res.ok).toBe(false);
    expect(res.code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  }
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test.each([
  ['no action', { payload: {} }, 'COMMON.INVALID_PAYLOAD'],
  ['unknown action', { action: 'dropDatabase', payload: {} }, 'COMMON.UNKNOWN_ACTION'],
  ['prototype key as action', { action: '__proto__', payload: {} }, 'COMMON.UNKNOWN_ACTION'],
  ['not an object', 'hello', 'COMMON.INVALID_PAYLOAD'],
])('an event with %s is refused', async (_name, event, code) => {
  const res = await invokeFunction(rt, 'orders', event, { openid: 'dev_customer', source: 'wx_client' });
  expect(res).toMatchObject({ ok: false, code });
});
