import { failWith } from '../../../../src/domain/shared/domain-error';
import { WITHDRAWAL_ERRORS } from '../../../../src/contracts/commission';
import { withdrawalDebitsBalance, withdrawalLifecycle, type WithdrawalStatus } from '../../../../src/domain/withdrawal/withdrawal-lifecycle';
import type { FunctionContext } from '../../kernel/context';
import type { WithdrawalDoc } from '../../kernel/docs/docs';
import { writeAudit } from '../auth/write-audit';
import { applyBalanceChange, incrementBalance, type BalanceChange } from '../ledger/apply-balance-change';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import { recordStats } from '../stats/record-stats';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { moveStatus } from '../../kernel/store/move-status';
import { withdrawalBucket } from '../../../../src/domain/ledger/balance-buckets';

/**
 * Moves one withdrawal along the domain's transition table inside the caller's transaction, together with
 * everything that must change with it: the balance bucket its amount sits in, the daily cap's total of its request
 * day (carried by the balance), and an audit record. Compare-and-set on (status, attempts): a concurrent move makes
 * this one fail, never both apply. `current` may have been read before the transaction: if the withdrawal has moved
 * since, nothing is written and moveWithdrawal answers null (applyWithdrawalMove throws WITHDRAWAL.BUSY).
 */
export async function moveWithdrawal(
  tx: DocOps,
  ctx: Pick<FunctionContext, 'now' | 'requestId'>,
  move: { current: WithdrawalDoc; to: WithdrawalStatus; patch: Partial<WithdrawalDoc>; actorId: string; action: string },
): Promise<WithdrawalDoc | null> {
  const { current, to } = move;
  // A payout counts in the day's statistics (money paid out), with the withdrawal marked as counted.
  const next: WithdrawalDoc = { ...current, ...move.patch, ...(to === 'PAID' ? { inStats: true } : {}), _id: current._id, status: to };
  const { _id: _ignored, status: _moved, ...fields } = next;
  const moved = await moveStatus(tx, { collection: COLLECTIONS.withdrawals, id: current._id, lifecycle: withdrawalLifecycle, from: current.status, to, expected: { attempts: current.attempts }, patch: fields });
  if (!moved) return null;

  const nowIso = ctx.now.toISOString();
  const change: BalanceChange = {};
  const from = withdrawalBucket(current.status);
  const into = withdrawalBucket(to);
  if (from) change[from] = (change[from] ?? 0) - current.amountFen;
  if (into) change[into] = (change[into] ?? 0) + current.amountFen;
  const dayDelta = (withdrawalDebitsBalance(to) ? 1 : 0) - (withdrawalDebitsBalance(current.status) ? 1 : 0);
  // A move that starts or stops debiting checks nothing but moves the day's total, which needs the balance read; a
  // payout (in withdrawal → withdrawn) is one increment.
  if (dayDelta !== 0) await applyBalanceChange(tx, current.userId, change, nowIso, { day: { day: current.day, deltaFen: dayDelta * current.amountFen } });
  else if (from !== into) await incrementBalance(tx, current.userId, change, nowIso);
  if (to === 'PAID') await recordStats(tx, new Map([[shanghaiDay(ctx.now), { withdrawnDeltaFen: current.amountFen }]]));

  await writeAudit(tx, ctx, { actorId: move.actorId, action: move.action, target: current._id, before: current, after: next });
  return next;
}

export async function applyWithdrawalMove(tx: DocOps, ctx: Pick<FunctionContext, 'now' | 'requestId'>, move: Parameters<typeof moveWithdrawal>[2]): Promise<WithdrawalDoc> {
  const next = await moveWithdrawal(tx, ctx, move);
  if (!next) throw failWith(WITHDRAWAL_ERRORS.BUSY);
  return next;
}
