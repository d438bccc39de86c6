import { ACTIVITY_ERRORS } from '../../src/contracts/activities';
import { failWith } from '../../src/domain/shared/domain-error';
import type { BargainDoc, GroupDoc } from '../shared/kernel/docs/activity-docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { CollectionDocs, Store } from '../shared/kernel/store/store';

/** A deleted activity answers like a missing one. */
async function live<C extends typeof COLLECTIONS.flashSales | typeof COLLECTIONS.groupBuys | typeof COLLECTIONS.bargainActivities>(store: Store, collection: C, id: string): Promise<CollectionDocs[C]> {
  const doc = await store.get(collection, id);
  if (!doc || doc.deletedAt) throw failWith(ACTIVITY_ERRORS.NOT_FOUND, '活动不存在或已结束');
  return doc;
}

export const loadFlashSale = (store: Store, id: string) => live(store, COLLECTIONS.flashSales, id);
export const loadGroupBuy = (store: Store, id: string) => live(store, COLLECTIONS.groupBuys, id);
export const loadBargainActivity = (store: Store, id: string) => live(store, COLLECTIONS.bargainActivities, id);

export async function loadGroup(store: Store, id: string): Promise<GroupDoc> {
  const group = await store.get(COLLECTIONS.groups, id);
  if (!group) throw failWith(ACTIVITY_ERRORS.GROUP_NOT_FOUND);
  return group;
}

export async function loadBargain(store: Store, id: string): Promise<BargainDoc> {
  const bargain = await store.get(COLLECTIONS.bargains, id);
  if (!bargain) throw failWith(ACTIVITY_ERRORS.BARGAIN_NOT_FOUND);
  return bargain;
}

/** Refuses outside the activity's window (typed, nothing written). */
export function assertOn(a: { startAt: string; endAt: string }, nowIso: string): void {
  if (nowIso < a.startAt) throw failWith(ACTIVITY_ERRORS.NOT_STARTED);
  if (nowIso >= a.endAt) throw failWith(ACTIVITY_ERRORS.ENDED);
}
