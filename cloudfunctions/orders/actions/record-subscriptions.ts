import { ordersApi } from '../../../src/contracts/api/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeQuota } from '../../shared/flows/notices/send-notice';

/** An accepted one-time send is one message; more than this many unused ones are not worth tracking. */
export const MAX_REMAINING_SENDS = 20;

/**
 * The client reports the templates the user accepted in wx.requestSubscribeMessage (on a tap): one more send each
 * for the caller. Over-reporting only makes a later send fail with 43101 (recorded, never thrown).
 */
export const recordSubscriptions = defineAction(ordersApi.actions.recordSubscriptions, async (ctx, input) => {
  const recorded: typeof input.accepted = [];
  for (const template of new Set(input.accepted)) if (await changeQuota(ctx, ctx.openid, template, +1, MAX_REMAINING_SENDS)) recorded.push(template);
  return { recorded };
});
