import { failWith } from '../../../src/domain/shared/domain-error';
import { ordersApi } from '../../../src/contracts/api/orders';
import { AFTER_SALE_ERRORS, type AfterSaleView } from '../../../src/contracts/after-sale';
import { ORDERS_ERRORS } from '../../../src/contracts/orders';
import { assertAfterSaleKindAllowed, assertAfterSaleReasonFits } from '../../../src/domain/after-sale/after-sale-kind';
import { isAfterSaleWindowOpen } from '../../../src/domain/after-sale/after-sale-window';
import { afterSaleIdFor, afterSalePhotoFolder } from '../../shared/flows/after-sales/after-sale-id';
import { toAfterSaleViews } from '../../shared/flows/after-sales/to-after-sale-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMerchantSettings } from '../../shared/flows/merchant/get-merchant-settings';
import { findLine, lineAfterSale } from '../../shared/flows/orders/find-line';
import { refundableFenForUnits } from '../../../src/domain/order/refundable-fen-for-units';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { AfterSaleDoc } from '../../shared/kernel/docs/docs';
import { loadOwnOrder } from '../load-own-order';
import { checkAfterSaleText } from '../check-after-sale-text';

/**
 * The shopper asks for 仅退款 or 退货退款 of some units of a line, from payment until the after-sale window closes,
 * with a reason from the list, a description (content-checked) and up to 6 of their own uploaded photos. The request
 * and the line's open marker (which holds settlement and the automatic receipt) are written in one transaction; a
 * retried submit (same requestId) returns the same request. Nothing is written when anything is refused.
 */
export const requestAfterSale = defineAction(ordersApi.actions.requestAfterSale, async (ctx, input): Promise<AfterSaleView> => {
  const id = afterSaleIdFor(input.orderId, input.lineId, input.requestId);
  const existing = await ctx.store.get(COLLECTIONS.afterSales, id);
  if (existing && existing.buyerId === ctx.openid) return (await toAfterSaleViews(ctx.store, [existing]))[0]!;

  const order = await loadOwnOrder(ctx, input.orderId);
  const line = findLine(order, input.lineId);
  const { afterSaleDays } = await getMerchantSettings(ctx.store);
  if (!isAfterSaleWindowOpen(order, ctx.now.toISOString(), afterSaleDays)) throw failWith(ORDERS_ERRORS.AFTER_SALE_CLOSED);
  assertAfterSaleKindAllowed(input.kind, order.status);
  assertAfterSaleReasonFits(input.kind, input.reason);
  const done = lineAfterSale(order, line.lineId);
  if (done.open) throw failWith(ORDERS_ERRORS.AFTER_SALE_OPEN);
  const fen = refundableFenForUnits(line, done, input.units);
  if (input.units > line.quantity - done.refundedUnits || fen <= 0) throw failWith(ORDERS_ERRORS.REFUND_EXCEEDS_LINE, '申请数量超过可退数量');
  const photos = input.photos ?? [];
  const folder = `uploads/${afterSalePhotoFolder(ctx.openid)}/`;
  if (photos.some((url) => !url.includes(folder))) throw failWith(AFTER_SALE_ERRORS.INVALID_PHOTO);
  const description = input.description ?? '';
  if (description) await checkAfterSaleText(ctx, description);

  const nowIso = ctx.now.toISOString();
  const doc: AfterSaleDoc = {
    _id: id,
    requestId: input.requestId,
    orderId: order._id,
    lineId: line.lineId,
    buyerId: ctx.openid,
    kind: input.kind,
    status: 'REQUESTED',
    units: input.units,
    fen,
    reason: input.reason,
    description,
    photos,
    productTitle: line.title,
    specs: line.specs,
    imageUrl: line.imageUrl,
    returnShipment: null,
    refundId: null,
    rejectReason: null,
    timeline: [{ status: 'REQUESTED', actor: 'BUYER', actorId: ctx.openid, at: nowIso, note: description }],
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  const saved = await ctx.store.runTransaction(async (tx) => {
    const again = await tx.get(COLLECTIONS.afterSales, id);
    if (again) return again;
    const current = await tx.get(COLLECTIONS.orders, order._id);
    const now = current && lineAfterSale(current, line.lineId);
    if (!current || !now || current.status !== order.status || now.open || now.refundedUnits !== done.refundedUnits || now.refundedFen !== done.refundedFen) {
      throw failWith(ORDERS_ERRORS.BUSY, '订单状态已变化，请刷新');
    }
    await tx.insert(COLLECTIONS.afterSales, doc);
    const open = { afterSaleId: id, kind: input.kind, units: input.units, reason: input.reason, requestedAt: nowIso };
    await tx.update(COLLECTIONS.orders, order._id, { status: current.status }, { afterSale: { ...(current.afterSale ?? {}), [line.lineId]: { ...now, open } } });
    return doc;
  });
  return (await toAfterSaleViews(ctx.store, [saved]))[0]!;
});
