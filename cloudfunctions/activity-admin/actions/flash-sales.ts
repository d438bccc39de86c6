import { activityAdminApi } from '../../../src/contracts/api/activity-admin';
import { ACTIVITY_ERRORS, type FlashSaleView } from '../../../src/contracts/activities';
import { toFen } from '../../../src/domain/money/fen';
import { failWith } from '../../../src/domain/shared/domain-error';
import type { FlashSaleDoc } from '../../shared/kernel/docs/activity-docs';
import { toFlashSaleView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { deleteActivity, saveActivity } from '../save-activity';

const SPEC = { collection: COLLECTIONS.flashSales, prefix: 'F', action: 'saveFlashSale' };

export const listFlashSales = defineAction(activityAdminApi.actions.listFlashSales, async (ctx): Promise<FlashSaleView[]> => {
  const docs = await ctx.store.find(COLLECTIONS.flashSales, { deletedAt: null }, { limit: 100, orderBy: [{ field: 'startAt', direction: 'desc' }] });
  return Promise.all(docs.map((d) => toFlashSaleView(ctx.store, d, ctx.now.toISOString())));
});

/**
 * 秒杀 price below the list price; changing the total moves the unsold stock by the same amount (never below what
 * is already sold or held by unpaid orders).
 */
export const saveFlashSale = defineAction(activityAdminApi.actions.saveFlashSale, async (ctx, input): Promise<FlashSaleView> => {
  const doc = await saveActivity<FlashSaleDoc>(ctx, SPEC, input, (sku, current) => {
    if (input.priceFen >= sku.priceFen || input.priceFen < 1) throw failWith(ACTIVITY_ERRORS.INVALID_PRICE, '秒杀价必须低于原价且大于 0');
    const sold = current ? current.stockTotal - current.stockLeft : 0;
    if (input.stockTotal < sold) throw failWith(ACTIVITY_ERRORS.STOCK_BELOW_SOLD, `已售出或待付款 ${sold} 件，总量不能更少`);
    return { priceFen: toFen(input.priceFen), stockTotal: input.stockTotal, stockLeft: input.stockTotal - sold, perUserLimit: input.perUserLimit };
  });
  return toFlashSaleView(ctx.store, doc, ctx.now.toISOString());
});

export const deleteFlashSale = defineAction(activityAdminApi.actions.deleteFlashSale, async (ctx, input) =>
  deleteActivity(ctx, { collection: COLLECTIONS.flashSales, action: 'deleteFlashSale' }, input.id),
);
