import type { CounterAdminView } from '../../../src/contracts/counter';
import { counterAdminInputs } from '../../../src/contracts/counter-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { counterSettingsOf } from '../../shared/flows/counter/counter-settings-of';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** 优惠买单 settings of one store (the defaults — off — until staff save them). */
export const getCounterSettings = defineAction(counterAdminInputs.getCounterSettings, async (ctx, input): Promise<CounterAdminView> => {
  await requirePermission(ctx, 'settings');
  const store = await loadStore(ctx.store, input.storeId);
  return { storeId: store._id, storeName: store.name, version: store.version, settings: counterSettingsOf(store) };
});
