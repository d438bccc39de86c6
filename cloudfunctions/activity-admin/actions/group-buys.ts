import { activityAdminApi } from '../../../src/contracts/api/activity-admin';
import { ACTIVITY_ERRORS, type AdminGroupRow, type GroupBuyView } from '../../../src/contracts/activities';
import { toFen } from '../../../src/domain/money/fen';
import { failWith } from '../../../src/domain/shared/domain-error';
import type { GroupBuyDoc } from '../../shared/kernel/docs/activity-docs';
import { toGroupBuyView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';
import { deleteActivity, saveActivity } from '../save-activity';

const SPEC = { collection: COLLECTIONS.groupBuys, prefix: 'T', action: 'saveGroupBuy' };

export const listGroupBuys = defineAction(activityAdminApi.actions.listGroupBuys, async (ctx): Promise<GroupBuyView[]> => {
  const docs = await ctx.store.find(COLLECTIONS.groupBuys, { deletedAt: null }, { limit: 100, orderBy: [{ field: 'startAt', direction: 'desc' }] });
  return Promise.all(docs.map((d) => toGroupBuyView(ctx.store, d, ctx.now.toISOString())));
});

/**
 * 拼团: group price below the list price; the optional 团长价 is at most the group price. It is a fixed price for
 * opening a group, the same however many join: no reward per recruit (compliance: never pay for headcount).
 */
export const saveGroupBuy = defineAction(activityAdminApi.actions.saveGroupBuy, async (ctx, input): Promise<GroupBuyView> => {
  const doc = await saveActivity<GroupBuyDoc>(ctx, SPEC, input, (sku) => {
    if (input.priceFen >= sku.priceFen || input.priceFen < 1) throw failWith(ACTIVITY_ERRORS.INVALID_PRICE, '拼团价必须低于原价且大于 0');
    if (input.leaderPriceFen !== null && (input.leaderPriceFen > input.priceFen || input.leaderPriceFen < 1)) {
      throw failWith(ACTIVITY_ERRORS.INVALID_PRICE, '团长价不能高于拼团价，且大于 0');
    }
    return {
      priceFen: toFen(input.priceFen),
      leaderPriceFen: input.leaderPriceFen === null ? null : toFen(input.leaderPriceFen),
      requiredMembers: input.requiredMembers,
      hours: input.hours,
    };
  });
  return toGroupBuyView(ctx.store, doc, ctx.now.toISOString());
});

export const deleteGroupBuy = defineAction(activityAdminApi.actions.deleteGroupBuy, async (ctx, input) =>
  deleteActivity(ctx, { collection: COLLECTIONS.groupBuys, action: 'deleteGroupBuy' }, input.id),
);

/** Groups newest first (optionally of one activity), with the leader's nickname. */
export const listGroups = defineAction(activityAdminApi.actions.listGroups, async (ctx, input): Promise<AdminGroupRow[]> => {
  const groups = await ctx.store.find(COLLECTIONS.groups, input.activityId ? { activityId: input.activityId } : {}, { limit: 100, orderBy: [{ field: 'openedAt', direction: 'desc' }] });
  const names = await nicknamesOf(ctx.store, groups.map((g) => g.leaderId));
  const titles = new Map<string, string>();
  for (const g of groups) {
    if (titles.has(g.activityId)) continue;
    const activity = await ctx.store.get(COLLECTIONS.groupBuys, g.activityId);
    const product = activity && (await ctx.store.get(COLLECTIONS.products, activity.productId));
    titles.set(g.activityId, product?.title ?? '');
  }
  return groups.map((g) => ({
    id: g._id,
    activityId: g.activityId,
    title: titles.get(g.activityId) ?? '',
    leaderNickname: names.get(g.leaderId) ?? '微信用户',
    status: g.status,
    memberCount: g.memberCount,
    requiredMembers: g.requiredMembers,
    expiresAt: g.expiresAt,
  }));
});
