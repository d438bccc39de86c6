import { activitiesApi } from '../../../src/contracts/api/activities';
import type { GroupBuyView } from '../../../src/contracts/activities';
import { toGroupBuyView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadGroupBuy } from '../load-activity';

export const getGroupBuy = defineAction(activitiesApi.actions.getGroupBuy, async (ctx, input): Promise<GroupBuyView> =>
  toGroupBuyView(ctx.store, await loadGroupBuy(ctx.store, input.activityId), ctx.now.toISOString()),
);
