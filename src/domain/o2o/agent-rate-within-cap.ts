import { STORE_ERRORS } from './o2o-errors';
import { failWith } from '../shared/domain-error';
import type { DistributionPolicy } from '../distribution/distribution-policy';

const WHOLE_BPS = 10000;

/**
 * The highest total rate the chain can pay on a line under the policy: the larger of the policy rates and every
 * grade's and every rate override's (a fixed per-unit amount cannot be compared with a price; the line cap holds it).
 */
export function maxChainRateBps(policy: Pick<DistributionPolicy, 'ratesBps' | 'grades' | 'productOverrides'>): number {
  const sum = (rates: readonly number[]) => rates.reduce((s, r) => s + r, 0);
  const overrides = [...Object.values(policy.productOverrides.byProductId), ...Object.values(policy.productOverrides.bySkuId)];
  return Math.max(
    sum(policy.ratesBps),
    ...policy.grades.map((g) => sum(g.ratesBps)),
    ...overrides.map((o) => (o.kind === 'RATE' ? sum(o.ratesBps) : 0)),
  );
}

/**
 * An agent rate is allowed only if the chain's highest total rate plus the agent's stays within 100% of what the
 * shopper paid — the same cap the chain alone must respect (COMPLIANCE.RATES_OVER_100). Per line the payout is also
 * capped at the paid amount (calculateAgentCommission), so a later policy change can never pay out more than was paid.
 */
export function assertAgentRateWithinCap(policy: Pick<DistributionPolicy, 'ratesBps' | 'grades' | 'productOverrides'>, agentRateBps: number): void {
  if (!Number.isSafeInteger(agentRateBps) || agentRateBps < 0 || agentRateBps > WHOLE_BPS) {
    throw failWith(STORE_ERRORS.INVALID_AGENT_RATE);
  }
  const chain = maxChainRateBps(policy);
  if (chain + agentRateBps > WHOLE_BPS) {
    throw failWith(STORE_ERRORS.AGENT_RATE_OVER_CAP, `分销佣金最高 ${chain / 100}% 加代理佣金 ${agentRateBps / 100}% 超过了 100%：佣金总额不能超过买家实付金额`);
  }
}
