import { PAGES } from '../../../../src/contracts/pages';
import { formatFen } from '../../../../src/domain/money/format-fen';
import { toFen } from '../../../../src/domain/money/fen';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc, UserDoc, WithdrawalDoc } from '../../kernel/docs/docs';
import { sendNotice } from './send-notice';
import { uploadShipping } from './upload-shipping';
import { SHANGHAI_OFFSET_MS } from '../../../../src/domain/shared/shanghai-day';

/**
 * The shop's notices, each sent after its business write has committed (never inside a transaction, which may
 * re-run). Data keys are semantic (orderNo, amount, goods, status, time, note); the WeChat adapter maps them to the
 * fields of the template the merchant picked.
 */
const time = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
const goods = (order: OrderDoc) => (order.lines.length > 1 ? `${order.lines[0]?.title ?? ''}等${order.lines.length}件` : (order.lines[0]?.title ?? ''));
const orderPage = (orderId: string) => `${PAGES.order}?orderId=${orderId}`;

/** `buyer`: the buyer's record when the caller has it (payment does), so a buyer who accepted no send costs no read. */
export function noticeOrderPaid(ctx: FunctionContext, order: OrderDoc, buyer?: UserDoc | null) {
  return sendNotice(ctx, { subject: order._id, openid: order.buyerId, template: 'ORDER_PAID', page: orderPage(order._id), data: { orderNo: order._id, amount: formatFen(order.totalFen), goods: goods(order), time: time(ctx.now.toISOString()) } }, buyer);
}

/** Shipped: the buyer's message, and WeChat's shipping record (发货信息录入). */
export async function noticeOrderShipped(ctx: FunctionContext, order: OrderDoc) {
  const shipment = order.shipment;
  await sendNotice(ctx, {
    subject: order._id,
    openid: order.buyerId,
    template: 'ORDER_SHIPPED',
    page: orderPage(order._id),
    data: { orderNo: order._id, goods: goods(order), note: shipment ? `${shipment.carrier} ${shipment.trackingNo}` : '', time: time(ctx.now.toISOString()) },
  });
  await uploadShipping(ctx, order);
}

/**
 * The shopper's refund result: a refund the shop made (an after-sale request, or staff on their own), or a request
 * staff turned down with the reason. One message per refund / per rejection.
 */
export function noticeRefundResult(ctx: FunctionContext, input: { order: OrderDoc; subject: string; status: '退款成功' | '未通过'; fen: number; note: string; page?: string }) {
  return sendNotice(ctx, {
    subject: input.subject,
    openid: input.order.buyerId,
    template: 'REFUND_RESULT',
    page: input.page ?? orderPage(input.order._id),
    data: { orderNo: input.order._id, goods: goods(input.order), amount: formatFen(toFen(input.fen)), status: input.status, note: input.note, time: time(ctx.now.toISOString()) },
  });
}

const WITHDRAWAL_STATUS: Partial<Record<WithdrawalDoc['status'], string>> = { PAID: '已到账', FAILED: '打款失败', REJECTED: '未通过' };

export function noticeWithdrawalResult(ctx: FunctionContext, withdrawal: WithdrawalDoc, payee?: UserDoc | null) {
  const status = WITHDRAWAL_STATUS[withdrawal.status];
  if (!status) return Promise.resolve(null);
  return sendNotice(ctx, {
    subject: `${withdrawal._id}-${withdrawal.attempts}-${withdrawal.status}`,
    openid: withdrawal.userId,
    template: 'WITHDRAWAL_RESULT',
    page: PAGES.earnings,
    data: { amount: formatFen(withdrawal.netFen), status, note: withdrawal.failureReason ?? withdrawal.rejectReason ?? '', time: time(ctx.now.toISOString()) },
  }, payee);
}
