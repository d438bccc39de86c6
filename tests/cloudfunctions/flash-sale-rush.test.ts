import { rushFlashSale } from '../../bench/flash-sale';

/**
 * 200 buyers rush a 秒杀 of 10 units at once through the local gateway (HTTP, the real handlers, the embedded
 * store): exactly 10 paid orders, the sale's stock at zero and never below, the SKU down by exactly 10, every
 * other buyer refused as sold out, no internal error. (The 2,000 / 100 run is bench/flash-sale.ts.)
 */
test('flash sale under concurrency: exactly `stock` paid orders, no oversell', async () => {
  const r = await rushFlashSale(200, 10, 200);
  expect(r).toMatchObject({ created: 10, paid: 10, soldOut: 190, otherRefusals: {}, internalErrors: 0, stockLeft: 0, soldByCounter: 10, skuStockDrop: 10 });
}, 60_000);
