import type { Envelope } from '../../src/contracts/envelope';
import type { ProductCommissionView } from '../../src/contracts/distribution-admin';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { boundShopper, buyAndPay, expectLedgerClean } from '../support/money-flow';
import { savePolicy } from '../support/distribution-steps';
import { snapshotStore } from '../support/snapshot-store';
import type { TestRuntime } from '../support/test-runtime';
import { runtimeWithStaff } from '../support/withdrawal-fixtures';

/**
 * The product editor's 分销 switch and per-SKU rates, written into the policy's productOverrides through a new
 * policy version, and paid out by the ordinary payment path (the policy snapshot taken at payment).
 */
let rt: TestRuntime;
let manager: string;
beforeEach(async () => ({ rt, staff: manager } = await runtimeWithStaff(['distribution'])));
afterEach(() => rt.close());

const code = (res: Envelope<unknown>) => (res.ok ? 'OK' : res.code);
const view = (productId: string) => rt.ok('distribution-admin', 'getProductCommission', { productId }, manager);
const set = async (productId: string, change: { distribution: boolean; skuRates?: Record<string, number[] | null> }) =>
  rt.call<ProductCommissionView>('distribution-admin', 'setProductCommission', { productId, skuRates: {}, ...change, expectedVersion: (await view(productId)).policyVersion }, manager);
const entriesOf = (orderId: string) => rt.store.find(COLLECTIONS.commissionEntries, { orderId }, { limit: 20 });

test('a product shows its policy rates and distribution on until staff change it', async () => {
  expect(await view('p01')).toEqual({
    productId: 'p01',
    policyVersion: 1,
    levels: 2,
    policyRatesBps: [1000, 500],
    distribution: true,
    productOverride: null,
    skus: [
      { skuId: 'p01-s1', specs: '5斤装', override: null },
      { skuId: 'p01-s2', specs: '10斤装', override: null },
    ],
  });
});

test('a product with distribution off pays no commission (its SKU rate included); other products still pay', async () => {
  expect(code(await set('p01', { distribution: true, skuRates: { 'p01-s1': [2000, 0] } }))).toBe('OK');
  const off = await set('p01', { distribution: false });
  expect(off).toMatchObject({ ok: true, data: { distribution: false, policyVersion: 3, skus: [{ override: null }, { override: null }] } });

  const shopper = await boundShopper(rt);
  const excluded = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }]);
  expect(await entriesOf(excluded.id)).toEqual([]);
  const skips = await rt.store.find(COLLECTIONS.commissionSkips, { orderId: excluded.id }, { limit: 10 });
  expect(skips.map((s) => [s.level, s.reason])).toContainEqual([1, 'NO_COMMISSION_PRODUCT']);

  const other = await buyAndPay(rt, shopper, [{ skuId: 'p02-s1', quantity: 1 }]);
  expect((await entriesOf(other.id)).map((e) => [e.beneficiaryId, e.amountFen])).toEqual([['dev_distributor', 358]]);

  // Back on: the product pays the policy rate again on the next order.
  expect(await set('p01', { distribution: true })).toMatchObject({ ok: true, data: { distribution: true } });
  const again = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect((await entriesOf(again.id)).map((e) => e.amountFen)).toEqual([399]);
  await expectLedgerClean(rt);
});

test('a SKU override pays its own rate while the product’s other SKU pays the policy rate; paid orders keep theirs', async () => {
  const shopper = await boundShopper(rt);
  const before = await buyAndPay(rt, shopper, [{ skuId: 'p01-s2', quantity: 1 }]);
  expect(await set('p01', { distribution: true, skuRates: { 'p01-s2': [2500, 500] } })).toMatchObject({
    ok: true,
    data: { policyVersion: 2, skus: [{ skuId: 'p01-s1', override: null }, { skuId: 'p01-s2', override: { kind: 'RATE', ratesBps: [2500, 500] } }] },
  });
  const own = await buyAndPay(rt, shopper, [{ skuId: 'p01-s2', quantity: 1 }]);
  const plain = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  expect((await entriesOf(own.id)).map((e) => [e.amountFen, e.basis])).toEqual([[Math.floor(6990 * 0.25), { kind: 'RATE', rateBps: 2500 }]]);
  expect((await entriesOf(plain.id)).map((e) => e.amountFen)).toEqual([399]);
  expect((await entriesOf(before.id)).map((e) => e.amountFen)).toEqual([699]);

  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: 'p01' }, { limit: 10 });
  expect(audit).toEqual([expect.objectContaining({ action: 'setProductCommission', actorId: manager, before: { version: 1, product: null, skus: {} }, after: { version: 2, product: null, skus: { 'p01-s2': { kind: 'RATE', ratesBps: [2500, 500] } } } })]);
  await expectLedgerClean(rt);
});

test('an override above the compliance cap, the wrong number of levels or a stale version is refused with its code and changes nothing', async () => {
  const before = await snapshotStore(rt.store);
  expect(code(await set('p01', { distribution: true, skuRates: { 'p01-s1': [9000, 1001] } }))).toBe('COMPLIANCE.RATES_OVER_100');
  expect(code(await set('p01', { distribution: true, skuRates: { 'p01-s1': [1000] } }))).toBe('DISTRIBUTION.INVALID_POLICY');
  expect(code(await set('p01', { distribution: true, skuRates: { 'p02-s1': [1000, 0] } }))).toBe('DISTRIBUTION.SKU_NOT_FOUND');
  expect(code(await set('p01', { distribution: false, skuRates: { 'p01-s1': [1000, 0] } }))).toBe('DISTRIBUTION.PRODUCT_EXCLUDED');
  const missing = await rt.call('distribution-admin', 'setProductCommission', { productId: 'nope', distribution: false, skuRates: {}, expectedVersion: 1 }, manager);
  expect(code(missing)).toBe('DISTRIBUTION.PRODUCT_NOT_FOUND');
  const stale = await rt.call('distribution-admin', 'setProductCommission', { productId: 'p01', distribution: false, skuRates: {}, expectedVersion: 7 }, manager);
  expect(code(stale)).toBe('DISTRIBUTION.STALE_VERSION');
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('a retried change succeeds without a second version; the policy form keeps the overrides it did not touch', async () => {
  const payload = { productId: 'p03', distribution: false, skuRates: {}, expectedVersion: 1 };
  expect(code(await rt.call('distribution-admin', 'setProductCommission', payload, manager))).toBe('OK');
  const retried = await rt.call<ProductCommissionView>('distribution-admin', 'setProductCommission', payload, manager);
  expect(retried).toMatchObject({ ok: true, data: { policyVersion: 2, distribution: false } });
  const saved = await savePolicy(rt, { freezeDays: 3 });
  expect(saved.policy.productOverrides.byProductId).toEqual({ p03: { kind: 'NONE' } });
});
