import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { CounterAdminView } from '../../../src/contracts/counter';
import { STORE_ERRORS } from '../../../src/contracts/stores';
import { assertCounterSettings, type CounterPaySettings } from '../../../src/domain/counter/counter-bill';
import { toFen } from '../../../src/domain/money/fen';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { counterSettingsOf } from '../../shared/flows/counter/counter-settings-of';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * Staff set a store's 优惠买单: on/off, the offer (满减 tiers or a rate), its daily window, the bill limit and whether
 * counter payments pay commission. Checked by the domain rule; compare-and-set on the store's version; audited.
 * Orders already made keep the bill and the commission switch they were made with.
 */
export const saveCounterSettings = defineAction(storeAdminApi.actions.saveCounterSettings, async (ctx, input): Promise<CounterAdminView> => {
  const { offer, ...rest } = input.settings;
  const settings: CounterPaySettings = {
    ...rest,
    limitFen: toFen(rest.limitFen),
    offer: offer.kind === 'TIERS' ? { kind: 'TIERS', tiers: [...offer.tiers].sort((a, b) => a.thresholdFen - b.thresholdFen).map((t) => ({ thresholdFen: toFen(t.thresholdFen), reductionFen: toFen(t.reductionFen) })) } : offer,
  };
  assertCounterSettings(settings);
  return ctx.store.runTransaction(async (tx) => {
    const current = await loadStore(tx, input.storeId);
    const changed = () => failWith(STORE_ERRORS.CHANGED, '门店信息已被他人修改，请刷新后重试');
    if (current.version !== input.expectedVersion) throw changed();
    const patch = { counterPay: settings, version: current.version + 1, updatedAt: ctx.now.toISOString() };
    if (!(await tx.update(COLLECTIONS.stores, current._id, { version: current.version }, patch))) throw changed();
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveCounterSettings', target: current._id, before: counterSettingsOf(current), after: settings });
    return { storeId: current._id, storeName: current.name, version: patch.version, settings };
  });
});
