import { DomainError } from '../shared/domain-error';
import { toBps, type Bps } from '../money/fen';

/**
 * How many upline levels earn and at what rate. Never more than 3 levels (compliance); the default is 2, the limit
 * WeChat states. Choosing 3 needs an acknowledgement that is recorded outside this pure type.
 */
export interface CommissionPolicy {
  levels: 1 | 2 | 3;
  /** index 0 = level 1 (the buyer's direct superior) */
  ratesBps: Bps[];
}

export const DEFAULT_COMMISSION_POLICY: CommissionPolicy = {
  levels: 2,
  ratesBps: [toBps(1000), toBps(500)],
};

const MAX_LEVELS = 3;
const WHOLE_BPS = 10000;

const invalid = (message: string) => new DomainError('COMMISSION.INVALID_POLICY', message);

/** Validated at runtime because policies arrive from merchant settings and stored order snapshots, not from code. */
export function assertCommissionPolicy(p: CommissionPolicy): void {
  if (!Number.isInteger(p.levels) || p.levels < 1 || p.levels > MAX_LEVELS) {
    throw invalid('分佣层级必须是 1 到 3 级');
  }
  if (!Array.isArray(p.ratesBps) || p.ratesBps.length !== p.levels) {
    throw invalid('每一级都必须设置佣金比例');
  }
  let total = 0;
  for (const rate of p.ratesBps) {
    try {
      total += toBps(rate);
    } catch {
      throw invalid('佣金比例必须在 0% 到 100% 之间');
    }
  }
  // The levels together may never pay out more than the line itself.
  if (total > WHOLE_BPS) {
    throw invalid('各级佣金比例之和不能超过 100%');
  }
}
