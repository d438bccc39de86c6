import type { FlashSaleView } from '../../../src/contracts/activities';
import { activitiesInputs } from '../../../src/contracts/activities-inputs';
import { toFlashSaleView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadFlashSale } from '../load-activity';

export const getFlashSale = defineAction(activitiesInputs.getFlashSale, async (ctx, input): Promise<FlashSaleView> =>
  toFlashSaleView(ctx.store, await loadFlashSale(ctx.store, input.saleId), ctx.now.toISOString()),
);
