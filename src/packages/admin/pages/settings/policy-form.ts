import type { PolicyEdit } from '@/contracts/distribution-admin';
import { MAX_GRADES, type DistributionPolicy, type DistributorGrade, type GradeUpgradeConditions, type LevelCount, type Qualification, type WithdrawalMethod } from '@/domain/distribution/distribution-policy';
import { toBps, toFen } from '@/domain/money/fen';
import { formatFen } from '@/domain/money/format-fen';
import { parseYuan } from '@/domain/money/parse-yuan';

/** The policy editor's fields as typed (strings), and the conversions to and from the stored policy. */
export interface PolicyForm {
  levels: LevelCount;
  ratesPercent: string[];
  selfPurchase: boolean;
  qualification: Qualification['kind'];
  spendThresholdYuan: string;
  bindRule: 'FIRST_TOUCH' | 'ALWAYS_OVERRIDE' | 'PROTECTED';
  protectionDays: string;
  validityDays: string;
  onlyNewUsers: boolean;
  trigger: 'OPEN' | 'FIRST_ORDER';
  freezeDays: string;
  minYuan: string;
  maxYuan: string;
  dailyCapYuan: string;
  feePercent: string;
  methods: WithdrawalMethod[];
  grades: GradeForm[];
}

/** One distributor grade as typed; an empty condition does not take part (ANY / ALL of the filled ones). */
export interface GradeForm {
  id: string;
  name: string;
  weight: string;
  ratesPercent: string[];
  mode: 'ANY' | 'ALL';
  ownSpendYuan: string;
  settledCommissionYuan: string;
  orderCount: string;
}

const yuanText = (fen: number) => formatFen(toFen(fen)).replace('¥', '');
/** Basis points shown as a percent: 1050 → "10.5". */
const percentText = (bps: number) => String(bps / 100);
/** A percent with up to two decimals to basis points, exactly: the same digits rule as 元 → 分. */
const parsePercent = (text: string): number | null => parseYuan(text);
const parseDays = (text: string): number | null => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null);

export function toPolicyForm(p: DistributionPolicy): PolicyForm {
  const rule = p.binding.rule;
  return {
    levels: p.levels,
    ratesPercent: p.ratesBps.map(percentText),
    selfPurchase: p.selfPurchase,
    qualification: p.qualification.kind,
    spendThresholdYuan: p.qualification.kind === 'SPEND_AT_LEAST' ? yuanText(p.qualification.thresholdFen) : '0',
    bindRule: typeof rule === 'string' ? rule : 'PROTECTED',
    protectionDays: typeof rule === 'string' ? '30' : String(rule.protectionDays),
    validityDays: typeof rule === 'string' || rule.validityDays === null ? '' : String(rule.validityDays),
    onlyNewUsers: p.binding.onlyNewUsers,
    trigger: p.binding.trigger,
    freezeDays: String(p.freezeDays),
    minYuan: yuanText(p.withdrawal.minFen),
    maxYuan: yuanText(p.withdrawal.maxFen),
    dailyCapYuan: yuanText(p.withdrawal.dailyCapFen),
    feePercent: percentText(p.withdrawal.feeBps),
    methods: [...p.withdrawal.methods],
    grades: p.grades.map(toGradeForm),
  };
}

function toGradeForm(g: DistributorGrade): GradeForm {
  const c = g.upgrade.conditions;
  return {
    id: g.id,
    name: g.name,
    weight: String(g.weight),
    ratesPercent: g.ratesBps.map(percentText),
    mode: g.upgrade.mode,
    ownSpendYuan: c.ownSpendFen === undefined ? '' : yuanText(c.ownSpendFen),
    settledCommissionYuan: c.settledCommissionFen === undefined ? '' : yuanText(c.settledCommissionFen),
    orderCount: c.orderCount === undefined ? '' : String(c.orderCount),
  };
}

/** A new grade: the next free id `g<n>`, weight above every other, rates copied from the policy's. */
export function newGradeForm(form: PolicyForm): GradeForm {
  const n = Math.max(0, ...form.grades.map((g) => Number(/^g(\d+)$/.exec(g.id)?.[1] ?? 0))) + 1;
  const weight = Math.max(0, ...form.grades.map((g) => Number(g.weight) || 0)) + 1;
  return { id: `g${n}`, name: '', weight: String(weight), ratesPercent: form.ratesPercent.slice(0, form.levels), mode: 'ANY', ownSpendYuan: '', settledCommissionYuan: '', orderCount: '' };
}

