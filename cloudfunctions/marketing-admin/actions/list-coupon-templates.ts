import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { CouponTemplateView } from '../../../src/contracts/marketing';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toCouponTemplateView } from '../../shared/flows/marketing/to-marketing-views';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Filter } from '../../shared/kernel/store/store';

export const listCouponTemplates = defineAction(marketingAdminApi.actions.listCouponTemplates, async (ctx, input): Promise<Page<CouponTemplateView>> => {
  const filter: Filter = input.status ? { status: input.status } : {};
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.couponTemplates, filter, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    toCouponTemplateView,
  );
});
