import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type StoreAdminView } from '../../../src/contracts/stores';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadStore } from '../../shared/flows/o2o/load-store';
import type { StoreDoc } from '../../shared/kernel/docs/o2o-docs';
import { toStoreAdminView } from '../../shared/flows/o2o/to-store-view';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';

/**
 * Creates a store (id from the staff member and their request id: a retried create finds the same store) or edits
 * one by compare-and-set on its version (a concurrent edit is STORE.CHANGED). Closing a store stops new pickup
 * orders and bookings; those already placed stay valid. Audited.
 */
export const saveStore = defineAction(storeAdminApi.actions.saveStore, async (ctx, input): Promise<StoreAdminView> => {
  const { storeId, requestId, expectedVersion, ...fields } = input;
  const nowIso = ctx.now.toISOString();
  const saved = await ctx.store.runTransaction(async (tx): Promise<StoreDoc> => {
    if (!storeId) {
      const id = 'S' + stableId(['store', ctx.openid, requestId ?? ''], 16);
      const existing = await tx.get(COLLECTIONS.stores, id);
      if (existing) return existing;
      const doc: StoreDoc = { _id: id, ...fields, staff: [], distributorId: null, version: 1, createdBy: ctx.openid, createdAt: nowIso, updatedAt: nowIso };
      await tx.insert(COLLECTIONS.stores, doc);
      await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveStore', target: id, before: null, after: doc });
      return doc;
    }
    const current = await loadStore(tx, storeId);
    if (current.version !== expectedVersion) throw failWith(STORE_ERRORS.CHANGED);
    const next: StoreDoc = { ...current, ...fields, version: current.version + 1, updatedAt: nowIso };
    if (!(await tx.update(COLLECTIONS.stores, storeId, { version: current.version }, { ...fields, version: next.version, updatedAt: nowIso }))) {
      throw failWith(STORE_ERRORS.CHANGED);
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveStore', target: storeId, before: current, after: next });
    return next;
  });
  return toStoreAdminView(saved, await nicknamesOf(ctx.store, saved.staff.map((s) => s.userId)));
});
