import { financeApi } from '../../../src/contracts/api/finance';
import type { PaymentAlertPage } from '../../../src/contracts/finance';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toPaymentAlertView } from '../to-payment-alert-view';

/** 支付异常, newest first: OPEN ones (state absent, the default) or all; with the open count for the badge. */
export const listPaymentAlerts = defineAction(financeApi.actions.listPaymentAlerts, async (ctx, input): Promise<PaymentAlertPage> => {
  const openFilter = { state: null };
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.paymentAlerts, input.state === 'ALL' ? {} : openFilter, {
        skip,
        limit,
        orderBy: [{ field: 'createdAt', direction: 'desc' }],
      }),
    toPaymentAlertView,
  );
  return { ...page, openCount: await ctx.store.count(COLLECTIONS.paymentAlerts, openFilter) };
});
