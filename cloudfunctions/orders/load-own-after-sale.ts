import { failWith } from '../../src/domain/shared/domain-error';
import { AFTER_SALE_ERRORS } from '../../src/contracts/after-sale';
import type { UserContext } from '../shared/kernel/context';
import type { AfterSaleDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';

/** Someone else's request answers exactly like a missing one. */
export async function loadOwnAfterSale(ctx: UserContext, afterSaleId: string): Promise<AfterSaleDoc> {
  const doc = await ctx.store.get(COLLECTIONS.afterSales, afterSaleId);
  if (!doc || doc.buyerId !== ctx.openid) throw failWith(AFTER_SALE_ERRORS.NOT_FOUND, '售后单不存在');
  return doc;
}
