import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type StoreAdminView } from '../../../src/contracts/stores';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { ensureActiveDistributor } from '../../shared/flows/o2o/ensure-active-distributor';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { toStoreAdminView } from '../../shared/flows/o2o/to-store-view';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';

/**
 * Sets a store's staff and its own distributor account. Every one of them becomes an ACTIVE distributor (free, no
 * purchase; audited) so a shopper bound through their counter code earns them commission exactly as a distributor's
 * share would. Compare-and-set on the store's version; audited.
 */
export const setStoreStaff = defineAction(storeAdminApi.actions.setStoreStaff, async (ctx, input): Promise<StoreAdminView> => {
  const staff = [...new Map(input.staff.map((s) => [s.userId, s])).values()];
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await loadStore(tx, input.storeId);
    if (current.version !== input.expectedVersion) throw failWith(STORE_ERRORS.CHANGED);
    for (const userId of new Set([...staff.map((s) => s.userId), ...(input.distributorId ? [input.distributorId] : [])])) {
      await ensureActiveDistributor(tx, ctx, userId, `门店「${current.name}」的店员/分销账号`);
    }
    const nowIso = ctx.now.toISOString();
    const patch = { staff, distributorId: input.distributorId, version: current.version + 1, updatedAt: nowIso };
    if (!(await tx.update(COLLECTIONS.stores, current._id, { version: current.version }, patch))) throw failWith(STORE_ERRORS.CHANGED);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setStoreStaff', target: current._id, before: { staff: current.staff, distributorId: current.distributorId }, after: { staff, distributorId: input.distributorId } });
    return { ...current, ...patch };
  });
  return toStoreAdminView(saved, await nicknamesOf(ctx.store, saved.staff.map((s) => s.userId)));
});
