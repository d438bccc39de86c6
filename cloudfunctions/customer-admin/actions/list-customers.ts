import { customerAdminApi } from '../../../src/contracts/api/customer-admin';
import type { CustomerView } from '../../../src/contracts/customer-admin';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { DEFAULT_PAGE_SIZE } from '../../shared/kernel/paging/to-page';
import { customerSource } from '../customer-source';
import { scanCustomers } from '../scan-customers';
import { toCustomerViews } from '../to-customer-views';

/** Documents one page may read to find matches when filters span collections (a short page still pages on). */
const SCAN_BUDGET = 2000;

/** Customers (every user) with spend, orders, last visit, superior and tags; filter by tag / spend / has-superior. */
export const listCustomers = defineAction(customerAdminApi.actions.listCustomers, async (ctx, input): Promise<Page<CustomerView>> => {
  const { cursor, limit, ...filter } = input;
  const page = await scanCustomers(customerSource(ctx.store, filter), { cursor: cursor ?? 0, limit: limit ?? DEFAULT_PAGE_SIZE, budget: SCAN_BUDGET });
  return { items: await toCustomerViews(ctx.store, page.items), nextCursor: page.nextCursor };
});
