import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { CounterAdminView } from '../../../src/contracts/counter';
import { counterSettingsOf } from '../../shared/flows/counter/counter-settings-of';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** 优惠买单 settings of one store (the defaults — off — until staff save them). */
export const getCounterSettings = defineAction(storeAdminApi.actions.getCounterSettings, async (ctx, input): Promise<CounterAdminView> => {
  const store = await loadStore(ctx.store, input.storeId);
  return { storeId: store._id, storeName: store.name, version: store.version, settings: counterSettingsOf(store) };
});
