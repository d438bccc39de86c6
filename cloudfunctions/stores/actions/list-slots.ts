import { storesApi } from '../../../src/contracts/api/stores';
import type { SlotAvailabilityView } from '../../../src/contracts/stores';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { slotIdFor } from '../../shared/flows/o2o/slot-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** A day's slots of a store with what is still free. */
export const listSlots = defineAction(storesApi.actions.listSlots, async (ctx, input): Promise<SlotAvailabilityView[]> => {
  const store = await loadStore(ctx.store, input.storeId);
  return Promise.all(
    store.slotTimes.map(async (time) => {
      const slot = await ctx.store.get(COLLECTIONS.slots, slotIdFor(store._id, input.date, time));
      return { date: input.date, time, capacity: store.slotCapacity, taken: slot?.taken ?? 0 };
    }),
  );
});
