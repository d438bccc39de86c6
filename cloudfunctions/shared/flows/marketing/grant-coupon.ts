import { failWith } from '../../../../src/domain/shared/domain-error';
import { MARKETING_ERRORS, type CouponSource } from '../../../../src/contracts/marketing';
import { usageOf } from '../../../../src/domain/promotions/coupon-usage';
import { DomainError } from '../../../../src/domain/shared/domain-error';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps, Store } from '../../kernel/store/store';
import type { UserCouponDoc } from '../../kernel/docs/marketing-docs';

export interface GrantInput {
  templateId: string;
  userId: string;
  requestId: string;
  source: CouponSource;
  nowIso: string;
}

export type GrantOutcome = { ok: true; coupon: UserCouponDoc; granted: boolean } | { ok: false; error: DomainError };

/**
 * Gives a customer one coupon of a template (claim, staff issue or reward), in one transaction:
 * - the per-user limit is the id space: slots `${templateId}:${userId}:1..perUserLimit`; the first free slot is
 *   inserted, so concurrent grants to the same customer collide on the same id and at most perUserLimit exist;
 * - the total quantity is a compare-and-set on the template's issuedCount;
 * - a retry with the same requestId finds the coupon it made instead of granting another.
 */
export async function grantCoupon(
  store: Store,
  input: GrantInput,
  /** Runs in the same transaction after a new grant (staff issues write their audit record here). */
  onGranted?: (tx: DocOps, coupon: UserCouponDoc) => Promise<void>,
): Promise<UserCouponDoc> {
  return store.runTransaction(async (tx) => {
    const outcome = await grantCouponInTx(tx, input);
    if (!outcome.ok) throw outcome.error;
    if (outcome.granted && onGranted) await onGranted(tx, outcome.coupon);
    return outcome.coupon;
  });
}

/**
 * The grant inside the caller's transaction. A refusal (stopped, expired, limit, sold out) is returned before
 * anything is written, so a reward that cannot be given (a sign-in streak coupon that ran out) does not fail the
 * sign-in that earned it.
 */
export async function grantCouponInTx(tx: DocOps, input: GrantInput): Promise<GrantOutcome> {
  const refuse = (code: string, message: string): GrantOutcome => ({ ok: false, error: new DomainError(code, message) });
  const template = await tx.get(COLLECTIONS.couponTemplates, input.templateId);
  if (!template) return refuse(MARKETING_ERRORS.COUPON_NOT_FOUND.code, '优惠券不存在');
  let freeSlot: number | null = null;
  for (let n = 1; n <= template.perUserLimit; n += 1) {
    const held = await tx.get(COLLECTIONS.userCoupons, slotId(template._id, input.userId, n));
    if (held?.requestId === input.requestId) return { ok: true, coupon: held, granted: false };
    if (!held && freeSlot === null) freeSlot = n;
  }
  if (template.status !== 'ACTIVE') return refuse(MARKETING_ERRORS.COUPON_STOPPED.code, '该优惠券已停止发放');
  if (Date.parse(template.validTo) <= Date.parse(input.nowIso)) return refuse(MARKETING_ERRORS.COUPON_STOPPED.code, '该优惠券已过期');
  if (input.source === 'CLAIM' && !template.claimable) return refuse(MARKETING_ERRORS.COUPON_NOT_CLAIMABLE.code, '该优惠券不能自行领取');
  if (freeSlot === null) return refuse(MARKETING_ERRORS.COUPON_USER_LIMIT.code, `每人最多领取 ${template.perUserLimit} 张`);
  if (template.totalQuantity !== null && template.issuedCount >= template.totalQuantity) return refuse(MARKETING_ERRORS.COUPON_SOLD_OUT.code, '优惠券已领完');

  const coupon: UserCouponDoc = {
    _id: slotId(template._id, input.userId, freeSlot),
    userId: input.userId,
    templateId: template._id,
    name: template.name,
    rule: template.rule,
    scope: template.scope,
    validFrom: template.validFrom,
    validTo: template.validTo,
    status: 'UNUSED',
    orderId: null,
    usedAt: null,
    source: input.source,
    requestId: input.requestId,
    claimedAt: input.nowIso,
    usage: usageOf(template.usage),
  };
  // Both writes are guarded; losing either race means another grant got there first, so the whole transaction
  // must not commit half of it (throwing rolls it back).
  const counted = await tx.update(COLLECTIONS.couponTemplates, template._id, { issuedCount: template.issuedCount }, { issuedCount: template.issuedCount + 1 });
  if (!counted || !(await tx.insert(COLLECTIONS.userCoupons, coupon))) throw failWith(MARKETING_ERRORS.BUSY);
  return { ok: true, coupon, granted: true };
}

export function slotId(templateId: string, userId: string, n: number): string {
  return `${templateId}:${userId}:${n}`;
}
