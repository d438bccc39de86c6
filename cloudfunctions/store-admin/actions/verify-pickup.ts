import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type VerifyPickupResult } from '../../../src/contracts/stores';
import { sumFen, toFen } from '../../../src/domain/money/fen';
import { pickupHandover } from '../../../src/domain/o2o/pickup-handover';
import { isRefundedInFull } from '../../../src/domain/order/kept-spend';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import type { PickupDoc } from '../../shared/kernel/docs/o2o-docs';
import { uploadShipping } from '../../shared/flows/notices/upload-shipping';
import { receiptPatch } from '../../shared/flows/orders/receipt-patch';
import { getMerchantSettings } from '../../shared/flows/merchant/get-merchant-settings';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { orderLifecycle } from '../../../src/domain/order/order-lifecycle';
import { awardStampsInTx } from '../../shared/flows/stamps/award-stamps';
import { readStampCards, runningCards } from '../../shared/flows/stamps/stamp-registry';

/**
 * 核销: staff scan or type the shopper's pickup code and hand the goods over. The order goes PAID → RECEIVED (handed
 * over is shipped and received at once, both steps checked against the order table) with the same receipt patch
 * confirmReceipt writes, so the after-sale window and the commission freeze start now. Once only: the pickup record
 * is keyed by the order id and the order moves by compare-and-set on PAID, in one transaction — a second or
 * concurrent verification is STORE.PICKUP_ALREADY_VERIFIED and changes nothing. Afterwards the shipping info is
 * uploaded to WeChat as 用户自提 (outside the transaction, once per order via the outbox).
 */
export const verifyPickup = defineAction(storeAdminApi.actions.verifyPickup, async (ctx, input): Promise<VerifyPickupResult> => {
  const [found] = await ctx.store.find(COLLECTIONS.orders, { 'delivery.pickupCode': input.code }, { limit: 1 });
  if (!found || found.delivery?.kind !== 'PICKUP') throw failWith(STORE_ERRORS.PICKUP_NOT_FOUND, '核销码不存在');
  const delivery = found.delivery;
  const nowIso = ctx.now.toISOString();
  const { afterSaleDays } = await getMerchantSettings(ctx.store);
  const verify = ctx.store.runTransaction(async (tx): Promise<VerifyPickupResult> => {
    if (await tx.get(COLLECTIONS.pickups, found._id)) throw failWith(STORE_ERRORS.PICKUP_ALREADY_VERIFIED, '该核销码已核销，不能重复核销');
    const order = await tx.get(COLLECTIONS.orders, found._id);
    if (!order) throw failWith(STORE_ERRORS.PICKUP_NOT_FOUND, '核销码不存在');
    if (order.status === 'CLOSED' || isRefundedInFull(order.lines, order.afterSale)) throw failWith(STORE_ERRORS.PICKUP_NOT_READY, '订单已全部退款，不能核销');
    if (order.status !== 'PAID') {
      throw failWith(STORE_ERRORS.PICKUP_NOT_READY, order.status === 'PENDING_PAY' ? '订单尚未付款，不能核销' : '订单状态不允许核销');
    }
    const handover = { shippedAt: nowIso, shipment: { carrier: '门店自提', trackingNo: delivery.pickupCode }, ...receiptPatch(order, nowIso, afterSaleDays, 'STORE') };
    const patch = { status: 'RECEIVED' as const, ...handover };
    if (!(await moveStatus(tx, { collection: COLLECTIONS.orders, id: order._id, lifecycle: orderLifecycle, from: order.status, via: ['SHIPPED'], to: 'RECEIVED', patch: handover }))) {
      throw failWith(STORE_ERRORS.PICKUP_ALREADY_VERIFIED, '该核销码已核销，不能重复核销');
    }
    const pickup: PickupDoc = { _id: order._id, storeId: delivery.storeId, code: delivery.pickupCode, buyerId: order.buyerId, totalFen: toFen(order.totalFen), verifiedBy: ctx.openid, verifiedAt: nowIso };
    if (!(await tx.insert(COLLECTIONS.pickups, pickup))) throw failWith(STORE_ERRORS.PICKUP_ALREADY_VERIFIED, '该核销码已核销，不能重复核销');
    // 集点卡: a pickup handed over earns a stamp on each running card that counts them (once: the id is the order's).
    const stampCards = runningCards(await readStampCards(tx), nowIso).filter((c) => c.perPickup);
    if (stampCards.length) await awardStampsInTx(tx, order.buyerId, order._id, stampCards.map((card) => ({ card, source: 'PICKUP' as const, ref: order._id })), nowIso);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'verifyPickup', target: order._id, before: { status: order.status }, after: patch });
    const buyer = await tx.get(COLLECTIONS.users, order.buyerId);
    const lines = pickupHandover(order.lines, order.afterSale);
    const refundedFen = sumFen(lines.map((l) => l.refundedFen));
    return { orderId: order._id, storeName: delivery.storeName, buyerName: buyer?.nickname ?? '', totalFen: toFen(order.totalFen), verifiedAt: nowIso, lines, refundedFen };
  });
  // 发货信息录入 as 用户自提 (logistics_type 4) once handed over, so WeChat Pay releases the money. Also on a repeat
  // (refused as already verified): an earlier attempt may have died between its commit and this upload. Never throws.
  const uploadOnce = async () => {
    const handed = await ctx.store.get(COLLECTIONS.orders, found._id);
    if (handed && handed.status !== 'PAID' && handed.status !== 'PENDING_PAY') await uploadShipping(ctx, handed);
  };
  const result = await verify.catch(async (error: unknown) => {
    if (error instanceof DomainError && error.code === STORE_ERRORS.PICKUP_ALREADY_VERIFIED.code) await uploadOnce();
    throw error;
  });
  await uploadOnce();
  return result;
});
