import { ACTIVITY_ERRORS } from '../../../../src/contracts/activities';
import { failWith } from '../../../../src/domain/shared/domain-error';
import type { OrderDoc } from '../../kernel/docs/docs';

/** A 拼团 order ships only once its group has succeeded: an unfilled group's orders are refunded, never sent. */
export function assertActivityShippable(order: Pick<OrderDoc, 'activity'>): void {
  const a = order.activity;
  if (a?.kind === 'GROUP_BUY' && a.groupState !== 'SUCCEEDED') {
    throw failWith(ACTIVITY_ERRORS.GROUP_NOT_SUCCEEDED, a.groupState === 'FAILED' ? '拼团未成功，订单已退款，不能发货' : '拼团尚未成功，暂不能发货');
  }
}
