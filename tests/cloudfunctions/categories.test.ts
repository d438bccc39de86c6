import type { Envelope } from '../../src/contracts/envelope';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { snapshotStore } from '../support/snapshot-store';
import { aRequestId, type TestRuntime } from '../support/test-runtime';
import { runtimeWithStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
let clerk: string;
beforeEach(async () => ({ rt, staff: clerk } = await runtimeWithStaff(['products'])));
afterEach(() => rt.close());

const code = (res: Envelope<unknown>) => (res.ok ? 'OK' : res.code);
const shopperTabs = async () => (await rt.ok('catalog', 'listCategories', {}, 'dev_customer')).map((c) => c.name);
const adminList = (extra: object = {}) => rt.ok('product-admin', 'listCategories', extra, clerk);
const create = (name: string, requestId = aRequestId()) => rt.ok('product-admin', 'saveCategory', { requestId, name }, clerk);

test('staff list categories in shopper order with their product counts, paged', async () => {
  const first = await adminList({ limit: 2 });
  expect(first.items.map((c) => [c.id, c.productCount])).toEqual([['fruit', 4], ['snack', 4]]);
  expect(first.nextCursor).toBe(2);
  const second = await adminList({ cursor: 2, limit: 2 });
  expect(second.items.map((c) => c.id)).toEqual(['home']);
  expect(second.nextCursor).toBeNull();
});

test('a new category goes last for shoppers; a retried create finds it; rename changes the name; both audited', async () => {
  const requestId = aRequestId();
  const created = await create('粮油调味', requestId);
  expect(created).toMatchObject({ name: '粮油调味', productCount: 0 });
  expect(await create('粮油调味', requestId)).toEqual(created);
  expect(await shopperTabs()).toEqual(['生鲜水果', '休闲零食', '家居日用', '粮油调味']);

  await rt.ok('product-admin', 'saveCategory', { requestId: aRequestId(), categoryId: created.id, name: '米面粮油' }, clerk);
  expect(await shopperTabs()).toContain('米面粮油');
  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: created.id }, { limit: 10 });
  expect(audit.map((a) => a.action).sort()).toEqual(['createCategory', 'renameCategory']);
});

test('a duplicate name or an unknown category is refused and nothing changes', async () => {
  const before = await snapshotStore(rt.store);
  expect(code(await rt.call('product-admin', 'saveCategory', { requestId: aRequestId(), name: '休闲零食' }, clerk))).toBe('PRODUCT.CATEGORY_NAME_TAKEN');
  expect(code(await rt.call('product-admin', 'saveCategory', { requestId: aRequestId(), categoryId: 'nope', name: '新名' }, clerk))).toBe('PRODUCT.CATEGORY_NOT_FOUND');
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('reorder sets the whole order; a list that misses or repeats a category is refused unchanged', async () => {
  const result = await rt.ok('product-admin', 'reorderCategories', { categoryIds: ['home', 'fruit', 'snack'] }, clerk);
  expect(result.map((c) => [c.id, c.sort])).toEqual([['home', 1], ['fruit', 2], ['snack', 3]]);
  expect(await shopperTabs()).toEqual(['家居日用', '生鲜水果', '休闲零食']);
  // Repeating it changes nothing and writes no second audit record.
  const before = await snapshotStore(rt.store);
  await rt.ok('product-admin', 'reorderCategories', { categoryIds: ['home', 'fruit', 'snack'] }, clerk);
  expect(await snapshotStore(rt.store)).toEqual(before);

  for (const categoryIds of [['home', 'fruit'], ['home', 'fruit', 'fruit'], ['home', 'fruit', 'snack', 'nope']]) {
    expect(code(await rt.call('product-admin', 'reorderCategories', { categoryIds }, clerk))).toBe('PRODUCT.CATEGORY_ORDER_MISMATCH');
  }
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('deleting a category that still has products is refused with a typed code; an empty one disappears everywhere', async () => {
  const before = await snapshotStore(rt.store);
  const refused = await rt.call('product-admin', 'deleteCategory', { categoryId: 'fruit' }, clerk);
  expect(refused).toMatchObject({ ok: false, code: 'PRODUCT.CATEGORY_NOT_EMPTY' });
  expect(await snapshotStore(rt.store)).toEqual(before);

  const empty = await create('临时分类');
  expect(await rt.ok('product-admin', 'deleteCategory', { categoryId: empty.id }, clerk)).toEqual({ categoryId: empty.id, deleted: true });
  // A retry is a no-op.
  expect(await rt.ok('product-admin', 'deleteCategory', { categoryId: empty.id }, clerk)).toEqual({ categoryId: empty.id, deleted: false });
  expect(await shopperTabs()).not.toContain('临时分类');
  expect((await adminList()).items.map((c) => c.id)).not.toContain(empty.id);
  // No product can be put into it, and its name is free again.
  const save = await rt.call('product-admin', 'saveProduct', { requestId: aRequestId(), title: '测试', subtitle: '', categoryId: empty.id, description: '', images: ['/files/images/p01.svg'], skus: [{ specs: '默认', priceFen: 100, stock: 1 }] }, clerk);
  expect(code(save)).toBe('PRODUCT.CATEGORY_NOT_FOUND');
  expect((await create('临时分类')).id).not.toBe(empty.id);
  // Reorder lists only live categories.
  const live = (await adminList()).items.map((c) => c.id);
  await rt.ok('product-admin', 'reorderCategories', { categoryIds: [...live].reverse() }, clerk);
  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: empty.id }, { limit: 10 });
  expect(audit.map((a) => a.action).sort()).toEqual(['createCategory', 'deleteCategory']);
});
