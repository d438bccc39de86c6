import type { PayRequestView } from '../../../src/contracts/activities';
import { activitiesInputs } from '../../../src/contracts/activities-inputs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadPayRequest } from '../load-pay-request';
import { toPayRequestView } from '../to-pay-request-view';

/** Whoever holds the share card may see the request (its id carries the request's random share key: the order id alone does not open it). */
export const getPayRequest = defineAction(activitiesInputs.getPayRequest, async (ctx, input): Promise<PayRequestView> => {
  const { request, order } = await loadPayRequest(ctx.store, input.payRequestId);
  return toPayRequestView(ctx.store, request, order, ctx.openid);
});
