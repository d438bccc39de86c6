import { storesApi } from '../../../src/contracts/api/stores';
import type { StoreView } from '../../../src/contracts/stores';
import { sortByDistance } from '../../../src/domain/o2o/sort-by-distance';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toStoreView } from '../../shared/flows/o2o/to-store-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** A merchant has a handful of stores, not thousands: all open ones, nearest first when the shopper shared a location. */
const MAX_STORES = 200;

export const listNearbyStores = defineAction(storesApi.actions.listNearbyStores, async (ctx, input): Promise<StoreView[]> => {
  const stores = await ctx.store.find(COLLECTIONS.stores, { open: true }, { limit: MAX_STORES, orderBy: [{ field: 'createdAt', direction: 'asc' }] });
  return sortByDistance(stores, input.location ?? null).map((s) => toStoreView(s, s.distanceM));
});
