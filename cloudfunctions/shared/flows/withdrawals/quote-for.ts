import type { WithdrawalMethod, WithdrawalRules } from '../../../../src/domain/distribution/distribution-policy';
import { toFen, type Fen } from '../../../../src/domain/money/fen';
import { quoteWithdrawal, type WithdrawalQuote } from '../../../../src/domain/withdrawal/quote-withdrawal';
import type { BalanceDoc } from '../../kernel/docs/docs';
import { getDistributionPolicy } from '../merchant/get-distribution-policy';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { dayTotalIn, type SummedDayTotal } from './withdrawal-day-total';

export interface QuoteContext {
  quote: WithdrawalQuote;
  rules: WithdrawalRules;
  availableFen: Fen;
  withdrawnTodayFen: Fen;
  /** The balance as read (the request's transaction writes it by compare-and-set on this read). */
  balance: BalanceDoc | null;
}

/**
 * Reads everything a withdrawal is checked against — the policy, the distributor's status, the balance, which also
 * carries today's total for the daily cap — and prices it. The preview calls it on the store; the request calls it
 * again on the transaction, so the fee shown is the fee charged unless the policy changed in between. A day total
 * the balance does not cache comes summed (`summed`, see withDayTotals).
 */
export async function quoteFor(
  ops: Pick<DocOps, 'get'>,
  userId: string,
  day: string,
  request: { amountFen: number; method: WithdrawalMethod },
  summed?: SummedDayTotal,
): Promise<QuoteContext> {
  const policy = await getDistributionPolicy(ops);
  const distributor = await ops.get(COLLECTIONS.distributors, userId);
  const balance = await ops.get(COLLECTIONS.balances, userId);
  const availableFen = balance?.availableFen ?? toFen(0);
  const withdrawnTodayFen = dayTotalIn(balance, userId, day, summed);
  const quote = quoteWithdrawal({
    amountFen: toFen(request.amountFen),
    method: request.method,
    rules: policy.withdrawal,
    availableFen,
    withdrawnTodayFen,
    distributorStatus: distributor?.status ?? null,
  });
  return { quote, rules: policy.withdrawal, availableFen, withdrawnTodayFen, balance };
}
