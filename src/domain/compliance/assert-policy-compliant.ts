import { DomainError } from '../shared/domain-error';
import { toEpochMs } from '../shared/to-epoch-ms';
import {
  MAX_GRADES,
  MAX_LEVELS,
  WITHDRAWAL_METHODS,
  type CommissionOverride,
  type DistributionPolicy,
  type DistributorGrade,
  type GradeUpgradeConditions,
  type Qualification,
} from '../distribution/distribution-policy';
import { COMPLIANCE_ERRORS, type PolicyErrorCode, type PolicyErrorKey } from './compliance-errors';

/**
 * What the admin tab submits. It is wider than DistributionPolicy on purpose: the settings peer systems offer that
 * are illegal or break WeChat's rules (entry fee, paid distributor package, "buy product X to qualify", cash per
 * recruit) exist here ONLY so a request carrying them is refused with a reason instead of silently dropped.
 * They never reach DistributionPolicy, so no later code can act on them.
 */
export type PolicyChangeInput = Omit<DistributionPolicy, 'qualification' | 'grades'> & {
  qualification: Qualification | { kind: 'BUY_PRODUCT'; productIds: string[] } | { kind: 'RECRUITS'; count: number };
  /** Grades as peers offer them, with head-count conditions (直推人数, 团队人数) that are refused by name. */
  grades: Array<Omit<DistributorGrade, 'upgrade'> & { upgrade: { mode: 'ANY' | 'ALL'; conditions: GradeUpgradeConditions & RecruitConditions } }>;
  /** 入门费 */
  entryFeeFen?: number | null;
  /** 分销礼包: a package bought to become a distributor (CRMEB 分销礼包, api工厂 fxBuy) */
  distributorPackage?: { priceFen: number; productIds?: string[] } | null;
  /** 购买指定商品成为分销商 (人人商城) */
  requiredProductIds?: string[] | null;
  /** 拉新奖励: cash per invited user (CRMEB uni_brokerage_price) */
  recruitRewardFen?: number | null;
};

/**
 * Grade conditions that count recruits: how many direct downlines paid, how big the team is. Rewarding head count is
 * the mark of a pyramid (《禁止传销条例》第七条第一项, WeChat 多级分销 rules), so no setting may use one; they exist in
 * the input type only to be refused by name, and in stored policies from before the rule only to be migrated away.
 */
export interface RecruitConditions {
  paidDirectDownlines?: number;
  teamSize?: number;
}
export const RECRUIT_CONDITION_KEYS: ReadonlyArray<keyof RecruitConditions> = ['paidDirectDownlines', 'teamSize'];

/** A grade's conditions without any head-count one (what a stored policy is migrated to). */
export function withoutRecruitConditions(conditions: GradeUpgradeConditions & RecruitConditions): GradeUpgradeConditions {
  const { paidDirectDownlines: _paying, teamSize: _team, ...own } = conditions;
  return own;
}

export interface PolicyViolation {
  code: PolicyErrorCode;
  message: string;
  /** Where in the document, e.g. "grades[2].ratesBps", so the admin form can point at the field. */
  path: string;
}

const MAX_FREEZE_DAYS = 365;
const WHOLE_BPS = 10000;

/**
 * Every problem in a submitted policy, compliance first, in a stable order (empty = acceptable).
 * `previous` is the stored policy the change was made from: the new version must be exactly the next one, so two
 * admins editing at once cannot silently overwrite each other.
 */
