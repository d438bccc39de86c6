import { SHOP_ERRORS } from '../../src/contracts/distributor';
import { failWith } from '../../src/domain/shared/domain-error';
import type { UserContext } from '../shared/kernel/context';
import type { ShopDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';

/**
 * Writes the next version of a shop by compare-and-set on the version it was read at (an insert for version 0), so
 * two tabs editing at once never silently drop each other's change: the loser gets SHOP.BUSY and reloads.
 */
export async function saveShop(ctx: UserContext, read: ShopDoc, changes: Partial<Pick<ShopDoc, 'name' | 'intro' | 'logoUrl' | 'bannerUrl' | 'productIds'>>): Promise<ShopDoc> {
  const next: ShopDoc = { ...read, ...changes, version: read.version + 1, updatedAt: ctx.now.toISOString() };
  const { _id, ...fields } = next;
  const written = read.version === 0 ? await ctx.store.insert(COLLECTIONS.shops, next) : await ctx.store.update(COLLECTIONS.shops, _id, { version: read.version }, fields);
  if (!written) throw failWith(SHOP_ERRORS.BUSY);
  return next;
}
