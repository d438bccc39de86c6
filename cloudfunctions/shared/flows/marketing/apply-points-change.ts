import { failWith } from '../../../../src/domain/shared/domain-error';
import { MARKETING_ERRORS, type PointsChangeKind } from '../../../../src/contracts/marketing';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import type { PointsAccountDoc, PointsChangeDoc } from '../../kernel/docs/marketing-docs';

export interface PointsChange {
  id: string;
  userId: string;
  kind: PointsChangeKind;
  delta: number;
  note: string;
  ref: string | null;
  lines?: Record<string, number>;
}

export function emptyPointsAccount(userId: string, nowIso: string): PointsAccountDoc {
  return { _id: userId, balance: 0, signIn: { lastDay: null, streak: 0 }, version: 0, updatedAt: nowIso };
}

/**
 * Writes one ledger change and moves the cached balance with it, inside the caller's transaction. A change whose id
 * exists already is not applied again (retries and re-run transactions). Spending below zero is refused; taking
 * back earned points on a refund may leave a negative balance (the customer already spent them), which later
 * earnings pay off — the ledger stays the truth either way.
 */
export async function applyPointsChange(
  tx: DocOps,
  change: PointsChange,
  nowIso: string,
  options: { allowNegative?: boolean; signIn?: PointsAccountDoc['signIn'] } = {},
): Promise<{ applied: boolean; balance: number }> {
  if (!Number.isSafeInteger(change.delta)) throw new Error(`applyPointsChange: bad delta ${change.delta}`);
  const account = await tx.get(COLLECTIONS.pointsAccounts, change.userId);
  const before = account?.balance ?? 0;
  const balance = before + change.delta;
  // The change is inserted first: its deterministic id is the once-only guard (an existing change means this event
  // was applied already, and nothing is written), which saves reading it separately.
  const doc: PointsChangeDoc = { _id: change.id, userId: change.userId, kind: change.kind, delta: change.delta, balanceAfter: balance, note: change.note, ref: change.ref, at: nowIso };
  if (change.lines) doc.lines = change.lines;
  if (change.delta < 0 && balance < 0 && !options.allowNegative) {
    // Refused only if this change is really new (a retried spend that already happened is not an error).
    if (await tx.get(COLLECTIONS.pointsChanges, change.id)) return { applied: false, balance: before };
    throw failWith(MARKETING_ERRORS.POINTS_INSUFFICIENT, '积分不足');
  }
  if (!(await tx.insert(COLLECTIONS.pointsChanges, doc))) return { applied: false, balance: before };
  const signIn = options.signIn ?? account?.signIn ?? { lastDay: null, streak: 0 };
  const ok = account
    ? await tx.update(COLLECTIONS.pointsAccounts, account._id, { version: account.version }, { balance, signIn, version: account.version + 1, updatedAt: nowIso })
    : await tx.insert(COLLECTIONS.pointsAccounts, { ...emptyPointsAccount(change.userId, nowIso), balance, signIn, version: 1 });
  // Throwing rolls the change insert back with it.
  if (!ok) throw failWith(MARKETING_ERRORS.BUSY, '积分账户正忙，请重试');
  return { applied: true, balance };
}
