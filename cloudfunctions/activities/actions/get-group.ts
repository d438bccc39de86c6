import { activitiesApi } from '../../../src/contracts/api/activities';
import type { GroupView } from '../../../src/contracts/activities';
import { toGroupView } from '../../shared/flows/activities/to-activity-views';
import { ACTIVITY_ERRORS } from '../../../src/contracts/activities';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { loadGroup } from '../load-activity';

/** What the share card opens: the group, its places and deadline (members by masked nickname). */
export const getGroup = defineAction(activitiesApi.actions.getGroup, async (ctx, input): Promise<GroupView> => {
  const group = await loadGroup(ctx.store, input.groupId);
  const activity = await ctx.store.get(COLLECTIONS.groupBuys, group.activityId);
  if (!activity) throw failWith(ACTIVITY_ERRORS.NOT_FOUND);
  return toGroupView(ctx.store, group, activity, ctx.openid, ctx.now.toISOString());
});
