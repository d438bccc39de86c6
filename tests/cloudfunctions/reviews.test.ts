import type { Envelope } from '../../src/contracts/envelope';
import type { OrderView } from '../../src/contracts/orders';
import type { ReviewView } from '../../src/contracts/reviews';
import { DEFAULT_REVIEW_DAYS } from '../../src/domain/review/review-rules';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { buyAndPay, DAY_MS, refund, shipAndReceive } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const code = (res: Envelope<unknown>) => (res.ok ? 'OK' : res.code);
const submit = (buyer: string, order: OrderView, lineIndex: number, extra: object = {}) =>
  rt.call<ReviewView>('reviews', 'submitReview', { orderId: order.id, lineId: order.lines[lineIndex]?.lineId, rating: 5, text: '很甜，家人都爱吃', photos: [], ...extra }, buyer);
const productReviews = (productId: string, extra: object = {}) => rt.ok('reviews', 'listProductReviews', { productId, ...extra }, 'dev_customer');
const getOrder = (orderId: string, buyer: string) => rt.ok('orders', 'getOrder', { orderId }, buyer);
async function runOrderTimer(): Promise<{ defaultReviews: { orders: number; reviews: number } }> {
  const res = (await invokeFunction(rt, 'order-timer', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: never };
  if (!res.ok) throw new Error('order-timer refused');
  return res.data;
}

async function receivedOrder(lines = [{ skuId: 'p01-s1', quantity: 1 }, { skuId: 'p02-s1', quantity: 2 }]): Promise<{ buyer: string; order: OrderView }> {
  const buyer = await createNewUser(rt);
  const order = await buyAndPay(rt, buyer, lines);
  await shipAndReceive(rt, order, buyer);
  return { buyer, order };
}

test('only the buyer of a received order reviews a line; never before receipt, never a line refunded in full', async () => {
  const buyer = await createNewUser(rt);
  const order = await buyAndPay(rt, buyer, [{ skuId: 'p01-s1', quantity: 1 }, { skuId: 'p02-s1', quantity: 2 }]);
  expect(code(await submit(buyer, order, 0))).toBe('REVIEW.NOT_RECEIVED');
  await rt.ok('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff');
  expect(code(await submit(buyer, order, 0))).toBe('REVIEW.NOT_RECEIVED');
  await refund(rt, order, 1, 2);
  await rt.ok('orders', 'confirmReceipt', { orderId: order.id }, buyer);
  const before = await snapshotStore(rt.store);
  expect(code(await submit('dev_customer', order, 0))).toBe('REVIEW.ORDER_NOT_FOUND');
  expect(code(await submit(buyer, order, 1))).toBe('REVIEW.REFUNDED');
  expect(code(await submit(buyer, order, 0, { rating: 0 }))).toBe('COMMON.INVALID_PAYLOAD');
  expect(code(await submit(buyer, order, 0, { text: '这里有违禁词' }))).toBe('REVIEW.CONTENT_REJECTED');
  expect(code(await submit(buyer, order, 0, { photos: ['/files/uploads/reviews/someone-else/a.png'] }))).toBe('REVIEW.INVALID_PHOTO');
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect(code(await submit(buyer, order, 0))).toBe('OK');
});

test('one review per line: a retry returns it, nothing doubles; shown on the product with average, count and 有图, no openid', async () => {
  const { buyer, order } = await receivedOrder();
  const { url } = await rt.ok('reviews', 'uploadReviewPhoto', { contentType: 'image/png', dataBase64: ONE_PIXEL_PNG }, buyer);
  const first = await submit(buyer, order, 0, { rating: 4, photos: [url] });
  if (!first.ok) throw new Error(first.message);
  expect(await submit(buyer, order, 0, { rating: 1, text: '改主意了' })).toEqual(first);
  const other = await receivedOrder([{ skuId: 'p01-s2', quantity: 1 }]);
  expect(code(await submit(other.buyer, other.order, 0, { rating: 5, text: '' }))).toBe('OK');

  const page = await productReviews('p01');
  expect(page.summary).toEqual({ count: 2, average: 4.5, withPhotos: 1 });
  expect(page.items.map((r) => [r.rating, r.photos.length, r.isDefault])).toEqual(expect.arrayContaining([[4, 1, false], [5, 0, false]]));
  expect((await productReviews('p01', { withPhotos: true })).items.map((r) => r.id)).toEqual([first.data.id]);
  expect(JSON.stringify(page)).not.toContain(buyer);
  expect(page.items[0]?.nickname).toMatch(/\*\*\*$|匿名用户/);
  expect((await getOrder(order.id, buyer)).reviewedLineIds).toEqual([order.lines[0]?.lineId]);
});

test('staff hide (out of the figures) and reply; both audited; shoppers cannot; repeating changes nothing', async () => {
  const { buyer, order } = await receivedOrder();
  const review = await submit(buyer, order, 0, { rating: 2, text: '有点酸' });
  if (!review.ok) throw new Error(review.message);
  const clerk = await createStaff(rt, ['products']);
  expect(code(await rt.call('product-admin', 'setReviewHidden', { reviewId: review.data.id, hidden: true }, buyer))).toBe('AUTH.FORBIDDEN');
  // Newest first: the one just written before the demo shop's.
  const listed = await rt.ok('product-admin', 'listReviews', {}, clerk);
  expect(listed.items[0] && [listed.items[0].id, listed.items[0].orderId, listed.items[0].hidden]).toEqual([review.data.id, order.id, false]);
  expect(JSON.stringify(listed)).not.toContain(buyer);
  const ofProduct = await rt.ok('product-admin', 'listReviews', { productId: 'p01' }, clerk);
  expect(ofProduct.items.map((r) => r.id)).toEqual([review.data.id]);

  await rt.ok('product-admin', 'replyReview', { reviewId: review.data.id, text: '抱歉，已为您补发' }, clerk);
  expect((await productReviews('p01')).items[0]?.reply?.text).toBe('抱歉，已为您补发');

  await rt.ok('product-admin', 'setReviewHidden', { reviewId: review.data.id, hidden: true }, clerk);
  const before = await snapshotStore(rt.store);
  await rt.ok('product-admin', 'setReviewHidden', { reviewId: review.data.id, hidden: true }, clerk);
  expect(await snapshotStore(rt.store)).toEqual(before);
  const hidden = await productReviews('p01');
  expect([hidden.items, hidden.summary]).toEqual([[], { count: 0, average: 0, withPhotos: 0 }]);
  await rt.ok('product-admin', 'setReviewHidden', { reviewId: review.data.id, hidden: false }, clerk);
  expect((await productReviews('p01')).summary).toEqual({ count: 1, average: 2, withPhotos: 0 });

  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: review.data.id }, { limit: 10 });
  expect(audit.map((a) => [a.actorId, a.action]).sort()).toEqual([[clerk, 'hideReview'], [clerk, 'replyReview'], [clerk, 'showReview']]);
});

test(`lines left unreviewed get the default positive review ${DEFAULT_REVIEW_DAYS} days after receipt, once; written ones stay`, async () => {
  const { buyer, order } = await receivedOrder();
  await submit(buyer, order, 0, { rating: 3, text: '一般' });
  rt.advance(DEFAULT_REVIEW_DAYS * DAY_MS - 1000);
  expect((await runOrderTimer()).defaultReviews).toEqual({ orders: 0, reviews: 0 });
  rt.advance(2000);
  expect((await runOrderTimer()).defaultReviews).toEqual({ orders: 1, reviews: 1 });
  const apples = await productReviews('p02');
  expect(apples.items.map((r) => [r.rating, r.text, r.isDefault])).toEqual([[5, '系统默认好评', true]]);
  expect((await productReviews('p01')).items.map((r) => [r.rating, r.isDefault])).toEqual([[3, false]]);
  expect(code(await submit(buyer, order, 1))).toBe('REVIEW.ALREADY_REVIEWED');
  const before = await snapshotStore(rt.store);
  expect((await runOrderTimer()).defaultReviews).toEqual({ orders: 0, reviews: 0 });
  expect(await snapshotStore(rt.store)).toEqual(before);
});
