import type { UserContext } from '../../kernel/context';
import type { UserDoc, WithdrawalDoc } from '../../kernel/docs/docs';
import type { TransferResult } from '../../kernel/platform/platform';
import { noticeWithdrawalResult } from '../notices/notices';
import { COLLECTIONS } from '../../kernel/store/collections';
import { moveWithdrawal } from './apply-withdrawal-move';

/**
 * Pays out an APPROVED withdrawal and records the outcome: PAID (the amount leaves "in withdrawal" for "withdrawn"),
 * or FAILED with the channel's reason (the amount goes back to available; staff may retry).
 *
 * The transfer runs outside any transaction (a transaction may re-run and must have no side effects) under the
 * idempotent id `<withdrawalId>-<attempt>`: if this call dies after the transfer, re-sending the same id (retry on an
 * APPROVED withdrawal) gets the same outcome from the channel instead of paying twice. A transfer that throws leaves
 * the withdrawal APPROVED — whether money moved is unknown, so it must not be given back.
 * MANUAL withdrawals never reach the channel: approving one is staff confirming they paid it by hand.
 * The outcome is recorded by compare-and-set on the approved withdrawal as the caller has it (read again only when
 * that fails); `payee`, when the caller read them, spares the notice its own read.
 */
export async function payOut(ctx: UserContext, approved: WithdrawalDoc, payee?: UserDoc | null): Promise<WithdrawalDoc> {
  const attempt = approved.attempts;
  const result: TransferResult =
    approved.method === 'MANUAL'
      ? { ok: true, channelRef: 'MANUAL' }
      : await ctx.platform.transfer({
          transferId: `${approved._id}-${attempt}`,
          openid: approved.userId,
          netFen: approved.netFen,
          method: approved.method,
          account: approved.account,
        });
  const nowIso = ctx.now.toISOString();
  const recorded = await ctx.store.runTransaction(async (tx) => {
    const move = (current: WithdrawalDoc) =>
      moveWithdrawal(tx, ctx, {
        current,
        to: result.ok ? 'PAID' : 'FAILED',
        patch: result.ok ? { paidAt: nowIso, channelRef: result.channelRef, failureReason: null } : { failureReason: result.reason.slice(0, 200) },
        actorId: ctx.openid,
        action: 'payOutWithdrawal',
      });
    const moved = await move(approved);
    if (moved) return moved;
    const current = await tx.get(COLLECTIONS.withdrawals, approved._id);
    // Another call already recorded this attempt's outcome (the channel gave it the same answer): nothing to do.
    if (!current || current.status !== 'APPROVED' || current.attempts !== attempt) return current ?? approved;
    return (await move(current)) ?? current;
  });
  await noticeWithdrawalResult(ctx, recorded, payee);
  return recorded;
}
