import type { PointsRules } from '../../../../src/contracts/marketing';
import { toBps } from '../../../../src/domain/money/fen';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import type { MarketingRulesDoc } from '../../kernel/docs/marketing-docs';

/** Until the merchant sets rules: no points for spending or signing in, no member levels (nothing changes prices). */
export const DEFAULT_POINTS_RULES: PointsRules = {
  earnBps: toBps(0),
  fenPerPoint: 1,
  maxDeductionBps: toBps(5000),
  signInPoints: 0,
  streakBonuses: [],
};

export const DEFAULT_MARKETING_RULES: MarketingRulesDoc = { _id: 'marketing', points: DEFAULT_POINTS_RULES, levels: [], version: 0, updatedBy: null, updatedAt: '' };

/** Reads the rules with the store or inside a transaction (payment reads them in its own). */
export async function getMarketingRules(ops: Pick<DocOps, 'get'>): Promise<MarketingRulesDoc> {
  return (await ops.get(COLLECTIONS.merchant, 'marketing')) ?? DEFAULT_MARKETING_RULES;
}
