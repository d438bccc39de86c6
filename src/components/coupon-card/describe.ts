import type { Fen } from '@/domain/money/fen';
import { formatFen } from '@/domain/money/format-fen';
import type { CouponRule, CouponScope } from '@/domain/promotions/coupon';
import { shanghaiDay } from '@/domain/shared/shanghai-day';

/** "满100减10", "无门槛减5", "8.5折 最多减20" — how a coupon reads on a card. */
export function describeCouponRule(rule: CouponRule): string {
  const threshold = rule.thresholdFen > 0 ? `满${yuan(rule.thresholdFen)}` : '无门槛';
  if (rule.kind === 'FIXED') return `${threshold}减${yuan(rule.amountFen)}`;
  const zhe = (10000 - rule.offBps) / 1000;
  return `${threshold}打${zhe}折${rule.capFen !== null ? `，最多减${yuan(rule.capFen)}` : ''}`;
}

export function describeCouponScope(scope: CouponScope): string {
  if (scope.kind === 'ALL') return '全场通用（秒杀、拼团、砍价商品除外）';
  if (scope.kind === 'PRODUCTS') return `指定 ${scope.productIds.length} 件商品可用`;
  return `指定 ${scope.categoryIds.length} 个分类可用`;
}

/** Whole yuan without ".00" on coupon faces (¥ amounts elsewhere use formatFen). */
export function yuan(fen: Fen): string {
  return formatFen(fen).replace('¥', '').replace(/\.00$/, '');
}

/** The Beijing calendar day of an instant (validity windows start at Beijing midnight). */
export function formatDay(iso: string): string {
  return shanghaiDay(iso);
}

/** The last Beijing day of a window that ends (exclusive) at `endIso`. */
export function lastDay(endIso: string): string {
  return formatDay(new Date(Date.parse(endIso) - 1).toISOString());
}
