import { DomainError } from '../shared/domain-error';
import { applyRateFloor, toFen, type Bps, type Fen } from '../money/fen';
import { formatFen } from '../money/format-fen';
import type { WithdrawalMethod, WithdrawalRules } from '../distribution/distribution-policy';
import { mayWithdraw, type DistributorStatus } from '../distribution/distributor-lifecycle';
import { dailyCapLeftFen, debitFitsBalance, debitFitsDailyCap } from './debit-fit';

export interface WithdrawalQuote {
  method: WithdrawalMethod;
  /** Debited from the available balance. */
  amountFen: Fen;
  feeBps: Bps;
  feeFen: Fen;
  /** What the distributor receives: amount − fee. The payout sends this, never the gross amount. */
  netFen: Fen;
}

/**
 * Checks a withdrawal request and prices it, so the fee is shown before the distributor confirms; the server runs
 * the same function again inside the transaction that debits the balance.
 *
 * Fee rounding: floor (applyRateFloor). The rate the merchant states is then the most a distributor is ever charged;
 * rounding up would charge above the stated rate on most amounts, to the merchant's gain of under 1 分.
 * Flooring mirrors commission, where the payer side never pays above the configured rate either.
 */
export function quoteWithdrawal(input: {
  amountFen: Fen;
  method: WithdrawalMethod;
  rules: WithdrawalRules;
  /** From deriveBalance; may be negative after a clawback. */
  availableFen: Fen;
  /** Today's withdrawals that still debit the balance (requested, approved or paid), "today" in the shop's zone. */
  withdrawnTodayFen: Fen;
  distributorStatus: DistributorStatus | null;
}): WithdrawalQuote {
  const { amountFen, method, rules, availableFen, withdrawnTodayFen, distributorStatus } = input;
  if (distributorStatus === 'FROZEN') {
    throw new DomainError('WITHDRAWAL.FROZEN', '你的分销商资格已被冻结，暂不能提现，请联系商家');
  }
  if (!mayWithdraw(distributorStatus)) {
    throw new DomainError('WITHDRAWAL.NOT_DISTRIBUTOR', '只有分销商可以提现');
  }
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new DomainError('WITHDRAWAL.INVALID_AMOUNT', '提现金额必须大于 0');
  }
  if (!rules.methods.includes(method)) {
    throw new DomainError('WITHDRAWAL.METHOD_NOT_ALLOWED', '商家未开通这种提现方式');
  }
  if (amountFen < rules.minFen) {
    throw new DomainError('WITHDRAWAL.BELOW_MIN', `单笔最低提现 ${formatFen(rules.minFen)}`);
  }
  if (amountFen > rules.maxFen) {
    throw new DomainError('WITHDRAWAL.ABOVE_MAX', `单笔最高提现 ${formatFen(rules.maxFen)}`);
  }
  if (!debitFitsDailyCap(amountFen, withdrawnTodayFen, rules.dailyCapFen)) {
    throw new DomainError('WITHDRAWAL.DAILY_CAP', `今日最多还可提现 ${formatFen(dailyCapLeftFen(withdrawnTodayFen, rules.dailyCapFen))}`);
  }
  if (!debitFitsBalance(amountFen, availableFen)) {
    // A clawback after settlement can make the balance negative; later earnings must cover it first.
    throw new DomainError(
      'WITHDRAWAL.INSUFFICIENT_BALANCE',
      availableFen < 0
        ? `可提现余额为 ${formatFen(availableFen)}（退款扣回佣金），需先由后续佣金抵扣`
        : `可提现余额不足，当前可提现 ${formatFen(availableFen)}`,
    );
  }
  const feeFen = applyRateFloor(amountFen, rules.feeBps);
  const netFen = toFen(amountFen - feeFen);
  if (netFen <= 0) {
    throw new DomainError('WITHDRAWAL.NOTHING_AFTER_FEE', '扣除手续费后到账金额为 0，请提高提现金额');
  }
  return { method, amountFen, feeBps: rules.feeBps, feeFen, netFen };
}
