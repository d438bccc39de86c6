import { ordersApi } from '../../../src/contracts/api/orders';
import { clearOpenAfterSale } from '../../shared/flows/after-sales/clear-open-after-sale';
import { moveAfterSale } from '../../shared/flows/after-sales/move-after-sale';
import { toAfterSaleViews } from '../../shared/flows/after-sales/to-after-sale-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadOwnAfterSale } from '../load-own-after-sale';

/**
 * The shopper withdraws an open request (before staff confirmed the returned goods): CANCELLED, and the line is free
 * again (settlement, automatic receipt, a new request). Repeating it changes nothing.
 */
export const cancelAfterSale = defineAction(ordersApi.actions.cancelAfterSale, async (ctx, input) => {
  const seen = await loadOwnAfterSale(ctx, input.afterSaleId);
  if (seen.status === 'CANCELLED') return (await toAfterSaleViews(ctx.store, [seen]))[0]!;
  const saved = await ctx.store.runTransaction(async (tx) => {
    const doc = (await tx.get(COLLECTIONS.afterSales, seen._id)) ?? seen;
    const next = await moveAfterSale(tx, doc, ['CANCELLED'], { actor: 'BUYER', actorId: ctx.openid, at: ctx.now.toISOString(), note: '' });
    await clearOpenAfterSale(tx, doc);
    return next;
  });
  return (await toAfterSaleViews(ctx.store, [saved]))[0]!;
});
