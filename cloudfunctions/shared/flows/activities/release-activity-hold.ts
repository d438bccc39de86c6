import { ACTIVITY_ERRORS } from '../../../../src/contracts/activities';
import { failWith } from '../../../../src/domain/shared/domain-error';
import type { OrderDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { flashPurchaseId } from './reserve-flash-stock';
import { moveStatus } from '../../kernel/store/move-status';
import { bargainLifecycle } from '../../../../src/domain/promotions/bargain-lifecycle';

/**
 * Inside the transaction that cancels an unpaid order (user, or the pay timeout): a 秒杀 order gives its units back
 * to the sale and to the buyer's limit; a 砍价 order frees its bargain so the starter may buy again. Both by
 * compare-and-set; a conflict fails the cancel, which the caller (or the next reconcile run) retries.
 */
export async function releaseActivityHold(tx: DocOps, order: OrderDoc): Promise<void> {
  const a = order.activity;
  if (!a) return;
  const units = order.lines.reduce((n, l) => n + l.quantity, 0);
  let ok = true;
  if (a.kind === 'FLASH_SALE') {
    const sale = await tx.get(COLLECTIONS.flashSales, a.id);
    if (sale) ok = await tx.update(COLLECTIONS.flashSales, sale._id, { stockLeft: sale.stockLeft }, { stockLeft: sale.stockLeft + units });
    const purchase = await tx.get(COLLECTIONS.flashPurchases, flashPurchaseId(a.id, order.buyerId));
    if (purchase && ok) ok = await tx.update(COLLECTIONS.flashPurchases, purchase._id, { units: purchase.units }, { units: Math.max(0, purchase.units - units) });
  } else if (a.kind === 'BARGAIN' && a.bargainId) {
    const bargain = await tx.get(COLLECTIONS.bargains, a.bargainId);
    if (bargain && bargain.orderId === order._id) {
      const status = bargain.helpsDone >= bargain.helps ? 'FLOORED' : 'OPEN';
      ok = await moveStatus(tx, { collection: COLLECTIONS.bargains, id: bargain._id, lifecycle: bargainLifecycle, from: bargain.status, to: status, expected: { orderId: order._id }, patch: { orderId: null } });
    }
  }
  if (!ok) throw failWith(ACTIVITY_ERRORS.BUSY, '活动库存正在变动，请重试');
}
