import { z } from 'zod';
import { ORDER_STATUSES, type OrderStatus } from '../domain/order/order-status';
import { CARRIER_CODE } from '../domain/shipping/carriers';
import { orderListFilterInput } from './order-list-filter-input';
import { pageInput } from './page-input';
import { deliveryInput } from './stores-inputs';
import { afterSaleAdminInputs, afterSaleInputs } from './after-sale-inputs';

/** Order ids are WeChat Pay out_trade_no values: ≤ 32 of [0-9A-Za-z_-]. */
const ORDER_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}$/);
/** `<orderId>-<n>` */
const LINE_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}-\d{1,2}$/);

export const addressInput = z
  .object({
    name: z.string().trim().min(1).max(20),
    phone: z.string().regex(/^1\d{10}$/, '请输入 11 位手机号'),
    region: z.string().trim().min(2).max(60),
    detail: z.string().trim().min(2).max(120),
  })
  .strict();

/** Payload schemas of the orders function (server side; the client imports only ./orders). */
export const ordersInputs = {
  createOrder: z
    .object({
      /** Idempotency key chosen by the client per checkout: a retried submit returns the same order. */
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      lines: z
        .array(z.object({ skuId: z.string().min(1).max(64), quantity: z.number().int().min(1).max(99) }).strict())
        .min(1)
        .max(20),
      address: addressInput,
      remark: z.string().max(200).optional(),
      /** One of the buyer's own unused coupons (at most one per order). */
      couponId: z.string().regex(/^[0-9A-Za-z_:-]{1,200}$/).optional(),
      /** Pay with as many points as the merchant's cap allows. */
      usePoints: z.boolean().optional(),
      /** Express (default) or store pickup (自提): no shipping fee, the store must exist and be open. */
      delivery: deliveryInput.optional(),
    })
    .strict(),
  getOrder: z.object({ orderId: ORDER_ID }).strict(),
  listMyOrders: z.object({ status: z.enum(ORDER_STATUSES as [OrderStatus, ...OrderStatus[]]).optional(), ...pageInput }).strict(),
  cancelOrder: z.object({ orderId: ORDER_ID }).strict(),
  prepayOrder: z.object({ orderId: ORDER_ID }).strict(),
  getSubscribeTemplates: z.object({}).strict(),
  recordSubscriptions: z.object({ accepted: z.array(z.enum(['ORDER_PAID', 'ORDER_SHIPPED', 'COMMISSION_SETTLED', 'WITHDRAWAL_RESULT', 'REFUND_RESULT'])).max(5) }).strict(),
  confirmReceipt: z.object({ orderId: ORDER_ID }).strict(),
  extendReceipt: z.object({ orderId: ORDER_ID }).strict(),
  getOrderTracking: z.object({ orderId: ORDER_ID }).strict(),
  ...afterSaleInputs,
};

/** Payload schemas of the order-admin function (staff with the 'orders' permission). */
export const orderAdminInputs = {
  shipOrder: z
    .object({
      orderId: ORDER_ID,
      /** WeChat's carrier code (src/domain/shipping/carriers.ts); the shipping upload sends it. */
      carrierCode: z.string().regex(CARRIER_CODE),
      /** Required for a code outside the local list: the name people see. */
      carrierName: z.string().trim().min(1).max(30).optional(),
      trackingNo: z.string().regex(/^[0-9A-Za-z-]{4,40}$/),
    })
    .strict(),
  retryShippingUpload: z.object({ orderId: ORDER_ID }).strict(),
  refundOrderLine: z
    .object({
      /** Idempotency key per refund decision: a retried submit refunds once. */
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      orderId: ORDER_ID,
      lineId: LINE_ID,
      /** Units returned (0 for a money-only partial refund, then `fen` is required). */
      units: z.number().int().min(0).max(99),
      /** Refund amount in 分; omitted = the units' share of what was paid for the line. */
      fen: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
      reason: z.string().trim().min(1).max(200),
    })
    .strict(),
  ...afterSaleAdminInputs,
  runSettlement: z.object({}).strict(),
  listOrders: z
    .object({ status: z.enum(ORDER_STATUSES as [OrderStatus, ...OrderStatus[]]).optional(), ...orderListFilterInput, ...pageInput })
    .strict()
    .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '开始日期不能晚于结束日期' }),
  getOrderDetail: z.object({ orderId: ORDER_ID }).strict(),
};
