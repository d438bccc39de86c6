import { ordersApi } from '../../../src/contracts/api/orders';
import { toAfterSaleViews } from '../../shared/flows/after-sales/to-after-sale-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadOwnAfterSale } from '../load-own-after-sale';

/** One of the shopper's after-sale requests with its timeline, refund and (while returning) the return address. */
export const getAfterSale = defineAction(ordersApi.actions.getAfterSale, async (ctx, input) => (await toAfterSaleViews(ctx.store, [await loadOwnAfterSale(ctx, input.afterSaleId)]))[0]!);
