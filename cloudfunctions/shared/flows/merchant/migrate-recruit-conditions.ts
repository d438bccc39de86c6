import { RECRUIT_CONDITION_KEYS, withoutRecruitConditions, type RecruitConditions } from '../../../../src/domain/compliance/assert-policy-compliant';
import type { DistributorGrade, GradeUpgradeConditions } from '../../../../src/domain/distribution/distribution-policy';
import { writeAudit } from '../auth/write-audit';
import type { FunctionContext } from '../../kernel/context';
import { COLLECTIONS } from '../../kernel/store/collections';
import { POLICY_DOC_ID } from './get-distribution-policy';

/** Who the audit log names for a change the system made on its own. */
export const MIGRATION_ACTOR = 'system:migration';

const holdsRecruitCondition = (g: DistributorGrade) =>
  RECRUIT_CONDITION_KEYS.some((k) => (g.upgrade.conditions as GradeUpgradeConditions & RecruitConditions)[k] != null);

/**
 * A policy saved before head-count conditions were refused may still hold one (直推人数 on a grade). It becomes the
 * next version with those conditions removed — a grade left with none is assigned by staff only — and an audit
 * record, in one transaction (compare-and-set on the stored document). One read when there is nothing to do, so the
 * jobs timer runs it every time; a repeat or a concurrent run finds nothing left.
 */
export async function migrateRecruitConditions(ctx: Pick<FunctionContext, 'store' | 'now' | 'requestId'>): Promise<{ migrated: boolean }> {
  const doc = await ctx.store.get(COLLECTIONS.merchant, POLICY_DOC_ID);
  if (!doc || !doc.policy.grades.some(holdsRecruitCondition)) return { migrated: false };
  const nowIso = ctx.now.toISOString();
  return ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.merchant, POLICY_DOC_ID);
    if (!current || !current.policy.grades.some(holdsRecruitCondition)) return { migrated: false };
    const grades = current.policy.grades.map((g) => (holdsRecruitCondition(g) ? { ...g, upgrade: { ...g.upgrade, conditions: withoutRecruitConditions(g.upgrade.conditions) } } : g));
    const policy = { ...current.policy, grades, version: current.policy.version + 1 };
    if (!(await tx.update(COLLECTIONS.merchant, POLICY_DOC_ID, { updatedAt: current.updatedAt }, { policy, updatedBy: MIGRATION_ACTOR, updatedAt: nowIso }))) {
      return { migrated: false };
    }
    await writeAudit(tx, ctx, { actorId: MIGRATION_ACTOR, action: 'migrateRecruitConditions', target: POLICY_DOC_ID, before: current.policy, after: policy });
    return { migrated: true };
  });
}
