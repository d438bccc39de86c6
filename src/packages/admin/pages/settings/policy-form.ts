import type { PolicyEdit } from '@/contracts/distribution-admin';
import type { DistributionPolicy, LevelCount, Qualification, WithdrawalMethod } from '@/domain/distribution/distribution-policy';
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
  };
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
    },
  };
}
