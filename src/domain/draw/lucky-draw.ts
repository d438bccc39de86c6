import { failWith } from '../shared/domain-error';
import { DRAW_ERRORS } from './draw-errors';

/** 刮刮卡 / 大转盘: one game, prizes with stock and a weight; the same rules whichever way it is shown. */
export type DrawStyle = 'SCRATCH' | 'WHEEL';

export type DrawPrizeKind = 'COUPON' | 'POINTS' | 'NONE';

export interface DrawPrize {
  id: string;
  kind: DrawPrizeKind;
  /** What the shopper sees: 「满100减10券」「88 积分」「谢谢参与」. */
  name: string;
  /** COUPON: the template granted; POINTS: how many; NONE: neither. */
  couponTemplateId: string | null;
  points: number;
  /** The prize's market value in 分, declared by staff (有奖销售: the top prize is capped). */
  valueFen: number;
  /** Units to give; null = unlimited (谢谢参与). */
  stock: number | null;
  /** Relative chance (a positive integer). */
  weight: number;
}

/** 有奖销售 (反不正当竞争法 第十条): a prize draw's top prize may not be worth more than ¥50,000. */
export const MAX_PRIZE_VALUE_FEN = 5_000_000;
export const MAX_DRAW_CHANCES_PER_DAY = 10;

export interface DrawRules {
  prizes: readonly DrawPrize[];
  /** At most this many draws per shopper per Beijing day, whatever they earned. */
  chancesPerDay: number;
  /** Where chances come from (never from paying for the draw): today's sign-in, and each order paid today. */
  chanceFromSignIn: boolean;
  chancePerPaidOrder: boolean;
  startAt: string;
  endAt: string;
}

/** Staff's game is refused unless it can be run fairly: prizes well formed, a ¥50,000 top prize at most, a window, a source of chances. */
export function assertDrawRules(rules: DrawRules): void {
  const bad = (message: string) => failWith(DRAW_ERRORS.INVALID, message);
  if (rules.prizes.length < 2 || rules.prizes.length > 8) throw bad('请设置 2 到 8 个奖项');
  if (new Set(rules.prizes.map((p) => p.id)).size !== rules.prizes.length) throw bad('奖项编号不能重复');
  for (const p of rules.prizes) {
    if (!Number.isSafeInteger(p.weight) || p.weight <= 0) throw bad(`「${p.name}」的权重须为正整数`);
    if (p.stock !== null && (!Number.isSafeInteger(p.stock) || p.stock < 0)) throw bad(`「${p.name}」的库存须为 0 或正整数`);
    if (!Number.isSafeInteger(p.valueFen) || p.valueFen < 0) throw bad(`「${p.name}」的价值不正确`);
    if (p.valueFen > MAX_PRIZE_VALUE_FEN) throw failWith(DRAW_ERRORS.PRIZE_OVER_CAP, `「${p.name}」价值超过 ¥50,000，依法不得作为抽奖奖品`);
    if (p.kind === 'COUPON' && !p.couponTemplateId) throw bad(`「${p.name}」请选择优惠券`);
    if (p.kind === 'POINTS' && !(Number.isSafeInteger(p.points) && p.points > 0)) throw bad(`「${p.name}」的积分须为正整数`);
    if (p.kind === 'NONE' && p.valueFen !== 0) throw bad('「谢谢参与」没有价值');
  }
  if (!rules.prizes.some((p) => p.kind === 'NONE')) throw bad('请保留一个「谢谢参与」（奖品抽完后落在这里）');
  if (!(Number.isInteger(rules.chancesPerDay) && rules.chancesPerDay >= 1 && rules.chancesPerDay <= MAX_DRAW_CHANCES_PER_DAY)) throw bad(`每日次数须在 1 到 ${MAX_DRAW_CHANCES_PER_DAY} 之间`);
  if (!rules.chanceFromSignIn && !rules.chancePerPaidOrder) throw bad('请至少选择一种获得抽奖机会的方式');
  if (!(Date.parse(rules.startAt) < Date.parse(rules.endAt))) throw bad('结束时间须晚于开始时间');
}

/**
 * The prize a draw gives, from a uniform random number in [0, 1) drawn by the caller from a cryptographic source:
 * only prizes with stock left take part, each with its weight; when every stocked prize is gone, 谢谢参与.
 */
export function pickPrize(prizes: readonly DrawPrize[], remaining: ReadonlyMap<string, number | null>, random: number): DrawPrize {
  if (!(random >= 0 && random < 1)) throw new Error(`pickPrize: random ${random} is not in [0, 1)`);
  const eligible = prizes.filter((p) => {
    const left = remaining.has(p.id) ? remaining.get(p.id)! : p.stock;
    return left === null || left > 0;
  });
  const total = eligible.reduce((s, p) => s + p.weight, 0);
  let point = Math.floor(random * total);
  for (const p of eligible) {
    if (point < p.weight) return p;
    point -= p.weight;
  }
  const none = prizes.find((p) => p.kind === 'NONE');
  if (!none) throw new Error('pickPrize: a draw without 谢谢参与');
  return none;
}

/** The odds the rules page shows: each prize's share of the total weight, in percent with two decimals. */
export function drawOdds(prizes: readonly DrawPrize[]): Array<{ prizeId: string; name: string; percent: string }> {
  const total = prizes.reduce((s, p) => s + p.weight, 0);
  return prizes.map((p) => ({ prizeId: p.id, name: p.name, percent: ((p.weight * 100) / total).toFixed(2) }));
}

/** How many draws a shopper has today: what they earned, capped by the daily limit, less what they used. */
export function chancesLeft(rules: Pick<DrawRules, 'chancesPerDay' | 'chanceFromSignIn' | 'chancePerPaidOrder'>, today: { signedIn: boolean; paidOrders: number; used: number }): number {
  const earned = (rules.chanceFromSignIn && today.signedIn ? 1 : 0) + (rules.chancePerPaidOrder ? today.paidOrders : 0);
  return Math.max(0, Math.min(earned, rules.chancesPerDay) - today.used);
}
