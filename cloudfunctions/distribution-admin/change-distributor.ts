import { DISTRIBUTION_ADMIN_ERRORS } from '../../src/contracts/distribution-admin';
import { failWith } from '../../src/domain/shared/domain-error';
import type { UserContext } from '../shared/kernel/context';
import type { DistributorDoc } from '../shared/kernel/docs/docs';
import { writeAudit } from '../shared/flows/auth/write-audit';
import { COUNTED, recordDistributorStats } from '../shared/flows/stats/record-distributor-stats';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';
import { moveStatus } from '../shared/kernel/store/move-status';
import { distributorLifecycle } from '../../src/domain/distribution/distributor-lifecycle';
import type { DistributorStatus } from '../../src/domain/distribution/distributor-lifecycle';

/**
 * A staff change to a distributor record, inside the caller's transaction: compare-and-set on the status and grade
 * it was decided from (a concurrent change makes this one fail rather than overwrite it), plus the audit record and
 * the change to the daily statistics' new distributors.
 */
export async function changeDistributor(
  tx: DocOps,
  ctx: UserContext,
  input: {
    current: DistributorDoc;
    /** The status it moves to (along the table), or starts again in when `replace` writes a new record over it; omitted, it keeps its status. */
    to?: DistributorStatus;
    replace?: boolean;
    patch: Partial<Omit<DistributorDoc, '_id' | 'status'>>;
    action: string;
  },
): Promise<DistributorDoc> {
  const { current, patch, action } = input;
  const { to } = input;
  const move = { collection: COLLECTIONS.distributors, id: current._id, lifecycle: distributorLifecycle, from: current.status, to, replace: input.replace, expected: { gradeId: current.gradeId ?? null }, patch: { ...patch, ...COUNTED } };
  if (!(await moveStatus(tx, move))) throw failWith(DISTRIBUTION_ADMIN_ERRORS.BUSY, '该分销商刚被其他人修改，请刷新后重试');
  const next: DistributorDoc = { ...current, ...patch, status: to ?? current.status };
  await recordDistributorStats(tx, current, next);
  await writeAudit(tx, ctx, { actorId: ctx.openid, action, target: current._id, before: current, after: next });
  return next;
}
