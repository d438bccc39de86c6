import type { StoreAdminView, StoreView } from '../../../../src/contracts/stores';
import type { StoreDoc } from '../../kernel/docs/o2o-docs';

export function toStoreView(doc: StoreDoc, distanceM: number | null = null): StoreView {
  return {
    id: doc._id,
    name: doc.name,
    address: doc.address,
    region: doc.region,
    location: doc.location,
    phone: doc.phone,
    hours: doc.hours,
    photos: doc.photos,
    open: doc.open,
    slotTimes: doc.slotTimes,
    slotCapacity: doc.slotCapacity,
    distanceM,
  };
}

export function toStoreAdminView(doc: StoreDoc, nicknames: ReadonlyMap<string, string>): StoreAdminView {
  return {
    ...toStoreView(doc),
    staff: doc.staff.map((s) => ({ userId: s.userId, title: s.title, nickname: nicknames.get(s.userId) ?? s.userId })),
    distributorId: doc.distributorId,
    version: doc.version,
  };
}
