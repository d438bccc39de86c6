import type { FnAction, FnPayload } from '../../src/contracts/api/apis';
import fs from 'node:fs';
import path from 'node:path';
import { PAGES } from '../../src/contracts/pages';
import { createNewUser } from '../../server/seed/personas';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { DAY_MS, buyAndPay, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { savePolicy } from '../support/distribution-steps';

const D = 'dev_distributor';
// The smallest valid PNG signature followed by some bytes: the server checks the signature, not the pixels.
const PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]).toString('base64');

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const shop = <K extends FnAction<'distributor'>>(action: K, payload: FnPayload<'distributor', K>, openid = D) => rt.ok('distributor', action, payload, openid);

describe('my shop', () => {
  test('name, intro, logo and 3 picks show on the public page, in the owner’s order, at HQ prices', async () => {
    await shop('updateMyShop', { name: '小李鲜果', intro: '每天现摘' });
    const withLogo = await shop('uploadShopImage', { kind: 'logo', contentType: 'image/png', dataBase64: PNG_BASE64 });
    expect(withLogo.logoUrl).toMatch(/^\/files\/uploads\/shops\/[0-9A-Za-z]+\/logo-[0-9a-f]{16}\.png$/);
    expect(fs.readFileSync(path.join(rt.dataDir, (withLogo.logoUrl ?? '').replace(/^\/files\//, ''))).toString('base64')).toBe(PNG_BASE64);
    const mine = await shop('setShopProducts', { productIds: ['p05', 'p01', 'p03'] });

    const visitor = await createNewUser(rt);
    const seen = await rt.ok('distributor', 'getShop', { shopId: mine.shopId }, visitor);
    expect(seen).toMatchObject({ name: '小李鲜果', intro: '每天现摘', logoUrl: withLogo.logoUrl });
    expect(seen.products.map((p) => [p.id, p.priceFen])).toEqual([['p05', 4900], ['p01', 3990], ['p03', 2990]]);
    expect(JSON.stringify(seen)).not.toContain(D);
    // The name is the distributor's display name too.
    expect((await rt.ok('distributor', 'getMyPanel', {}, D)).distributor?.shopName).toBe('小李鲜果');
  });

  test('a name or intro that fails the content check is refused and nothing changes', async () => {
    await shop('updateMyShop', { name: '小李鲜果', intro: '' });
    expect(await rt.call('distributor', 'updateMyShop', { name: '小李鲜果', intro: '兼职刷单日结' }, D)).toMatchObject({ ok: false, code: 'SHOP.CONTENT_REJECTED' });
    expect(await rt.call('distributor', 'updateMyShop', { name: '赌博之家', intro: '' }, D)).toMatchObject({ ok: false, code: 'SHOP.CONTENT_REJECTED' });
    expect(await shop('getMyShop', {})).toMatchObject({ name: '小李鲜果', intro: '' });
  });

  test('an image that is not what it claims, an off-shelf product or a non-distributor is refused', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    expect(await rt.call('distributor', 'uploadShopImage', { kind: 'logo', contentType: 'image/png', dataBase64: svg }, D)).toMatchObject({ ok: false, code: 'SHOP.INVALID_IMAGE' });
    expect(await rt.call('distributor', 'setShopProducts', { productIds: ['p01', 'nope'] }, D)).toMatchObject({ ok: false, code: 'SHOP.PRODUCT_NOT_AVAILABLE' });
    expect(await rt.call('distributor', 'setShopProducts', { productIds: ['p01', 'p01'] }, D)).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
    expect(await rt.call('distributor', 'updateMyShop', { name: '我的店', intro: '' }, 'dev_customer')).toMatchObject({ ok: false, code: 'DISTRIBUTOR.NOT_DISTRIBUTOR' });
    expect(await rt.call('distributor', 'getShop', { shopId: 'NoSuchShop1' }, 'dev_customer')).toMatchObject({ ok: false, code: 'SHOP.NOT_FOUND' });
  });

  test('a product taken off shelf disappears from the shop but stays picked', async () => {
    const mine = await shop('setShopProducts', { productIds: ['p01', 'p02'] });
    await rt.store.update(COLLECTIONS.products, 'p02', {}, { onShelf: false });
    const after = await shop('getMyShop', {});
    expect(after.products.map((p) => p.id)).toEqual(['p01']);
    expect(after.productIds).toEqual(['p01', 'p02']);
    expect((await rt.ok('distributor', 'getShop', { shopId: mine.shopId }, 'dev_customer')).products).toHaveLength(1);
  });

  test('the shop code opens the shop page (even before any edit) and binds the opener to the owner', async () => {
    const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, D);
    expect(code.sharePath).toBe(`/${PAGES.shop}?scene=${code.scene}`);
    const shopper = await createNewUser(rt);
    const bound = await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
    expect(bound.outcome).toBe('BOUND');
    expect(bound.target.page).toBe(PAGES.shop);
    const seen = await rt.ok('distributor', 'getShop', { shopId: bound.target.params.shopId as string }, shopper);
    expect(seen.name).toBe('李分享的鲜果铺');
    expect(Object.values(bound.target.params)).not.toContain(D);
  });
});

test('HQ share material reaches distributors only', async () => {
  const material = { copy: '赣南脐橙，今天下单明天发', images: ['/files/products/p01.svg'] };
  await rt.store.update(COLLECTIONS.products, 'p01', {}, { shareMaterial: material });
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p01' }, D)).shareMaterial).toEqual(material);
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p01' }, 'dev_customer')).shareMaterial).toBeNull();
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p02' }, D)).shareMaterial).toBeNull();
});

describe('team and earnings', () => {
  /** dev_distributor → child (a distributor) → grandchild; both buy. */
  async function twoLevels() {
    const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, D);
    const child = await createNewUser(rt);
    await rt.ok('referral', 'bindByScene', { scene: code.scene }, child);
    await rt.ok('distributor', 'becomeDistributor', {}, child);
    rt.advance(60_000);
    const childCode = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, child);
    const grandchild = await createNewUser(rt);
    await rt.ok('referral', 'bindByScene', { scene: childCode.scene }, grandchild);
    const childOrder = await buyAndPay(rt, child, [{ skuId: 'p01-s1', quantity: 1 }]);
    const grandOrder = await buyAndPay(rt, grandchild, [{ skuId: 'p01-s1', quantity: 2 }]);
    return { child, grandchild, childOrder, grandOrder };
  }

  test('level 1 and level 2, counted, masked, with paid orders and the commission each produced for me', async () => {
    const { child } = await twoLevels();
    expect(await rt.ok('distributor', 'getMyTeamCounts', {}, D)).toEqual({ level1: 1, level2: 1 });
    const l1 = await rt.ok('distributor', 'listMyTeam', { level: 1 }, D);
    const l2 = await rt.ok('distributor', 'listMyTeam', { level: 2 }, D);
    // 10% of 39.90 from the child at level 1; 5% of 79.80 from the grandchild at level 2.
    expect(l1.items).toEqual([expect.objectContaining({ level: 1, paidOrderCount: 1, commissionFen: 399 })]);
    expect(l2.items).toEqual([expect.objectContaining({ level: 2, paidOrderCount: 1, commissionFen: 399 })]);
    expect(l1.items[0]?.maskedName).toMatch(/\*/);
    expect(JSON.stringify([l1, l2])).not.toContain(child);
    expect(await rt.ok('distributor', 'getMyTeamCounts', {}, child)).toEqual({ level1: 1, level2: 0 });
  });

  test('the team pages newest first with no overlap', async () => {
    const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, D);
    for (let i = 0; i < 5; i += 1) {
      rt.advance(1000);
      await rt.ok('referral', 'bindByScene', { scene: code.scene }, await createNewUser(rt));
    }
    const first = await rt.ok('distributor', 'listMyTeam', { level: 1, limit: 3 }, D);
    const rest = await rt.ok('distributor', 'listMyTeam', { level: 1, limit: 3, cursor: first.nextCursor ?? 0 }, D);
    const joined = [...first.items, ...rest.items].map((m) => m.joinedAt ?? '');
    expect(joined).toHaveLength(5);
    expect(joined).toEqual([...joined].sort().reverse());
    expect(rest.nextCursor).toBeNull();
  });

  test('entries carry their expected settle date: after receipt N days, then the order’s settle date', async () => {
    const { child, childOrder } = await twoLevels();
    const before = await rt.ok('commission', 'listMyEntries', {}, D);
    expect(before.items.map((e) => e.settle)).toEqual([
      { kind: 'AFTER_RECEIPT', days: 7 },
      { kind: 'AFTER_RECEIPT', days: 7 },
    ]);
    await shipAndReceive(rt, childOrder, child);
    const after = await rt.ok('commission', 'listMyEntries', {}, D);
    const expectedAt = new Date(rt.now().getTime() + 7 * DAY_MS).toISOString();
    expect(after.items.find((e) => e.orderId === childOrder.id)?.settle).toEqual({ kind: 'ON', at: expectedAt });
  });

  test('the chart shows today’s net earnings; skips explain levels that earned nothing', async () => {
    const { grandchild, grandOrder } = await twoLevels();
    await refund(rt, grandOrder, 0, 1);
    const chart = await rt.ok('commission', 'getMyEarningsChart', { days: 7 }, D);
    expect(chart.days).toHaveLength(7);
    // 399 (child) + 399 at level 2 minus the half refunded (−200, ceiling of the proportional share).
    expect(chart.days.at(-1)?.fen).toBe(chart.totalFen);
    expect(chart.totalFen).toBe(399 + 399 - 200);
    expect((await rt.ok('commission', 'getMyEarningsChart', { days: 30 }, D)).days).toHaveLength(30);

    // Once the child is revoked, the grandchild's next order pays the child nothing, and the child can see why.
    const { child } = await rt.store.get(COLLECTIONS.users, grandchild).then((u) => ({ child: u?.superiorId ?? '' }));
    await rt.ok('distribution-admin', 'setDistributorStatus', { userId: child, status: 'REVOKED' }, 'dev_staff');
    const again = await buyAndPay(rt, grandchild, [{ skuId: 'p03-s1', quantity: 1 }]);
    const skips = await rt.ok('commission', 'listMySkips', {}, child);
    expect(skips.items).toEqual([expect.objectContaining({ orderId: again.id, level: 1, reason: 'REVOKED', productTitle: '海南金煌芒' })]);
    expect((await rt.ok('commission', 'listMySkips', {}, D)).items).toEqual([]);
  });

  test('the grade card shows the next grade and progress on each condition, from the upgrade counters', async () => {
    await savePolicy(rt, {
      grades: [
        { id: 'silver', name: '银牌', weight: 1, ratesBps: [1200, 600], upgrade: { mode: 'ANY', conditions: { orderCount: 2, settledCommissionFen: 50000 } } },
      ] as never,
    });
    await twoLevels();
    const card = await rt.ok('distributor', 'getMyGrade', {}, D);
    expect(card.current).toBeNull();
    expect(card.baseRatesBps).toEqual([1000, 500]);
    expect(card.next).toMatchObject({ id: 'silver', name: '银牌', mode: 'ANY' });
    expect(card.next?.conditions).toEqual([
      { key: 'settledCommissionFen', current: 0, target: 50000, met: false },
      { key: 'orderCount', current: 0, target: 2, met: false },
    ]);
  });

  test('rankings: settled commission and new paying direct customers this week, masked, me marked', async () => {
    const { child, grandchild, childOrder, grandOrder } = await twoLevels();
    const week = (kind: FnPayload<'distributor', 'getRanking'>['kind'], openid = D) => rt.ok('distributor', 'getRanking', { kind, period: 'WEEK' }, openid);
    const paying = await week('NEW_PAYING_DOWNLINES');
    expect(paying.rows.map((r) => r.value)).toEqual([1, 1]);
    expect(paying.rows.filter((r) => r.isMe)).toHaveLength(1);
    expect(JSON.stringify(paying)).not.toContain(child);
    expect((await week('SETTLED_COMMISSION')).rows).toEqual([]);

    await shipAndReceive(rt, childOrder, child);
    await shipAndReceive(rt, grandOrder, grandchild);
    rt.advance(8 * DAY_MS);
    await runSettlement(rt);
    const settled = await week('SETTLED_COMMISSION', child);
    // D: 399 (child, level 1) + 399 (grandchild, level 2); the child: 798 (grandchild's 2 units, level 1).
    expect(settled.rows.map((r) => r.value)).toEqual([798, 798]);
    expect(settled.rows.filter((r) => r.isMe)).toHaveLength(1);
    expect(settled.myRank).toBe(settled.rows.find((r) => r.isMe)?.rank);
  });
});
