import { CUSTOMER_ADMIN_ERRORS } from '../../src/contracts/customer-admin';
import { failWith } from '../../src/domain/shared/domain-error';
import type { FunctionContext } from '../shared/kernel/context';
import { writeAudit } from '../shared/flows/auth/write-audit';
import type { CustomerProfileDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';

/**
 * Applies `change` to a customer's CRM profile (created on first edit) in one transaction with its audit record.
 * `expectedVersion`, when given, must match or the edit is CUSTOMER.CHANGED (someone else edited meanwhile).
 * Returns null when `change` says there is nothing to do (a retried note).
 */
export async function saveProfile(
  ctx: Pick<FunctionContext, 'now' | 'requestId' | 'store'> & { openid: string },
  input: { userId: string; expectedVersion?: number; action: string },
  change: (current: CustomerProfileDoc) => Pick<CustomerProfileDoc, 'tags' | 'notes'> | null,
): Promise<void> {
  const nowIso = ctx.now.toISOString();
  await ctx.store.runTransaction(async (tx) => {
    if (!(await tx.get(COLLECTIONS.users, input.userId))) throw failWith(CUSTOMER_ADMIN_ERRORS.NOT_FOUND);
    const existing = await tx.get(COLLECTIONS.customerProfiles, input.userId);
    const current: CustomerProfileDoc = existing ?? { _id: input.userId, tags: [], notes: [], version: 0, updatedAt: nowIso };
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
      throw failWith(CUSTOMER_ADMIN_ERRORS.CHANGED);
    }
    const next = change(current);
    if (!next) return;
    const patch = { ...next, version: current.version + 1, updatedAt: nowIso };
    const applied = existing
      ? await tx.update(COLLECTIONS.customerProfiles, input.userId, { version: current.version }, patch)
      : await tx.insert(COLLECTIONS.customerProfiles, { ...current, ...patch });
    if (!applied) throw failWith(CUSTOMER_ADMIN_ERRORS.CHANGED);
    await writeAudit(tx, ctx, {
      actorId: ctx.openid,
      action: input.action,
      target: input.userId,
      before: { tags: current.tags, notes: current.notes.length },
      after: { tags: next.tags, notes: next.notes.length },
    });
  });
}
