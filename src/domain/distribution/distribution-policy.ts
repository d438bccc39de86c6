import { toBps, toFen, type Bps, type Fen } from '../money/fen';
import type { BindRule } from '../referral/bind-rule';

/**
 * The merchant's distribution settings: one versioned document, edited in the admin tab and snapshotted on each
 * order at payment so later edits never change an order's commission. Every change goes through
 * assertPolicyCompliant (src/domain/compliance) before it is stored. Arrays indexed by level: index 0 = level 1.
 */
export type LevelCount = 1 | 2 | 3;

/** Who accepted the compliance risk of 3 levels, and when; stored with the policy, never implied. */
export interface ThreeLevelAck {
  byUserId: string;
  atIso: string;
}

export type CommissionOverride =
  /** Replaces the grade/policy rates for this product or SKU, one rate per level. */
  | { kind: 'RATE'; ratesBps: Bps[] }
  /** A fixed amount per unit bought, one per level; multiplied by the quantity of the line. */
  | { kind: 'FIXED_PER_UNIT'; amountsFen: Fen[] }
  /** This product or SKU pays no commission at all. */
  | { kind: 'NONE' };

/** A SKU override wins over its product's override, which wins over the grade and policy rates. */
export interface ProductOverrides {
  byProductId: Readonly<Record<string, CommissionOverride>>;
  bySkuId: Readonly<Record<string, CommissionOverride>>;
}

export type Qualification =
  | { kind: 'UNCONDITIONAL' }
  | { kind: 'FIRST_PAID_ORDER' }
  /** Cumulative paid spend on ordinary goods, refunds excluded (see assertPolicyCompliant for why this is allowed). */
  | { kind: 'SPEND_AT_LEAST'; thresholdFen: Fen }
  | { kind: 'APPLICATION' }
  | { kind: 'STAFF_ONLY' };

export type QualificationKind = Qualification['kind'];

/** When a share turns into a binding: on opening the code/card (default), or at the user's first order. */
export type BindTrigger = 'OPEN' | 'FIRST_ORDER';

export interface BindingPolicy {
  rule: BindRule;
  /** Only users the caller judges new (no paid order yet) can be bound at all. */
  onlyNewUsers: boolean;
  trigger: BindTrigger;
}

/**
 * Any condition left out does not take part; `ANY` needs one present condition met, `ALL` every present one; a grade
 * with none is assigned by staff only. Every condition measures the distributor's own results — never a head count
 * of recruits (see compliance: COMPLIANCE.RECRUIT_CONDITION).
 */
export interface GradeUpgradeConditions {
  ownSpendFen?: Fen;
  settledCommissionFen?: Fen;
  orderCount?: number;
}

export interface DistributorGrade {
  id: string;
  name: string;
  /** Higher weight = higher grade; unique so "the highest qualifying grade" is always one grade. */
  weight: number;
  ratesBps: Bps[];
  upgrade: { mode: 'ANY' | 'ALL'; conditions: GradeUpgradeConditions };
}

export type WithdrawalMethod = 'WECHAT_CHANGE' | 'BANK_CARD' | 'MANUAL';

export const WITHDRAWAL_METHODS: readonly WithdrawalMethod[] = ['WECHAT_CHANGE', 'BANK_CARD', 'MANUAL'];

export interface WithdrawalRules {
  minFen: Fen;
  maxFen: Fen;
  dailyCapFen: Fen;
  feeBps: Bps;
  methods: WithdrawalMethod[];
}

export interface DistributionPolicy {
  /** Incremented on every saved change; orders record which version they were paid under. */
  version: number;
  levels: LevelCount;
  /** Required when levels is 3, otherwise absent or null. */
  threeLevelAck?: ThreeLevelAck | null;
  /** The rates of a distributor without a grade. */
  ratesBps: Bps[];
  productOverrides: ProductOverrides;
  /** 自购返佣: a distributor buying for themself takes level 1 and the chain shifts up. */
  selfPurchase: boolean;
  qualification: Qualification;
  binding: BindingPolicy;
  grades: DistributorGrade[];
  /** Days after receipt before commission settles (and only with no open after-sale). */
  freezeDays: number;
  withdrawal: WithdrawalRules;
}

export const MAX_LEVELS = 3;
export const MAX_GRADES = 10;
export const DEFAULT_FREEZE_DAYS = 7;

export const DEFAULT_DISTRIBUTION_POLICY: DistributionPolicy = {
  version: 1,
  // Two levels: the limit WeChat states for 分销 on its platform.
  levels: 2,
  threeLevelAck: null,
  ratesBps: [toBps(1000), toBps(500)],
  productOverrides: { byProductId: {}, bySkuId: {} },
  selfPurchase: false,
  // Every shopper may share and earn, free: the merchant opts into stricter modes (application, spend …).
  qualification: { kind: 'UNCONDITIONAL' },
  binding: { rule: 'FIRST_TOUCH', onlyNewUsers: false, trigger: 'OPEN' },
  grades: [],
  freezeDays: DEFAULT_FREEZE_DAYS,
  withdrawal: {
    minFen: toFen(100),
    maxFen: toFen(500_000),
    dailyCapFen: toFen(1_000_000),
    feeBps: toBps(0),
    // MANUAL works without any payment setup; WeChat change needs the merchant's 商家转账 product enabled.
    methods: ['WECHAT_CHANGE', 'MANUAL'],
  },
};

/** A SKU override first, then the product's; undefined when neither is set (grade/policy rates apply). */
export function findOverride(
  overrides: ProductOverrides,
  productId: string,
  skuId: string,
): { override: CommissionOverride; source: 'SKU' | 'PRODUCT' } | undefined {
  // Own-property lookup so an id such as "constructor" or "__proto__" never reads the prototype.
  if (Object.prototype.hasOwnProperty.call(overrides.bySkuId, skuId)) {
    const override = overrides.bySkuId[skuId];
    if (override) return { override, source: 'SKU' };
  }
  if (Object.prototype.hasOwnProperty.call(overrides.byProductId, productId)) {
    const override = overrides.byProductId[productId];
    if (override) return { override, source: 'PRODUCT' };
  }
  return undefined;
}
