import { ACTIVITY_ERRORS } from '../../../../src/contracts/activities';
import { decideFlashSalePurchase, type FlashSaleRefusalReason } from '../../../../src/domain/promotions/flash-sale';
import { failWith, type ErrorDef } from '../../../../src/domain/shared/domain-error';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import type { FlashSaleDoc } from '../../kernel/docs/activity-docs';

export const flashPurchaseId = (saleId: string, userId: string) => `${saleId}:${userId}`;

const REFUSALS: Record<FlashSaleRefusalReason, [ErrorDef, string]> = {
  NOT_STARTED: [ACTIVITY_ERRORS.NOT_STARTED, '秒杀尚未开始'],
  ENDED: [ACTIVITY_ERRORS.ENDED, '秒杀已结束'],
  SOLD_OUT: [ACTIVITY_ERRORS.SOLD_OUT, '已抢光'],
  NOT_ENOUGH_STOCK: [ACTIVITY_ERRORS.NOT_ENOUGH_STOCK, '秒杀库存不足'],
  USER_LIMIT_REACHED: [ACTIVITY_ERRORS.USER_LIMIT_REACHED, '已达到每人限购数量'],
};

/**
 * The 秒杀 reservation, inside the order's transaction: re-reads the sale and the buyer's count, decides with the
 * pure rule, then takes the units by compare-and-set on stockLeft and on the buyer's count. A lost race is a
 * typed refusal and the whole transaction (order included) writes nothing, so stock can never go below zero.
 */
export async function reserveFlashStock(tx: DocOps, input: { saleId: string; userId: string; quantity: number; nowMs: number }): Promise<FlashSaleDoc> {
  const sale = await tx.get(COLLECTIONS.flashSales, input.saleId);
  if (!sale || sale.deletedAt) throw failWith(ACTIVITY_ERRORS.NOT_FOUND);
  const purchaseId = flashPurchaseId(sale._id, input.userId);
  const bought = await tx.get(COLLECTIONS.flashPurchases, purchaseId);
  const decision = decideFlashSalePurchase({
    sale: { startMs: Date.parse(sale.startAt), endMs: Date.parse(sale.endAt), stockLeft: sale.stockLeft, perUserLimit: sale.perUserLimit },
    quantity: input.quantity,
    boughtByUser: bought?.units ?? 0,
    nowMs: input.nowMs,
  });
  if (!decision.ok) throw failWith(...REFUSALS[decision.reason]);
  const taken = await tx.update(COLLECTIONS.flashSales, sale._id, { stockLeft: sale.stockLeft }, { stockLeft: sale.stockLeft - input.quantity });
  const counted = bought
    ? await tx.update(COLLECTIONS.flashPurchases, purchaseId, { units: bought.units }, { units: bought.units + input.quantity })
    : await tx.insert(COLLECTIONS.flashPurchases, { _id: purchaseId, saleId: sale._id, userId: input.userId, units: input.quantity });
  if (!taken || !counted) throw failWith(ACTIVITY_ERRORS.BUSY, '抢购的人太多了，请重试');
  return sale;
}
