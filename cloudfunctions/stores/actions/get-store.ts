import { storesApi } from '../../../src/contracts/api/stores';
import type { StoreView } from '../../../src/contracts/stores';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { toStoreView } from '../../shared/flows/o2o/to-store-view';

export const getStore = defineAction(storesApi.actions.getStore, async (ctx, input): Promise<StoreView> => toStoreView(await loadStore(ctx.store, input.storeId)));
