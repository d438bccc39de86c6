import { counterBill, shanghaiMinuteOfDay, type CounterBill } from '../../../../src/domain/counter/counter-bill';
import { STORE_ERRORS } from '../../../../src/contracts/stores';
import { failWith } from '../../../../src/domain/shared/domain-error';
import type { FunctionContext } from '../../kernel/context';
import type { StoreDoc } from '../../kernel/docs/o2o-docs';
import { loadStore } from '../o2o/load-store';
import { counterSettingsOf } from './counter-settings-of';

/** The bill for the amounts typed at this store now (the one place the discount is computed: quote and order agree). */
export async function billAtStore(ctx: FunctionContext, storeId: string, amounts: { billFen: number; excludedFen: number }): Promise<{ store: StoreDoc; bill: CounterBill }> {
  const store = await loadStore(ctx.store, storeId);
  if (!store.open) throw failWith(STORE_ERRORS.CLOSED, '门店暂停营业');
  const bill = counterBill({ ...amounts, settings: counterSettingsOf(store), minuteOfDay: shanghaiMinuteOfDay(ctx.now.getTime()) });
  return { store, bill };
}
