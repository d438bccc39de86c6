import { DEFAULT_COUNTER_SETTINGS, type CounterPaySettings } from '../../../../src/domain/counter/counter-bill';
import type { StoreDoc } from '../../kernel/docs/o2o-docs';

/** A store's 优惠买单 settings; a store that never set them has the defaults (off, no commission). */
export function counterSettingsOf(store: Pick<StoreDoc, 'counterPay'>): CounterPaySettings {
  return store.counterPay ?? DEFAULT_COUNTER_SETTINGS;
}
