import type { UserCouponView } from '../../../src/contracts/marketing';
import { marketingInputs } from '../../../src/contracts/marketing-inputs';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/handler/define-action';
import type { UserCouponDoc } from '../../shared/marketing/marketing-docs';
import { toUserCouponView } from '../../shared/marketing/to-marketing-views';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';
import type { Filter } from '../../shared/store/store';

/** 我的优惠券: usable (unused, not expired), used, or expired; newest first. */
export const listMyCoupons = defineAction(marketingInputs.listMyCoupons, async (ctx, input): Promise<Page<UserCouponView>> => {
  const nowIso = ctx.now.toISOString();
  const filter: Filter =
    input.status === 'USED'
      ? { userId: ctx.openid, status: 'USED' }
      : input.status === 'EXPIRED'
        ? { userId: ctx.openid, status: 'UNUSED', validTo: { $lte: nowIso } }
        : input.status === 'UNUSED'
          ? { userId: ctx.openid, status: 'UNUSED', validTo: { $gt: nowIso } }
          : { userId: ctx.openid };
  return readPage(
    input,
    (skip, limit) => ctx.store.find<UserCouponDoc>(COLLECTIONS.userCoupons, filter, { skip, limit, orderBy: [{ field: 'claimedAt', direction: 'desc' }] }),
    (d) => toUserCouponView(d, nowIso),
  );
});
