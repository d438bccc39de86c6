import { failWith } from '../../src/domain/shared/domain-error';
import { AFTER_SALE_ERRORS } from '../../src/contracts/after-sale';
import type { FunctionContext } from '../shared/kernel/context';
import type { AfterSaleDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import { toAdminAfterSaleViews } from '../shared/flows/after-sales/to-after-sale-views';
import type { AdminAfterSaleView } from '../../src/contracts/after-sale';

export async function loadAfterSale(ctx: Pick<FunctionContext, 'store'>, afterSaleId: string): Promise<AfterSaleDoc> {
  const doc = await ctx.store.get(COLLECTIONS.afterSales, afterSaleId);
  if (!doc) throw failWith(AFTER_SALE_ERRORS.NOT_FOUND, '售后单不存在');
  return doc;
}

/** The request as staff see it after an action, read fresh (a refund moved it inside its own transaction). */
export async function adminViewOf(ctx: Pick<FunctionContext, 'store'>, afterSaleId: string): Promise<AdminAfterSaleView> {
  return (await toAdminAfterSaleViews(ctx.store, [await loadAfterSale(ctx, afterSaleId)]))[0]!;
}
