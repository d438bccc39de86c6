import { activitiesApi } from '../../../src/contracts/api/activities';
import type { FlashSaleView } from '../../../src/contracts/activities';
import { toFlashSaleView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadFlashSale } from '../load-activity';

export const getFlashSale = defineAction(activitiesApi.actions.getFlashSale, async (ctx, input): Promise<FlashSaleView> =>
  toFlashSaleView(ctx.store, await loadFlashSale(ctx.store, input.saleId), ctx.now.toISOString()),
);
