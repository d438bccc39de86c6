import type { PayRequestView } from '../../src/contracts/activities';
import type { PayRequestDoc } from '../shared/kernel/docs/activity-docs';
import { sharedPayRequestId } from '../shared/flows/activities/pay-request-id-for';
import type { OrderDoc } from '../shared/kernel/docs/docs';
import type { Store } from '../shared/kernel/store/store';
import { maskNickname } from '../shared/flows/users/mask-nickname';
import { nicknamesOf } from '../shared/flows/users/nicknames-of';

/** The friend sees what they pay for and whose order it is (masked), never the buyer's address or phone. */
export async function toPayRequestView(store: Store, request: PayRequestDoc, order: OrderDoc, viewerId: string): Promise<PayRequestView> {
  const names = await nicknamesOf(store, [order.buyerId]);
  return {
    id: sharedPayRequestId(request),
    orderId: order._id,
    buyerNickname: maskNickname(names.get(order.buyerId) ?? '微信用户'),
    isMine: order.buyerId === viewerId,
    totalFen: order.totalFen,
    lines: order.lines.map((l) => ({ title: l.title, specs: l.specs, quantity: l.quantity, imageUrl: l.imageUrl })),
    status: order.status === 'PENDING_PAY' ? 'OPEN' : order.status === 'CANCELLED' ? 'CLOSED' : 'PAID',
    payDeadline: order.payDeadline,
  };
}