export function findPolicyViolations(input: PolicyChangeInput, previous?: DistributionPolicy): PolicyViolation[] {
  const out: PolicyViolation[] = [];
  const add = (key: PolicyErrorKey, path: string, message?: string) =>
    out.push({ code: COMPLIANCE_ERRORS[key].code, message: message ?? COMPLIANCE_ERRORS[key].message, path });
  const invalid = (path: string, message: string) => add('INVALID_POLICY', path, message);

  checkForbidden(input, add);

  if (!isSafeInt(input.version) || input.version < 1) invalid('version', '版本号必须是正整数');
  else if (previous && input.version !== previous.version + 1) add('STALE_VERSION', 'version');

  const levels = input.levels as number;
  const levelsOk = isSafeInt(levels) && levels >= 1 && levels <= MAX_LEVELS;
  if (isSafeInt(levels) && levels > MAX_LEVELS) add('TOO_MANY_LEVELS', 'levels');
  else if (!levelsOk) invalid('levels', '分佣层级必须是 1、2 或 3');
  if (levels === 3 && !isValidAck(input.threeLevelAck)) add('THREE_LEVELS_NOT_ACKNOWLEDGED', 'threeLevelAck');

  // Rates are checked against the configured number of levels; with an invalid level count only their own validity.
  const expected = levelsOk ? levels : null;
  checkRates(input.ratesBps, expected, 'ratesBps', add, invalid);

  const overrides = input.productOverrides;
  if (!isRecord(overrides) || !isRecord(overrides.byProductId) || !isRecord(overrides.bySkuId)) {
    invalid('productOverrides', '商品佣金设置格式不正确');
  } else {
    for (const [scope, table] of [['byProductId', overrides.byProductId], ['bySkuId', overrides.bySkuId]] as const) {
      for (const [id, override] of Object.entries(table)) {
        checkOverride(override, expected, `productOverrides.${scope}.${id}`, add, invalid);
      }
    }
  }

  if (typeof input.selfPurchase !== 'boolean') invalid('selfPurchase', '自购返佣开关必须是是或否');
  checkQualification(input.qualification, invalid);
  checkBinding(input.binding, invalid);
  checkGrades(input.grades, expected, add, invalid);

  if (!isSafeInt(input.freezeDays) || input.freezeDays < 0 || input.freezeDays > MAX_FREEZE_DAYS) {
    invalid('freezeDays', `佣金冻结天数必须是 0 到 ${MAX_FREEZE_DAYS} 的整数`);
  }
  checkWithdrawal(input.withdrawal, invalid);
  return out;
}

/**
 * Refuses the change with the first violation, or returns the policy to store: a fresh object with the forbidden
 * fields stripped (they were checked to be absent or zero).
 */
export function assertPolicyCompliant(input: PolicyChangeInput, previous?: DistributionPolicy): DistributionPolicy {
  const [first] = findPolicyViolations(input, previous);
  if (first) throw new DomainError(first.code, first.message);
  const { entryFeeFen: _fee, distributorPackage: _pkg, requiredProductIds: _req, recruitRewardFen: _rec, ...rest } = input;
  return { ...rest, qualification: input.qualification as Qualification, grades: rest.grades as DistributorGrade[], threeLevelAck: rest.threeLevelAck ?? null };
}

type Add = (key: PolicyErrorKey, path: string, message?: string) => void;
type Invalid = (path: string, message: string) => void;

function checkForbidden(input: PolicyChangeInput, add: Add): void {
  // A value of 0 or an empty list is what a form sends for "not used", so only a real setting is refused.
  if (input.entryFeeFen != null && input.entryFeeFen !== 0) add('ENTRY_FEE', 'entryFeeFen');
  const pkg = input.distributorPackage;
  if (pkg != null && (pkg.priceFen !== 0 || (pkg.productIds?.length ?? 0) > 0)) add('PAID_PACKAGE', 'distributorPackage');
  if (input.requiredProductIds != null && input.requiredProductIds.length > 0) {
    add('PURCHASE_REQUIRED', 'requiredProductIds');
  }
  if (isRecord(input.qualification) && input.qualification.kind === 'BUY_PRODUCT') {
    add('PURCHASE_REQUIRED', 'qualification');
  }
  if (isRecord(input.qualification) && input.qualification.kind === 'RECRUITS') add('RECRUIT_CONDITION', 'qualification');
  if (input.recruitRewardFen != null && input.recruitRewardFen !== 0) add('RECRUIT_REWARD', 'recruitRewardFen');
}