/** The grades to submit, or the first thing to fix (the server judges the rest: weights unique, rate sums, ≤ 10 …). */
function fromGradeForms(grades: GradeForm[], levels: number): { grades: DistributorGrade[] } | { problem: string } {
  if (grades.length > MAX_GRADES) return { problem: `分销等级最多 ${MAX_GRADES} 个` };
  const out: DistributorGrade[] = [];
  for (const g of grades) {
    const label = g.name.trim() || '未命名等级';
    if (!g.name.trim()) return { problem: '请填写每个分销等级的名称' };
    const weight = /^-?\d{1,6}$/.test(g.weight.trim()) ? Number(g.weight.trim()) : null;
    if (weight === null) return { problem: `「${label}」的排序权重请填写整数` };
    const rates = g.ratesPercent.slice(0, levels).map(parsePercent);
    if (rates.length !== levels || rates.some((r) => r === null)) return { problem: `「${label}」的佣金比例请填写百分比，最多两位小数` };
    const conditions: GradeUpgradeConditions = {};
    for (const [text, key] of [[g.ownSpendYuan, 'ownSpendFen'], [g.settledCommissionYuan, 'settledCommissionFen']] as const) {
      if (text.trim() === '') continue;
      const fen = parseYuan(text);
      if (fen === null) return { problem: `「${label}」的升级金额请填写元，最多两位小数` };
      conditions[key] = toFen(fen);
    }
    if (g.orderCount.trim() !== '') {
      const count = parseDays(g.orderCount);
      if (count === null) return { problem: `「${label}」的升级单数请填写整数` };
      conditions.orderCount = count;
    }
    out.push({ id: g.id, name: g.name.trim(), weight, ratesBps: rates.map((r) => toBps(r ?? 0)), upgrade: { mode: g.mode, conditions } });
  }
  return { grades: out };
}

/** The edit to submit, or the first field a person must fix (the server judges the values: rates, compliance …). */
export function fromPolicyForm(form: PolicyForm, base: DistributionPolicy): { edit: PolicyEdit } | { problem: string } {
  const rates = form.ratesPercent.slice(0, form.levels).map(parsePercent);
  if (rates.some((r) => r === null)) return { problem: '佣金比例请填写百分比，最多两位小数' };
  const money = [form.minYuan, form.maxYuan, form.dailyCapYuan, form.spendThresholdYuan].map(parseYuan);
  if (money.some((m) => m === null)) return { problem: '金额请填写元，最多两位小数' };
  const [minFen, maxFen, dailyCapFen, thresholdFen] = money as number[];
  const feeBps = parsePercent(form.feePercent);
  if (feeBps === null) return { problem: '手续费请填写百分比' };
  if ([...rates, feeBps].some((r) => (r ?? 0) > 10000)) return { problem: '比例不能超过 100%' };
  const freezeDays = parseDays(form.freezeDays);
  if (freezeDays === null) return { problem: '冻结天数请填写整数' };
  const protectionDays = parseDays(form.protectionDays);
  const validityDays = form.validityDays.trim() === '' ? null : parseDays(form.validityDays);
  if (form.bindRule === 'PROTECTED' && (protectionDays === null || (form.validityDays.trim() !== '' && validityDays === null))) {
    return { problem: '保护期与有效期请填写天数' };
  }
  const graded = fromGradeForms(form.grades, form.levels);
  if ('problem' in graded) return graded;
  const qualification: Qualification =
    form.qualification === 'SPEND_AT_LEAST' ? { kind: 'SPEND_AT_LEAST', thresholdFen: toFen(thresholdFen ?? 0) } : ({ kind: form.qualification } as Qualification);
  const { version: _version, threeLevelAck: _ack, ...rest } = base;
  return {
    edit: {
      ...rest,
      levels: form.levels,
      ratesBps: rates.map((r) => toBps(r ?? 0)),
      selfPurchase: form.selfPurchase,
      qualification,
      binding: {
        rule: form.bindRule === 'PROTECTED' ? { kind: 'PROTECTED', protectionDays: protectionDays ?? 0, validityDays } : form.bindRule,
        onlyNewUsers: form.onlyNewUsers,
        trigger: form.trigger,
      },
      freezeDays,
      withdrawal: { minFen: toFen(minFen ?? 0), maxFen: toFen(maxFen ?? 0), dailyCapFen: toFen(dailyCapFen ?? 0), feeBps: toBps(feeBps), methods: form.methods },
      grades: graded.grades,
    },
  };
}
