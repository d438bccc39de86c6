import { failWith } from '../../../src/domain/shared/domain-error';
import { orderAdminApi } from '../../../src/contracts/api/order-admin';
import { ORDERS_ERRORS, type ShippingUploadView } from '../../../src/contracts/orders';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { retryShipping, shippingUploadView } from '../../shared/flows/notices/upload-shipping';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Sends a refused 发货信息录入 again (e.g. after WeChat's trouble is fixed): WeChat Pay holds the money until it lands. */
export const retryShippingUpload = defineAction(orderAdminApi.actions.retryShippingUpload, async (ctx, input): Promise<ShippingUploadView> => {
  const order = await ctx.store.get(COLLECTIONS.orders, input.orderId);
  if (!order) throw failWith(ORDERS_ERRORS.NOT_FOUND, '订单不存在');
  const state = await retryShipping(ctx, order);
  if (state === null) throw failWith(ORDERS_ERRORS.SHIPPING_UPLOAD_NOT_RETRYABLE);
  await ctx.store.runTransaction((tx) => writeAudit(tx, ctx, { actorId: ctx.openid, action: 'retryShippingUpload', target: order._id, before: { state: 'FAILED' }, after: { state } }));
  const view = await shippingUploadView(ctx.store, order._id);
  if (!view) throw new Error('the retried shipping upload lost its record');
  return view;
});
