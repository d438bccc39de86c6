import { failWith } from '../../../../src/domain/shared/domain-error';
import { STORE_ERRORS } from '../../../../src/contracts/stores';
import { writeAudit } from '../auth/write-audit';
import type { UserContext } from '../../kernel/context';
import type { DistributorDoc, UserDoc } from '../../kernel/docs/docs';
import { COUNTED, recordDistributorStats } from '../stats/record-distributor-stats';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { moveStatus } from '../../kernel/store/move-status';
import { distributorLifecycle } from '../../../../src/domain/distribution/distributor-lifecycle';

/**
 * In-store staff and regional agents earn like distributors, so assigning one makes them an ACTIVE distributor the
 * way distribution-admin's designateDistributor does: free, no purchase, audited. An applicant is approved; an
 * active or frozen distributor is left as is. A rejected or revoked user is refused here — re-admitting them is a
 * distribution decision for designateDistributor, not a side effect of a store setting.
 */
export async function ensureActiveDistributor(tx: DocOps, ctx: UserContext, userId: string, why: string): Promise<UserDoc> {
  const user = await tx.get(COLLECTIONS.users, userId);
  if (!user) throw failWith(STORE_ERRORS.STAFF_NOT_FOUND, '用户不存在，请对方先打开一次小程序');
  const current = await tx.get(COLLECTIONS.distributors, userId);
  const nowIso = ctx.now.toISOString();
  const admitted = { status: 'ACTIVE' as const, since: nowIso, reviewedBy: ctx.openid, reviewedAt: nowIso, reviewNote: why };
  if (!current) {
    const doc: DistributorDoc = { _id: userId, gradeId: null, shopName: `${user.nickname}的小店`, application: null, ...admitted, ...COUNTED };
    await tx.insert(COLLECTIONS.distributors, doc);
    await recordDistributorStats(tx, null, doc);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'designateDistributor', target: userId, before: null, after: doc });
  } else if (current.status === 'APPLIED') {
    const { status: to, ...admission } = admitted;
    await moveStatus(tx, { collection: COLLECTIONS.distributors, id: userId, lifecycle: distributorLifecycle, from: current.status, to, patch: { ...admission, ...COUNTED } });
    await recordDistributorStats(tx, current, { ...current, ...admitted });
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'designateDistributor', target: userId, before: current, after: { ...current, ...admitted } });
  } else if (current.status !== 'ACTIVE' && current.status !== 'FROZEN') {
    throw failWith(STORE_ERRORS.STAFF_NOT_ELIGIBLE, `${user.nickname} 的分销资格已被取消或拒绝，请先在分销管理中重新设为分销商`);
  }
  return user;
}
