import { distributorApi } from '../../../src/contracts/api/distributor';
import { DISTRIBUTOR_ERRORS, type DistributorApplication, type DistributorView } from '../../../src/contracts/distributor';
import { qualifyDistributor, type QualificationResult } from '../../../src/domain/distribution/qualify-distributor';
import { assertDistributorTransition, distributorLifecycle } from '../../../src/domain/distribution/distributor-lifecycle';
import { formatFen } from '../../../src/domain/money/format-fen';
import { toFen } from '../../../src/domain/money/fen';
import { DomainError, failWith } from '../../../src/domain/shared/domain-error';
import type { UserContext } from '../../shared/kernel/context';
import type { DistributorDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { zeroStats } from '../../shared/flows/ledger/apply-stats-change';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { COUNTED, recordDistributorStats } from '../../shared/flows/stats/record-distributor-stats';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { ensureUser } from '../../shared/flows/users/ensure-user';
import { toDistributorView } from '../load-distributor';
import { moveStatus } from '../../shared/kernel/store/move-status';

/**
 * Becomes a distributor under the merchant's qualification mode: automatically (unconditional, after the first paid
 * order, or at a cumulative spend net of refunds), by applying for staff review, or not at all (staff designate).
 * It never costs money and never asks for a purchase: the spend and order modes only read what the shopper already
 * bought of their own choosing. Idempotent: an active, frozen or applied user gets their record back unchanged.
 */
export const becomeDistributor = defineAction(distributorApi.actions.becomeDistributor, async (ctx, input): Promise<DistributorView> => {
  const user = await ensureUser(ctx);
  const existing = await ctx.store.get(COLLECTIONS.distributors, ctx.openid);
  if (existing?.status === 'REVOKED') {
    throw failWith(DISTRIBUTOR_ERRORS.REVOKED);
  }
  if (existing && existing.status !== 'REJECTED') return toDistributorView(existing);

  const policy = await getDistributionPolicy(ctx.store);
  const stats = (await ctx.store.get(COLLECTIONS.userStats, ctx.openid)) ?? zeroStats(ctx.openid);
  // spendFen is already net of refunds (the refund transaction lowers it), so nothing is subtracted again here.
  const result = qualifyDistributor(policy.qualification, {
    paidOrderCount: stats.paidOrderCount,
    paidSpendFen: toFen(Math.max(0, stats.spendFen)),
    refundedFen: toFen(0),
  });
  const nowIso = ctx.now.toISOString();
  const shopName = existing?.shopName ?? `${user.nickname}的小店`;
  if (result.qualifies) {
    // A rejected applicant who now qualifies automatically (the merchant changed the mode) is admitted as a new
    // record: the rejection was about an application, and qualifying needs no one's approval.
    return save(ctx, existing, { _id: ctx.openid, status: 'ACTIVE', gradeId: null, shopName, since: nowIso, application: null, reviewedBy: null, reviewedAt: null, reviewNote: null });
  }
  if (result.reason !== 'NEEDS_APPLICATION') throw refusal(result);
  if (!input.application) {
    throw failWith(DISTRIBUTOR_ERRORS.APPLICATION_REQUIRED);
  }
  if (existing) assertDistributorTransition(existing.status, 'APPLIED');
  const application: DistributorApplication & { appliedAt: string } = { ...input.application, appliedAt: nowIso };
  return save(ctx, existing, {
    _id: ctx.openid,
    status: 'APPLIED',
    gradeId: existing?.gradeId ?? null,
    shopName,
    since: nowIso,
    application,
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
  });
});

/**
 * Insert, or replace a rejected record by compare-and-set, with its change to the daily statistics in the same
 * transaction; a concurrent twin's result wins and is returned.
 */
async function save(ctx: UserContext, existing: DistributorDoc | null, next: DistributorDoc): Promise<DistributorView> {
  const { _id, status, ...fields } = next;
  // An applicant applies again along the table; one who now qualifies at once is a new record in place of the old.
  const move = existing && { collection: COLLECTIONS.distributors, id: _id, lifecycle: distributorLifecycle, from: existing.status, to: status, replace: status === 'ACTIVE', expected: { since: existing.since }, patch: { ...fields, ...COUNTED } };
  const written = await ctx.store.runTransaction(async (tx) => {
    const saved = move ? await moveStatus(tx, move) : await tx.insert(COLLECTIONS.distributors, { ...next, ...COUNTED });
    if (saved) await recordDistributorStats(tx, existing, next);
    return saved;
  });
  if (written) return toDistributorView(next);
  const saved = await ctx.store.get(COLLECTIONS.distributors, ctx.openid);
  return toDistributorView(saved ?? next);
}

function refusal(result: Exclude<QualificationResult, { qualifies: true } | { reason: 'NEEDS_APPLICATION' }>): DomainError {
  switch (result.reason) {
    case 'NEEDS_PAID_ORDER':
      return failWith(DISTRIBUTOR_ERRORS.NEEDS_PAID_ORDER);
    case 'SPEND_BELOW_THRESHOLD':
      return failWith(DISTRIBUTOR_ERRORS.SPEND_BELOW_THRESHOLD, `再消费 ${formatFen(result.remainingFen)} 即可成为分销商（退款金额不计入）`);
    case 'STAFF_ONLY':
      return failWith(DISTRIBUTOR_ERRORS.STAFF_ONLY);
  }
}