function checkRates(rates: unknown, levels: number | null, path: string, add: Add, invalid: Invalid): void {
  if (!Array.isArray(rates)) {
    invalid(path, '佣金比例格式不正确');
    return;
  }
  if (levels !== null && rates.length !== levels) {
    invalid(path, '每一级都必须设置佣金比例，且不能多于分佣层级');
    return;
  }
  let total = 0;
  for (const [i, rate] of rates.entries()) {
    if (!isSafeInt(rate) || rate < 0 || rate > WHOLE_BPS) {
      invalid(`${path}[${i}]`, '佣金比例必须是 0 到 10000 之间的整数（万分比）');
      return;
    }
    total += rate;
  }
  if (total > WHOLE_BPS) add('RATES_OVER_100', path);
}

function checkOverride(override: CommissionOverride, levels: number | null, path: string, add: Add, invalid: Invalid) {
  if (!isRecord(override)) {
    invalid(path, '商品佣金设置格式不正确');
    return;
  }
  switch (override.kind) {
    case 'RATE':
      checkRates(override.ratesBps, levels, `${path}.ratesBps`, add, invalid);
      return;
    case 'FIXED_PER_UNIT': {
      // A fixed amount cannot be compared with a price here (prices change, and per-SKU discounts vary), so only its
      // shape is checked; the line calculation caps a line's commission at what the shopper paid for it.
      const amounts: unknown = override.amountsFen;
      if (!Array.isArray(amounts) || (levels !== null && amounts.length !== levels)) {
        invalid(`${path}.amountsFen`, '每一级都必须设置固定佣金，且不能多于分佣层级');
        return;
      }
      amounts.forEach((a: unknown, i) => {
        if (!isSafeInt(a) || a < 0) invalid(`${path}.amountsFen[${i}]`, '固定佣金必须是以分为单位的非负整数');
      });
      return;
    }
    case 'NONE':
      return;
    default:
      invalid(path, '商品佣金设置类型不正确');
  }
}

function checkQualification(q: PolicyChangeInput['qualification'], invalid: Invalid): void {
  if (!isRecord(q)) {
    invalid('qualification', '分销商资格设置不正确');
    return;
  }
  switch (q.kind) {
    case 'UNCONDITIONAL':
    case 'FIRST_PAID_ORDER':
    case 'APPLICATION':
    case 'STAFF_ONLY':
    case 'BUY_PRODUCT': // refused above with its own code
    case 'RECRUITS':
      return;
    case 'SPEND_AT_LEAST':
      // Allowed, unlike "buy product X": the threshold counts what the shopper paid for ordinary goods of their own
      // choosing, refunds excluded, so it rewards real customers and never makes anyone pay for the qualification
      // itself. (CRMEB and 人人商城 offer the same 满额分销; the comparison is ≥ everywhere, see qualifyDistributor.)
      if (!isSafeInt(q.thresholdFen) || q.thresholdFen <= 0) {
        invalid('qualification.thresholdFen', '消费门槛必须是大于 0 的整数（分）');
      }
      return;
    default:
      invalid('qualification', '分销商资格设置不正确');
  }
}

function checkBinding(b: PolicyChangeInput['binding'], invalid: Invalid): void {
  if (!isRecord(b)) {
    invalid('binding', '绑定规则设置不正确');
    return;
  }
  const rule: unknown = b.rule;
  if (rule !== 'FIRST_TOUCH' && rule !== 'ALWAYS_OVERRIDE') {
    if (!isRecord(rule) || rule.kind !== 'PROTECTED') {
      invalid('binding.rule', '绑定规则设置不正确');
    } else {
      const { protectionDays, validityDays } = rule as { protectionDays: unknown; validityDays: unknown };
      if (!isSafeInt(protectionDays) || protectionDays < 0) {
        invalid('binding.rule.protectionDays', '保护期必须是非负整数天');
      } else if (validityDays !== null && (!isSafeInt(validityDays) || validityDays < Math.max(protectionDays, 1))) {
        // Validity shorter than protection would let the binding lapse while it is still protected.
        invalid('binding.rule.validityDays', '有效期必须是不短于保护期的正整数天，或设为永久');
      }
    }
  }
  if (typeof b.onlyNewUsers !== 'boolean') invalid('binding.onlyNewUsers', '“仅新用户可绑定”必须是是或否');
  if (b.trigger !== 'OPEN' && b.trigger !== 'FIRST_ORDER') invalid('binding.trigger', '绑定时机设置不正确');
}

