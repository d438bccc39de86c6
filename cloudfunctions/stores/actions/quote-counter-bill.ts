import { storesApi } from '../../../src/contracts/api/stores';
import type { CounterQuoteView } from '../../../src/contracts/counter';
import { billAtStore } from '../../shared/flows/counter/bill-at-store';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** 优惠买单: the discounted total for the amounts typed, computed here (the page shows it; the order recomputes it). */
export const quoteCounterBill = defineAction(storesApi.actions.quoteCounterBill, async (ctx, input): Promise<CounterQuoteView> => {
  const { bill } = await billAtStore(ctx, input.storeId, input);
  return { billFen: bill.billFen, excludedFen: bill.excludedFen, discountFen: bill.discountFen, payFen: bill.payFen, offerLabel: bill.offerLabel };
});
