import { toFen, type Fen } from '../money/fen';
import { pickFullReductionTier, type FullReductionTier } from '../promotions/full-reduction';
import { failWith } from '../shared/domain-error';
import { COUNTER_ERRORS } from './counter-errors';

/** 优惠买单: the in-store offer a store's staff set. 满减 tiers (the highest reached applies) or a pay rate (9000 = 9折). */
export type CounterOffer = { kind: 'NONE' } | { kind: 'TIERS'; tiers: FullReductionTier[] } | { kind: 'RATE'; payBps: number };

/** A daily window in Beijing time, 'HH:MM' each; `to` before `from` runs past midnight. null = all day. */
export interface CounterWindow {
  from: string;
  to: string;
}

export interface CounterPaySettings {
  enabled: boolean;
  offer: CounterOffer;
  window: CounterWindow | null;
  /** The most one bill may be (the shopper types the amount, so a typo must not charge ¥100,000). */
  limitFen: Fen;
  /** Whether a counter payment pays commission to the clerk / the shopper's chain (the merchant's choice, off by default). */
  paysCommission: boolean;
}

/** The default a store starts with: off, no offer, all day, ¥5,000 per bill, no commission. */
export const DEFAULT_COUNTER_SETTINGS: CounterPaySettings = { enabled: false, offer: { kind: 'NONE' }, window: null, limitFen: toFen(500_000), paysCommission: false };

export interface CounterBill {
  billFen: Fen;
  excludedFen: Fen;
  /** The part of the bill the offer applies to (bill − excluded). */
  discountableFen: Fen;
  discountFen: Fen;
  payFen: Fen;
  /** What the shopper is shown for the applied offer, '' when none applied. */
  offerLabel: string;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the offer runs at this minute of the Beijing day (0–1439). from == to is all day. */
export function inCounterWindow(window: CounterWindow | null, minuteOfDay: number): boolean {
  if (!window) return true;
  const from = minutes(window.from);
  const to = minutes(window.to);
  if (from === to) return true;
  return from < to ? minuteOfDay >= from && minuteOfDay < to : minuteOfDay >= from || minuteOfDay < to;
}

/** The minute of the Beijing day of an instant. */
export function shanghaiMinuteOfDay(atMs: number): number {
  return Math.floor(((atMs + 8 * 3600_000) % 86_400_000) / 60_000);
}

const yuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

export function describeCounterOffer(offer: CounterOffer): string {
  if (offer.kind === 'TIERS') return offer.tiers.map((t) => `满${yuan(t.thresholdFen)}减${yuan(t.reductionFen)}`).join('，');
  if (offer.kind === 'RATE') return `${(offer.payBps / 1000).toFixed(offer.payBps % 1000 === 0 ? 0 : 1).replace(/\.0$/, '')}折`;
  return '';
}

/** Staff's settings are refused unless every tier saves less than it asks and a rate is a real discount (1折–9.9折). */
export function assertCounterSettings(settings: CounterPaySettings): void {
  const bad = (message: string) => failWith(COUNTER_ERRORS.INVALID_OFFER, message);
  if (!Number.isSafeInteger(settings.limitFen) || settings.limitFen <= 0) throw bad('单笔限额须大于 0');
  const { offer } = settings;
  if (offer.kind === 'TIERS') {
    if (offer.tiers.length === 0) throw bad('请至少设置一档满减');
    for (const t of offer.tiers) {
      if (!(t.reductionFen > 0 && t.reductionFen < t.thresholdFen)) throw bad('每档满减的减免金额须大于 0 且小于门槛');
    }
    if (new Set(offer.tiers.map((t) => t.thresholdFen)).size !== offer.tiers.length) throw bad('满减门槛不能重复');
  }
  if (offer.kind === 'RATE' && !(Number.isInteger(offer.payBps) && offer.payBps >= 1000 && offer.payBps < 10000)) throw bad('折扣须在 1 折到 9.9 折之间');
}

/**
 * The bill a shopper pays at the counter, computed on the server only: the amount typed must be a whole number of 分
 * above 0 and within the store's limit; the excluded part (alcohol, tobacco, …) is at most the bill and gets no
 * offer; the offer applies only inside its daily window. A rate rounds the discount down (the shopper never saves
 * more than the rate); a 满减 tier saves less than its threshold, so something is always left to pay.
 */
export function counterBill(input: { billFen: number; excludedFen: number; settings: CounterPaySettings; minuteOfDay: number }): CounterBill {
  const { billFen, excludedFen, settings } = input;
  if (!settings.enabled) throw failWith(COUNTER_ERRORS.DISABLED);
  if (!Number.isSafeInteger(billFen) || billFen <= 0) throw failWith(COUNTER_ERRORS.INVALID_AMOUNT);
  if (!Number.isSafeInteger(excludedFen) || excludedFen < 0 || excludedFen > billFen) throw failWith(COUNTER_ERRORS.INVALID_AMOUNT, '不参与优惠的金额须在 0 到消费总额之间');
  if (billFen > settings.limitFen) throw failWith(COUNTER_ERRORS.OVER_LIMIT, `单笔买单不能超过 ¥${(settings.limitFen / 100).toFixed(2)}`);
  const discountableFen = billFen - excludedFen;
  let discountFen = 0;
  let offerLabel = '';
  if (inCounterWindow(settings.window, input.minuteOfDay)) {
    const { offer } = settings;
    if (offer.kind === 'TIERS') {
      const tier = pickFullReductionTier(offer.tiers, toFen(discountableFen));
      if (tier) {
        discountFen = Math.min(tier.reductionFen, discountableFen);
        offerLabel = `满${yuan(tier.thresholdFen)}减${yuan(tier.reductionFen)}`;
      }
    } else if (offer.kind === 'RATE' && discountableFen > 0) {
      discountFen = Math.floor((discountableFen * (10000 - offer.payBps)) / 10000);
      if (discountFen > 0) offerLabel = describeCounterOffer(offer);
    }
  }
  return { billFen: toFen(billFen), excludedFen: toFen(excludedFen), discountableFen: toFen(discountableFen), discountFen: toFen(discountFen), payFen: toFen(billFen - discountFen), offerLabel };
}
