import { WITHDRAWAL_ERRORS } from '../../src/contracts/commission';
import { DomainError } from '../../src/domain/shared/domain-error';
import { assertWithdrawalTransition, withdrawalDebitsBalance, type WithdrawalStatus } from '../../src/domain/withdrawal/withdrawal-lifecycle';
import type { FunctionContext } from '../shared/context';
import type { WithdrawalDoc } from '../shared/docs';
import { writeAudit } from '../shared/auth/write-audit';
import { applyBalanceChange, type BalanceChange } from '../shared/ledger/apply-balance-change';
import { COLLECTIONS } from '../shared/store/collections';
import type { DocOps } from '../shared/store/store';
import { applyWithdrawalDayChange } from '../shared/withdrawals/withdrawal-day-total';

/** Which cached-balance bucket holds a withdrawal's amount in each status (deriveBalance's rule). */
function bucketOf(status: WithdrawalStatus): keyof BalanceChange | null {
  if (status === 'REQUESTED' || status === 'APPROVED') return 'inWithdrawalFen';
  if (status === 'PAID') return 'withdrawnFen';
  return null;
}

/**
 * Moves one withdrawal along the domain's transition table inside the caller's transaction, together with
 * everything that must change with it: the balance bucket its amount sits in, the daily total of its request day,
 * and an audit record. Compare-and-set on (status, attempts): a concurrent move makes this one fail, never both apply.
 */
export async function applyWithdrawalMove(
  tx: DocOps,
  ctx: Pick<FunctionContext, 'now' | 'requestId'>,
  move: { current: WithdrawalDoc; to: WithdrawalStatus; patch: Partial<WithdrawalDoc>; actorId: string; action: string },
): Promise<WithdrawalDoc> {
  const { current, to } = move;
  assertWithdrawalTransition(current.status, to);
  const next: WithdrawalDoc = { ...current, ...move.patch, _id: current._id, status: to };
  const { _id: _ignored, ...fields } = next;
  const moved = await tx.update(COLLECTIONS.withdrawals, current._id, { status: current.status, attempts: current.attempts }, fields);
  if (!moved) throw new DomainError(WITHDRAWAL_ERRORS.BUSY, '提现状态已变化，请刷新后重试');

  const nowIso = ctx.now.toISOString();
  const change: BalanceChange = {};
  const from = bucketOf(current.status);
  const into = bucketOf(to);
  if (from) change[from] = (change[from] ?? 0) - current.amountFen;
  if (into) change[into] = (change[into] ?? 0) + current.amountFen;
  if (from !== into) await applyBalanceChange(tx, current.userId, change, nowIso);

  const dayDelta = (withdrawalDebitsBalance(to) ? 1 : 0) - (withdrawalDebitsBalance(current.status) ? 1 : 0);
  if (dayDelta !== 0) await applyWithdrawalDayChange(tx, current.userId, current.day, dayDelta * current.amountFen);

  await writeAudit(tx, ctx, { actorId: move.actorId, action: move.action, target: current._id, before: current, after: next });
  return next;
}
