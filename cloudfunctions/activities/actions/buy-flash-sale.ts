import { activitiesApi } from '../../../src/contracts/api/activities';
import type { OrderView } from '../../../src/contracts/orders';
import { createActivityOrder, pickBuyerFields } from '../../shared/flows/activities/create-activity-order';
import { reserveFlashStock } from '../../shared/flows/activities/reserve-flash-stock';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toOrderView } from '../../shared/flows/orders/to-order-view';
import { loadFlashSale } from '../load-activity';

/**
 * 秒杀: an order at the sale price. The sale's stock and the buyer's limit are taken by compare-and-set in the
 * order's own transaction (reserveFlashStock), so however many buy at once, no more than the stock are sold; an
 * unpaid order cancelled by the buyer or the pay timeout gives its units back.
 */
export const buyFlashSale = defineAction(activitiesApi.actions.buyFlashSale, async (ctx, input): Promise<OrderView> => {
  const sale = await loadFlashSale(ctx.store, input.saleId);
  const { order } = await createActivityOrder(ctx, {
    ...pickBuyerFields(input),
    skuId: sale.skuId,
    quantity: input.quantity,
    activityPriceFen: sale.priceFen,
    activity: { kind: 'FLASH_SALE', id: sale._id, paysCommission: sale.paysCommission },
    reserve: async (tx) => void (await reserveFlashStock(tx, { saleId: sale._id, userId: ctx.openid, quantity: input.quantity, nowMs: ctx.now.getTime() })),
  });
  return toOrderView(order);
});
