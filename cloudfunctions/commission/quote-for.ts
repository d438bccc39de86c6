import type { WithdrawalMethod, WithdrawalRules } from '../../src/domain/distribution/distribution-policy';
import { toFen, type Fen } from '../../src/domain/money/fen';
import { quoteWithdrawal, type WithdrawalQuote } from '../../src/domain/withdrawal/quote-withdrawal';
import type { BalanceDoc, DistributorDoc } from '../shared/docs';
import { getDistributionPolicy } from '../shared/merchant/get-distribution-policy';
import { COLLECTIONS } from '../shared/store/collections';
import type { DocOps } from '../shared/store/store';
import { readWithdrawalDayTotal } from '../shared/withdrawals/withdrawal-day-total';

export interface QuoteContext {
  quote: WithdrawalQuote;
  rules: WithdrawalRules;
  availableFen: Fen;
  withdrawnTodayFen: Fen;
}

/**
 * Reads everything a withdrawal is checked against and prices it. The preview calls it on the store; the request
 * calls it again on the transaction, so the fee shown is the fee charged unless the policy changed in between.
 */
export async function quoteFor(
  ops: DocOps,
  userId: string,
  day: string,
  request: { amountFen: number; method: WithdrawalMethod },
): Promise<QuoteContext> {
  const policy = await getDistributionPolicy(ops);
  const distributor = await ops.get<DistributorDoc>(COLLECTIONS.distributors, userId);
  const balance = await ops.get<BalanceDoc>(COLLECTIONS.balances, userId);
  const availableFen = balance?.availableFen ?? toFen(0);
  const withdrawnTodayFen = await readWithdrawalDayTotal(ops, userId, day);
  const quote = quoteWithdrawal({
    amountFen: toFen(request.amountFen),
    method: request.method,
    rules: policy.withdrawal,
    availableFen,
    withdrawnTodayFen,
    distributorStatus: distributor?.status ?? null,
  });
  return { quote, rules: policy.withdrawal, availableFen, withdrawnTodayFen };
}
