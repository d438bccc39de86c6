import { activitiesApi } from '../../../src/contracts/api/activities';
import { ACTIVITY_ERRORS, type BargainView } from '../../../src/contracts/activities';
import type { Fen } from '../../../src/domain/money/fen';
import { bargainCuts, bargainPriceAfter } from '../../../src/domain/promotions/bargain-cuts';
import { failWith } from '../../../src/domain/shared/domain-error';
import type { BargainActivityDoc, BargainHelpDoc } from '../../shared/kernel/docs/activity-docs';
import { toBargainView } from '../../shared/flows/activities/to-activity-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import { loadBargain } from '../load-activity';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { bargainLifecycle } from '../../../src/domain/promotions/bargain-lifecycle';

/**
 * 帮砍一刀: a friend's help, at most one per friend per bargain (the help's id is bargain + helper), never the
 * starter's own. The cut is the next one of the stored plan, so the price reaches the floor exactly with the last
 * configured help. The help and the bargain's new price commit together (compare-and-set on helpsDone).
 */
export const helpBargain = defineAction(activitiesApi.actions.helpBargain, async (ctx, input): Promise<{ cutFen: Fen; bargain: BargainView }> => {
  await ensureUser(ctx);
  const nowIso = ctx.now.toISOString();
  const cutFen = await ctx.store.runTransaction(async (tx) => {
    const bargain = await tx.get(COLLECTIONS.bargains, input.bargainId);
    if (!bargain) throw failWith(ACTIVITY_ERRORS.BARGAIN_NOT_FOUND);
    if (bargain.starterId === ctx.openid) throw failWith(ACTIVITY_ERRORS.BARGAIN_SELF_HELP);
    const helpId = `${bargain._id}:${ctx.openid}`;
    if (await tx.get(COLLECTIONS.bargainHelps, helpId)) throw failWith(ACTIVITY_ERRORS.BARGAIN_ALREADY_HELPED);
    if (bargain.helpsDone >= bargain.helps) throw failWith(ACTIVITY_ERRORS.BARGAIN_NO_HELPS_LEFT);
    if (bargain.status !== 'OPEN' || nowIso >= bargain.expiresAt) throw failWith(ACTIVITY_ERRORS.BARGAIN_CLOSED);
    const cuts = bargainCuts(bargain);
    const index = bargain.helpsDone;
    const cut = cuts[index] as Fen;
    const patch = { helpsDone: index + 1, currentFen: bargainPriceAfter(bargain.startFen, cuts, index + 1) };
    const to = index + 1 === bargain.helps ? 'FLOORED' : undefined;
    const move = { collection: COLLECTIONS.bargains, id: bargain._id, lifecycle: bargainLifecycle, from: bargain.status, to, expected: { helpsDone: index }, patch } as const;
    if (!(await moveStatus(tx, move))) throw failWith(ACTIVITY_ERRORS.BUSY, '帮砍的人太多了，请重试');
    const help: BargainHelpDoc = { _id: helpId, bargainId: bargain._id, helperId: ctx.openid, index, cutFen: cut, at: nowIso };
    await tx.insert(COLLECTIONS.bargainHelps, help);
    return cut;
  });
  const bargain = await loadBargain(ctx.store, input.bargainId);
  const activity = (await ctx.store.get(COLLECTIONS.bargainActivities, bargain.activityId)) as BargainActivityDoc;
  return { cutFen, bargain: await toBargainView(ctx.store, bargain, activity, ctx.openid, nowIso) };
});
