import { failWith } from '../../../src/domain/shared/domain-error';
import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import { MARKETING_ERRORS, type FullReductionView } from '../../../src/contracts/marketing';
import { toFen } from '../../../src/domain/money/fen';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { extendFullReductionWindow } from '../../shared/flows/marketing/full-reduction-window';
import type { FullReductionDoc } from '../../shared/kernel/docs/marketing-docs';
import { toFullReductionView } from '../../shared/flows/marketing/to-marketing-views';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * Creates a 满减 activity (id from the request id) or edits one (compare-and-set on version), moving the window in
 * which checkout looks for one (extendFullReductionWindow). Orders already placed keep the reduction they were priced
 * with. Audited.
 */
export const saveFullReduction = defineAction(marketingAdminApi.actions.saveFullReduction, async (ctx, input): Promise<FullReductionView> => {
  const nowIso = ctx.now.toISOString();
  const fields = {
    name: input.name,
    tiers: input.tiers.map((t) => ({ thresholdFen: toFen(t.thresholdFen), reductionFen: toFen(t.reductionFen) })),
    productIds: input.productIds,
    startAt: new Date(input.startAt).toISOString(),
    endAt: new Date(input.endAt).toISOString(),
  };
  const activityId = input.activityId ?? 'FR' + stableId(['full-reduction', ctx.openid, input.requestId], 16);
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.fullReductions, activityId);
    if (input.activityId === undefined) {
      if (current) return current;
      const doc: FullReductionDoc = { _id: activityId, ...fields, status: 'ACTIVE', version: 1, createdBy: ctx.openid, updatedAt: nowIso };
      await tx.insert(COLLECTIONS.fullReductions, doc);
      await extendFullReductionWindow(tx, doc.endAt);
      await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveFullReduction', target: activityId, before: null, after: doc });
      return doc;
    }
    if (!current) throw failWith(MARKETING_ERRORS.FULL_REDUCTION_NOT_FOUND);
    if (input.expectedVersion !== current.version) throw failWith(MARKETING_ERRORS.CHANGED);
    const next: FullReductionDoc = { ...current, ...fields, version: current.version + 1, updatedAt: nowIso };
    if (!(await tx.update(COLLECTIONS.fullReductions, activityId, { version: current.version }, { ...fields, version: next.version, updatedAt: nowIso }))) {
      throw failWith(MARKETING_ERRORS.CHANGED);
    }
    if (next.status === 'ACTIVE') await extendFullReductionWindow(tx, next.endAt);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveFullReduction', target: activityId, before: current, after: next });
    return next;
  });
  return toFullReductionView(saved);
});
