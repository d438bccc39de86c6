import type { CouponTemplateView, FullReductionView, MarketingRulesView, PointsChangeView, UserCouponView } from '../../../../src/contracts/marketing';
import { usageOf } from '../../../../src/domain/promotions/coupon-usage';
import type { CouponTemplateDoc, FullReductionDoc, MarketingRulesDoc, PointsChangeDoc, UserCouponDoc } from '../../kernel/docs/marketing-docs';

export function toCouponTemplateView(d: CouponTemplateDoc): CouponTemplateView {
  return {
    id: d._id,
    name: d.name,
    rule: d.rule,
    scope: d.scope,
    validFrom: d.validFrom,
    validTo: d.validTo,
    perUserLimit: d.perUserLimit,
    totalQuantity: d.totalQuantity,
    issuedCount: d.issuedCount,
    claimable: d.claimable,
    usage: usageOf(d.usage),
    status: d.status,
    version: d.version,
  };
}

export function toUserCouponView(d: UserCouponDoc, nowIso: string): UserCouponView {
  return {
    id: d._id,
    templateId: d.templateId,
    name: d.name,
    rule: d.rule,
    scope: d.scope,
    validFrom: d.validFrom,
    validTo: d.validTo,
    status: d.status,
    displayStatus: d.status === 'UNUSED' && d.validTo <= nowIso ? 'EXPIRED' : d.status,
    orderId: d.orderId,
    source: d.source,
    claimedAt: d.claimedAt,
    usage: usageOf(d.usage),
    usedInStore: d.counterUse ? { storeName: d.counterUse.storeName, at: d.counterUse.at } : null,
  };
}

export function toFullReductionView(d: FullReductionDoc): FullReductionView {
  return { id: d._id, name: d.name, tiers: d.tiers, productIds: d.productIds, startAt: d.startAt, endAt: d.endAt, status: d.status, version: d.version };
}

export function toPointsChangeView(d: PointsChangeDoc): PointsChangeView {
  return { id: d._id, kind: d.kind, delta: d.delta, balanceAfter: d.balanceAfter, note: d.note, at: d.at };
}

export function toMarketingRulesView(d: MarketingRulesDoc): MarketingRulesView {
  return { points: d.points, levels: d.levels, version: d.version };
}
