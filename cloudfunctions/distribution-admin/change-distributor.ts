import { DISTRIBUTION_ADMIN_ERRORS } from '../../src/contracts/distribution-admin';
import { DomainError } from '../../src/domain/shared/domain-error';
import type { UserContext } from '../shared/kernel/context';
import type { DistributorDoc } from '../shared/kernel/docs/docs';
import { writeAudit } from '../shared/flows/auth/write-audit';
import { COUNTED, recordDistributorStats } from '../shared/flows/stats/record-distributor-stats';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';

/**
 * A staff change to a distributor record, inside the caller's transaction: compare-and-set on the status and grade
 * it was decided from (a concurrent change makes this one fail rather than overwrite it), plus the audit record and
 * the change to the daily statistics' new distributors.
 */
export async function changeDistributor(
  tx: DocOps,
  ctx: UserContext,
  input: { current: DistributorDoc; patch: Partial<Omit<DistributorDoc, '_id'>>; action: string },
): Promise<DistributorDoc> {
  const { current, patch, action } = input;
  const ok = await tx.update(COLLECTIONS.distributors, current._id, { status: current.status, gradeId: current.gradeId ?? null }, { ...patch, ...COUNTED });
  if (!ok) throw new DomainError(DISTRIBUTION_ADMIN_ERRORS.BUSY, '该分销商刚被其他人修改，请刷新后重试');
  const next: DistributorDoc = { ...current, ...patch };
  await recordDistributorStats(tx, current, next);
  await writeAudit(tx, ctx, { actorId: ctx.openid, action, target: current._id, before: current, after: next });
  return next;
}
