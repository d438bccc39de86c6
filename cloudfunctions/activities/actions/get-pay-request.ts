import { activitiesApi } from '../../../src/contracts/api/activities';
import type { PayRequestView } from '../../../src/contracts/activities';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadPayRequest } from '../load-pay-request';
import { toPayRequestView } from '../to-pay-request-view';

/** Whoever holds the share card may see the request (its id carries the request's random share key: the order id alone does not open it). */
export const getPayRequest = defineAction(activitiesApi.actions.getPayRequest, async (ctx, input): Promise<PayRequestView> => {
  const { request, order } = await loadPayRequest(ctx.store, input.payRequestId);
  return toPayRequestView(ctx.store, request, order, ctx.openid);
});
