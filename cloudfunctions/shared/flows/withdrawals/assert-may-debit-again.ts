import { failWith } from '../../../../src/domain/shared/domain-error';
import { WITHDRAWAL_ERRORS } from '../../../../src/contracts/commission';
import { formatFen } from '../../../../src/domain/money/format-fen';
import { toFen } from '../../../../src/domain/money/fen';
import type { WithdrawalDoc } from '../../kernel/docs/docs';
import { getDistributionPolicy } from '../merchant/get-distribution-policy';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { dayTotalIn, type SummedDayTotal } from './withdrawal-day-total';
import { debitFitsBalance, debitFitsDailyCap } from '../../../../src/domain/withdrawal/debit-fit';

/**
 * A failed payout gave its amount back to the available balance, where a clawback or a new request may have used
 * it since. Retrying takes it again, so — like the request — it must fit in the available balance and in the daily
 * cap of its request day, checked on the documents of the transaction that debits (an earlier day's total comes
 * summed: withDayTotals).
 */
export async function assertMayDebitAgain(tx: DocOps, w: WithdrawalDoc, summed?: SummedDayTotal): Promise<void> {
  const balance = await tx.get(COLLECTIONS.balances, w.userId);
  const availableFen = balance?.availableFen ?? toFen(0);
  if (!debitFitsBalance(w.amountFen, availableFen)) {
    throw failWith(WITHDRAWAL_ERRORS.INSUFFICIENT_BALANCE, `可提现余额不足，无法重试：当前可提现 ${formatFen(availableFen)}`);
  }
  const { withdrawal: rules } = await getDistributionPolicy(tx);
  const dayTotalFen = toFen(dayTotalIn(balance, w.userId, w.day, summed));
  if (!debitFitsDailyCap(w.amountFen, dayTotalFen, rules.dailyCapFen)) {
    throw failWith(WITHDRAWAL_ERRORS.DAILY_CAP, `该用户 ${w.day} 的提现已达每日上限，无法重试`);
  }
}
