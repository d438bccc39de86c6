import { distributionAdminApi } from '../../../src/contracts/api/distribution-admin';
import { DISTRIBUTION_ADMIN_ERRORS, type PolicyView } from '../../../src/contracts/distribution-admin';
import { assertPolicyCompliant, type PolicyChangeInput } from '../../../src/domain/compliance/assert-policy-compliant';
import { DEFAULT_DISTRIBUTION_POLICY, type DistributionPolicy, type ThreeLevelAck } from '../../../src/domain/distribution/distribution-policy';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import type { PolicyDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { POLICY_DOC_ID } from '../../shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toPolicyView } from '../policy-view';

const stale = () => failWith(DISTRIBUTION_ADMIN_ERRORS.STALE_VERSION);

/**
 * Saves a policy edit made from `expectedVersion`: the stored version must still be that one (two admins editing at
 * once cannot overwrite each other), the edit passes assertPolicyCompliant (each forbidden setting refused with its
 * own code, nothing written), and the new version is the next one. Orders already paid keep their snapshot.
 */
export const updatePolicy = defineAction(distributionAdminApi.actions.updatePolicy, async (ctx, input): Promise<PolicyView> => {
  const nowIso = ctx.now.toISOString();
  const saved = await ctx.store.runTransaction(async (tx): Promise<PolicyDoc> => {
    const doc = await tx.get(COLLECTIONS.merchant, POLICY_DOC_ID);
    const current = doc?.policy ?? DEFAULT_DISTRIBUTION_POLICY;
    if (input.expectedVersion !== current.version) throw stale();
    const change = {
      ...input.policy,
      version: current.version + 1,
      threeLevelAck: threeLevelAck(input.policy.levels, input.acknowledgeThreeLevels === true, current, { byUserId: ctx.openid, atIso: nowIso }),
    } as unknown as PolicyChangeInput; // shape checked by the schema; every value is judged by the compliance check
    const policy = assertPolicyCompliant(change, current);
    const next: PolicyDoc = { _id: POLICY_DOC_ID, policy, updatedBy: ctx.openid, updatedAt: nowIso };
    const written = doc
      ? await tx.update(COLLECTIONS.merchant, POLICY_DOC_ID, { updatedAt: doc.updatedAt }, { policy, updatedBy: ctx.openid, updatedAt: nowIso })
      : await tx.insert(COLLECTIONS.merchant, next);
    if (!written) throw stale();
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'updatePolicy', target: POLICY_DOC_ID, before: doc?.policy ?? null, after: policy });
    return next;
  });
  return toPolicyView(saved);
});

/**
 * Three levels need an acknowledgement stored with who and when — always the caller and the server's clock, never
 * values from the payload. One already given for a 3-level policy carries over to later edits that keep 3 levels;
 * dropping to fewer levels clears it, so going back to 3 asks again.
 */
function threeLevelAck(levels: number, acknowledged: boolean, current: DistributionPolicy, now: ThreeLevelAck): ThreeLevelAck | null {
  if (levels !== 3) return null;
  if (acknowledged) return now;
  return current.levels === 3 ? (current.threeLevelAck ?? null) : null;
}
