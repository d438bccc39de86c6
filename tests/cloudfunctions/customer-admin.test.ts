import fs from 'node:fs';
import path from 'node:path';
import type { CustomerView } from '../../src/contracts/customer-admin';
import type { Page } from '../../src/contracts/paging';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { boundShopper, buyAndPay } from '../support/money-flow';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const list = (filter: object, openid = 'dev_staff') => rt.ok('customer-admin', 'listCustomers', filter, openid);

test('a paying bound shopper shows spend, order count, superior, default level and no store', async () => {
  const buyer = await boundShopper(rt);
  const order = await buyAndPay(rt, buyer, [{ skuId: 'p01-s1', quantity: 2 }]);
  const clerk = await createStaff(rt, ['orders']);
  const detail = await rt.ok('customer-admin', 'getCustomer', { userId: buyer }, clerk);
  expect(detail).toMatchObject({ userId: buyer, level: '普通会员', spendFen: order.totalFen, paidOrderCount: 1, superiorId: 'dev_distributor', boundStore: null, tags: [], notes: [] });
  expect(detail.superiorNickname).toBeTruthy();

  const bySpend = await list({ minSpendFen: order.totalFen, maxSpendFen: order.totalFen });
  expect(bySpend.items.map((c) => c.userId)).toEqual([buyer]);
  expect((await list({ hasSuperior: true, limit: 50 })).items.map((c) => c.userId)).toContain(buyer);
  expect((await list({ hasSuperior: false, limit: 50 })).items.map((c) => c.userId)).not.toContain(buyer);
});

test('tags and notes: filter by tag, stale version refused, retried note added once, audited', async () => {
  const who = await createNewUser(rt);
  const first = await rt.ok('customer-admin', 'setCustomerTags', { userId: who, tags: ['老客', '爱吃橙子', '老客'], expectedVersion: 0 }, 'dev_staff');
  expect(first.tags).toEqual(['老客', '爱吃橙子']);
  const stale = await rt.call('customer-admin', 'setCustomerTags', { userId: who, tags: [], expectedVersion: 0 }, 'dev_staff');
  expect(stale).toMatchObject({ ok: false, code: 'CUSTOMER.CHANGED' });

  const requestId = aRequestId();
  await rt.ok('customer-admin', 'addCustomerNote', { requestId, userId: who, text: '周末来店' }, 'dev_staff');
  const noted = await rt.ok('customer-admin', 'addCustomerNote', { requestId, userId: who, text: '周末来店' }, 'dev_staff');
  expect(noted.notes.map((n) => n.text)).toEqual(['周末来店']);

  expect((await list({ tag: '老客' })).items.map((c) => c.userId)).toEqual([who]);
  expect((await list({ tag: '老客', hasSuperior: true })).items).toEqual([]);
  const audits = await rt.store.find(COLLECTIONS.auditLog, { target: who }, { limit: 10 });
  expect(audits.map((a) => a.action).sort()).toEqual(['addCustomerNote', 'setCustomerTags']);

  const missing = await rt.call('customer-admin', 'getCustomer', { userId: 'nobody' }, 'dev_staff');
  expect(missing).toMatchObject({ ok: false, code: 'CUSTOMER.NOT_FOUND' });
});

test('list pages without repeats; export writes a BOM CSV with yuan amounts', async () => {
  for (let i = 0; i < 5; i += 1) await createNewUser(rt);
  const seen: string[] = [];
  let cursor: number | null = 0;
  while (cursor !== null) {
    const page: Page<CustomerView> = await list({ cursor, limit: 3 });
    seen.push(...page.items.map((c) => c.userId));
    cursor = page.nextCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBe(await rt.store.count(COLLECTIONS.users, {}));

  const buyer = await boundShopper(rt);
  await buyAndPay(rt, buyer, [{ skuId: 'p01-s1', quantity: 1 }]);
  const file = await rt.ok('customer-admin', 'exportCustomers', { minSpendFen: 1 }, 'dev_staff');
  expect(file).toMatchObject({ rowCount: 1, capped: false, cap: 20000 });
  expect(file.url).toMatch(/^\/files\/exports\/[0-9a-f]{32}\/customers-\d{8}-.+\.csv$/);
  const text = fs.readFileSync(path.join(rt.dataDir, file.url.slice('/files/'.length)), 'utf8');
  expect(text.startsWith('\uFEFF用户ID,昵称,会员等级,累计消费(元)')).toBe(true);
  expect(text).toMatch(new RegExp(`${buyer},[^\\r]*,普通会员,\\d+\\.\\d{2},1,`));
});

test('a visit is recorded at most once an hour', async () => {
  const who = await createNewUser(rt);
  await rt.ok('staff', 'getMyRole', {}, who);
  const first = (await rt.store.get(COLLECTIONS.users, who))?.lastSeenAt;
  expect(first).toBe(rt.now().toISOString());
  rt.advance(30 * 60_000);
  await rt.ok('staff', 'getMyRole', {}, who);
  expect((await rt.store.get(COLLECTIONS.users, who))?.lastSeenAt).toBe(first);
  rt.advance(31 * 60_000);
  await rt.ok('staff', 'getMyRole', {}, who);
  expect((await rt.store.get(COLLECTIONS.users, who))?.lastSeenAt).toBe(rt.now().toISOString());
});