function checkGrades(grades: PolicyChangeInput['grades'], levels: number | null, add: Add, invalid: Invalid): void {
  if (!Array.isArray(grades)) {
    invalid('grades', '分销等级格式不正确');
    return;
  }
  if (grades.length > MAX_GRADES) add('TOO_MANY_GRADES', 'grades');
  const ids = new Set<string>();
  const weights = new Set<number>();
  grades.forEach((g, i) => {
    const path = `grades[${i}]`;
    if (!isRecord(g)) {
      invalid(path, '分销等级格式不正确');
      return;
    }
    if (typeof g.id !== 'string' || g.id === '' || ids.has(g.id)) invalid(`${path}.id`, '分销等级编号不能为空或重复');
    else ids.add(g.id);
    if (typeof g.name !== 'string' || g.name.trim() === '') invalid(`${path}.name`, '分销等级名称不能为空');
    if (!isSafeInt(g.weight)) invalid(`${path}.weight`, '分销等级权重必须是整数');
    else if (weights.has(g.weight)) add('GRADE_WEIGHT_NOT_UNIQUE', `${path}.weight`);
    else weights.add(g.weight);
    checkRates(g.ratesBps, levels, `${path}.ratesBps`, add, invalid);
    const upgrade: unknown = g.upgrade;
    if (!isRecord(upgrade) || (upgrade.mode !== 'ANY' && upgrade.mode !== 'ALL') || !isRecord(upgrade.conditions)) {
      invalid(`${path}.upgrade`, '升级条件格式不正确');
      return;
    }
    // A grade without conditions is reached by staff assignment only (meetsGrade: never automatically).
    const present = Object.entries(upgrade.conditions).filter(([, v]) => v !== undefined && v !== null);
    for (const [key, value] of present) {
      if ((RECRUIT_CONDITION_KEYS as readonly string[]).includes(key)) {
        add('RECRUIT_CONDITION', `${path}.upgrade.conditions.${key}`);
      } else if (!['ownSpendFen', 'settledCommissionFen', 'orderCount'].includes(key)) {
        invalid(`${path}.upgrade.conditions.${key}`, '不支持的升级条件');
      } else if (!isSafeInt(value) || value < 0) {
        invalid(`${path}.upgrade.conditions.${key}`, '升级条件必须是非负整数');
      }
    }
  });
}

function checkWithdrawal(w: PolicyChangeInput['withdrawal'], invalid: Invalid): void {
  if (!isRecord(w)) {
    invalid('withdrawal', '提现规则格式不正确');
    return;
  }
  const { minFen, maxFen, dailyCapFen, feeBps, methods } = w as Record<string, unknown>;
  if (!isSafeInt(minFen) || minFen < 1) invalid('withdrawal.minFen', '最低提现金额必须是正整数（分）');
  else if (!isSafeInt(maxFen) || maxFen < minFen) invalid('withdrawal.maxFen', '单笔最高提现金额不能低于最低提现金额');
  else if (!isSafeInt(dailyCapFen) || dailyCapFen < minFen) {
    invalid('withdrawal.dailyCapFen', '每日提现上限不能低于最低提现金额');
  }
  // A 100% fee would leave nothing to pay out.
  if (!isSafeInt(feeBps) || feeBps < 0 || feeBps >= WHOLE_BPS) {
    invalid('withdrawal.feeBps', '提现手续费比例必须是 0 到 9999 之间的整数（万分比）');
  }
  if (
    !Array.isArray(methods) ||
    methods.length === 0 ||
    new Set(methods).size !== methods.length ||
    !methods.every((m) => (WITHDRAWAL_METHODS as readonly unknown[]).includes(m))
  ) {
    invalid('withdrawal.methods', '至少选择一种提现方式，且不能重复');
  }
}

function isValidAck(ack: unknown): boolean {
  if (!isRecord(ack) || typeof ack.byUserId !== 'string' || ack.byUserId === '' || typeof ack.atIso !== 'string') {
    return false;
  }
  try {
    toEpochMs(ack.atIso);
    return true;
  } catch {
    return false;
  }
}

function isSafeInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
