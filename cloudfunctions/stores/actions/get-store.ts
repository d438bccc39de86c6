import type { StoreView } from '../../../src/contracts/stores';
import { storesInputs } from '../../../src/contracts/stores-inputs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { toStoreView } from '../../shared/flows/o2o/to-store-view';

export const getStore = defineAction(storesInputs.getStore, async (ctx, input): Promise<StoreView> => toStoreView(await loadStore(ctx.store, input.storeId)));
