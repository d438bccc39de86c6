import type { OrderDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../cloudfunctions/shared/kernel/store/store';
import { toFen } from '../src/domain/money/fen';

/**
 * `count` unpaid orders for one unit of p11-s1 each, created two hours before `nowMs` and past their pay deadline —
 * a backlog of orders whose pay notify never came — seeded straight into the store (one transaction), spread over
 * 500 buyers. Returns their ids.
 */
export async function seedStaleOrders(store: Store, count: number, nowMs: number, prefix = 'OSTALE'): Promise<string[]> {
  const createdAt = new Date(nowMs - 2 * 3600_000).toISOString();
  const payDeadline = new Date(nowMs - 90 * 60_000).toISOString();
  const ids: string[] = [];
  await store.runTransaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const _id = `${prefix}${String(i).padStart(7, '0')}`;
      const line = { lineId: `${_id}-1`, productId: 'p11', skuId: 'p11-s1', title: '红心火龙果', specs: '5斤装', imageUrl: '', unitPriceFen: toFen(3200), quantity: 1, amountFen: toFen(3200) };
      const order: OrderDoc = {
        _id,
        buyerId: `stale_b${i % 500}`,
        status: 'PENDING_PAY',
        lines: [line],
        goodsFen: toFen(3200),
        shippingFen: toFen(0),
        totalFen: toFen(3200),
        address: { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' },
        remark: '',
        createdAt,
        payDeadline,
        paidAt: null,
        cancelledAt: null,
        transactionId: null,
        uplineSnapshot: null,
        policySnapshot: null,
      };
      await tx.insert(COLLECTIONS.orders, order);
      ids.push(_id);
    }
  });
  return ids;
}
