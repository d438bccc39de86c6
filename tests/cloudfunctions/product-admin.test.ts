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
const draft = (extra: object = {}) => ({
  requestId: aRequestId(),
  title: '云南蓝莓',
  subtitle: '当季鲜果',
  categoryId: 'fruit',
  description: '产地直发',
  images: ['/files/images/p01.svg'],
  skus: [{ specs: '125g×4盒', priceFen: 5990, stock: 20 }],
  ...extra,
});
const catalogIds = async () => (await rt.ok('catalog', 'listProducts', { categoryId: 'fruit', limit: 50 }, 'dev_customer')).items.map((p) => p.id);

test('a new product is created off shelf; on shelf it is in the catalogue with its SKUs; a retried create finds it', async () => {
  const input = draft();
  const created = await rt.ok('product-admin', 'saveProduct', input, clerk);
  expect(created).toMatchObject({ onShelf: false, minPriceFen: 5990, skus: [{ id: `${created.id}-s1`, specs: '125g×4盒', priceFen: 5990, stock: 20 }] });
  expect(await rt.ok('product-admin', 'saveProduct', input, clerk)).toMatchObject({ id: created.id });
  expect((await rt.ok('product-admin', 'listProducts', { onShelf: false }, clerk)).items.map((p) => p.id)).toEqual([created.id]);
  expect(await catalogIds()).not.toContain(created.id);

  await rt.ok('product-admin', 'setOnShelf', { productId: created.id, onShelf: true }, clerk);
  expect(await catalogIds()).toContain(created.id);
  const detail = await rt.ok('catalog', 'getProduct', { productId: created.id }, 'dev_customer');
  expect(detail).toMatchObject({ title: '云南蓝莓', priceFen: 5990, skus: [{ id: `${created.id}-s1`, stock: 20 }] });

  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: created.id }, { limit: 10 });
  expect(audit.map((a) => a.action).sort()).toEqual(['createProduct', 'setOnShelf']);
});

test('editing changes SKUs in place, adds new ones after the existing numbers and recomputes the lowest price', async () => {
  const edited = await rt.ok(
    'product-admin',
    'saveProduct',
    draft({ productId: 'p01', skus: [{ skuId: 'p01-s1', specs: '5斤装', priceFen: 3590, stock: 10, expectedStock: 500 }, { specs: '20斤装', priceFen: 12900, stock: 5 }] }),
    clerk,
  );
  expect(edited.minPriceFen).toBe(3590);
  expect(edited.skus.map((s) => [s.id, s.priceFen, s.stock])).toEqual([['p01-s1', 3590, 10], ['p01-s2', 6990, 300], ['p01-s3', 12900, 5]]);

  const before = await snapshotStore(rt.store);
  expect(code(await rt.call('product-admin', 'saveProduct', draft({ productId: 'p01', skus: [{ skuId: 'p02-s1', specs: 'x', priceFen: 1, stock: 1, expectedStock: 1 }] }), clerk))).toBe('PRODUCT.SKU_NOT_FOUND');
  expect(code(await rt.call('product-admin', 'saveProduct', draft({ categoryId: 'nope' }), clerk))).toBe('PRODUCT.CATEGORY_NOT_FOUND');
  expect(code(await rt.call('product-admin', 'saveProduct', draft({ images: ['javascript:alert(1)'] }), clerk))).toBe('COMMON.INVALID_PAYLOAD');
  expect(code(await rt.call('product-admin', 'uploadProductImage', { contentType: 'image/png', dataBase64: Buffer.from('not a png at all').toString('base64') }, clerk))).toBe('PRODUCT.INVALID_IMAGE');
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('off shelf hides a product from the catalogue; repeating is a no-op', async () => {
  await rt.ok('product-admin', 'setOnShelf', { productId: 'p02', onShelf: false }, clerk);
  const before = await snapshotStore(rt.store);
  expect(await rt.ok('product-admin', 'setOnShelf', { productId: 'p02', onShelf: false }, clerk)).toMatchObject({ onShelf: false });
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect(await catalogIds()).not.toContain('p02');
});

test('HQ publishes share material per product: distributors get it with the product, shoppers do not; null clears it', async () => {
  const material = { copy: '赣南脐橙今年特别甜，总部直发，欢迎下单！', images: ['/files/images/p01.svg'] };
  const saved = await rt.ok('product-admin', 'saveProduct', draft({ productId: 'p01', shareMaterial: material, skus: [{ skuId: 'p01-s1', specs: '5斤装', priceFen: 3990, stock: 500, expectedStock: 500 }] }), clerk);
  expect(saved.shareMaterial).toEqual(material);
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p01' }, 'dev_distributor')).shareMaterial).toEqual(material);
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p01' }, 'dev_customer')).shareMaterial).toBeNull();

  // Saving without the field keeps it; null removes it.
  await rt.ok('product-admin', 'saveProduct', draft({ productId: 'p01', skus: [{ skuId: 'p01-s1', specs: '5斤装', priceFen: 3990, stock: 500, expectedStock: 500 }] }), clerk);
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p01' }, 'dev_distributor')).shareMaterial).toEqual(material);
  await rt.ok('product-admin', 'saveProduct', draft({ productId: 'p01', shareMaterial: null, skus: [{ skuId: 'p01-s1', specs: '5斤装', priceFen: 3990, stock: 500, expectedStock: 500 }] }), clerk);
  expect((await rt.ok('catalog', 'getProduct', { productId: 'p01' }, 'dev_distributor')).shareMaterial).toBeNull();
});
