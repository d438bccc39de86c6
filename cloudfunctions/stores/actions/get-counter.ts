import { storesApi } from '../../../src/contracts/api/stores';
import type { CounterView } from '../../../src/contracts/counter';
import { describeCounterOffer, inCounterWindow, shanghaiMinuteOfDay } from '../../../src/domain/counter/counter-bill';
import { toFen } from '../../../src/domain/money/fen';
import { counterSettingsOf } from '../../shared/flows/counter/counter-settings-of';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** 优惠买单: what the page a store's counter code opens shows — the store, its offer and window, the bill limit. */
export const getCounter = defineAction(storesApi.actions.getCounter, async (ctx, input): Promise<CounterView> => {
  const store = await loadStore(ctx.store, input.storeId);
  const settings = counterSettingsOf(store);
  return {
    storeId: store._id,
    storeName: store.name,
    enabled: settings.enabled && store.open,
    offerText: describeCounterOffer(settings.offer),
    window: settings.window,
    offerActiveNow: settings.offer.kind !== 'NONE' && inCounterWindow(settings.window, shanghaiMinuteOfDay(ctx.now.getTime())),
    limitFen: toFen(settings.limitFen),
  };
});
