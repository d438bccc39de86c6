import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { StoreAdminView } from '../../../src/contracts/stores';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toStoreAdminView } from '../../shared/flows/o2o/to-store-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';

export const MAX_STORES = 200;

export const listStores = defineAction(storeAdminApi.actions.listStores, async (ctx): Promise<StoreAdminView[]> => {
  const stores = await ctx.store.find(COLLECTIONS.stores, {}, { limit: MAX_STORES, orderBy: [{ field: 'createdAt', direction: 'asc' }] });
  const names = await nicknamesOf(ctx.store, stores.flatMap((s) => s.staff.map((m) => m.userId)));
  return stores.map((s) => toStoreAdminView(s, names));
});
