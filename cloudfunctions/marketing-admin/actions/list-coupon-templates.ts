import type { CouponTemplateView } from '../../../src/contracts/marketing';
import { marketingAdminInputs } from '../../../src/contracts/marketing-inputs';
import type { Page } from '../../../src/contracts/paging';
import { requirePermission } from '../../shared/auth/require-permission';
import { defineAction } from '../../shared/handler/define-action';
import type { CouponTemplateDoc } from '../../shared/marketing/marketing-docs';
import { toCouponTemplateView } from '../../shared/marketing/to-marketing-views';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';
import type { Filter } from '../../shared/store/store';

export const listCouponTemplates = defineAction(marketingAdminInputs.listCouponTemplates, async (ctx, input): Promise<Page<CouponTemplateView>> => {
  await requirePermission(ctx, 'marketing');
  const filter: Filter = input.status ? { status: input.status } : {};
  return readPage(
    input,
    (skip, limit) => ctx.store.find<CouponTemplateDoc>(COLLECTIONS.couponTemplates, filter, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    toCouponTemplateView,
  );
});
