import { marketingApi } from '../../../src/contracts/api/marketing';
import type { UserCouponView } from '../../../src/contracts/marketing';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toUserCouponView } from '../../shared/flows/marketing/to-marketing-views';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';

/** 我的优惠券: usable (unused, not expired), used, or expired; newest first. */
export const listMyCoupons = defineAction(marketingApi.actions.listMyCoupons, async (ctx, input): Promise<Page<UserCouponView>> => {
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
    (skip, limit) => ctx.store.find(COLLECTIONS.userCoupons, filter, { skip, limit, orderBy: [{ field: 'claimedAt', direction: 'desc' }] }),
    (d) => toUserCouponView(d, nowIso),
  );
});
