import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { AFTER_SALE_ERRORS } from '../../../src/contracts/after-sale';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { carrierName } from '../../../src/domain/shipping/carriers';
import { moveAfterSale } from '../../shared/flows/after-sales/move-after-sale';
import { toAfterSaleViews } from '../../shared/flows/after-sales/to-after-sale-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadOwnAfterSale } from '../load-own-after-sale';

/**
 * 退货退款 approved: the shopper says how the goods come back (carrier from the same list staff ship with, and the
 * tracking number): APPROVED → RETURNING. Staff then confirm receipt and the refund runs. The same parcel again is a
 * no-op.
 */
export const submitReturnShipment = defineAction(ordersApi.actions.submitReturnShipment, async (ctx, input) => {
  const seen = await loadOwnAfterSale(ctx, input.afterSaleId);
  if (seen.kind !== 'RETURN_REFUND') throw failWith(AFTER_SALE_ERRORS.INVALID_TRANSITION, '仅退款无需寄回商品');
  const carrier = carrierName(input.carrierCode) ?? input.carrierName;
  if (!carrier) throw failWith(ORDERS_ERRORS.UNKNOWN_CARRIER);
  if (seen.status === 'RETURNING' && seen.returnShipment?.trackingNo === input.trackingNo && seen.returnShipment.carrierCode === input.carrierCode) {
    return (await toAfterSaleViews(ctx.store, [seen]))[0]!;
  }
  const at = ctx.now.toISOString();
  const returnShipment = { carrierCode: input.carrierCode, carrier, trackingNo: input.trackingNo, at };
  const saved = await ctx.store.runTransaction(async (tx) => {
    const doc = (await tx.get(COLLECTIONS.afterSales, seen._id)) ?? seen;
    return moveAfterSale(tx, doc, ['RETURNING'], { actor: 'BUYER', actorId: ctx.openid, at, note: `${carrier} ${input.trackingNo}` }, { returnShipment });
  });
  return (await toAfterSaleViews(ctx.store, [saved]))[0]!;
});
