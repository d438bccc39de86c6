import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { StaffReportRow } from '../../../src/contracts/stores';
import { staffReport } from '../../../src/domain/o2o/staff-report';
import { readCapped } from '../../shared/flows/exports/read-capped';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';

/** Counter events read per kind and store (a report, not a ledger: the page says counts stop there). */
export const STAFF_REPORT_CAP = 5000;
/** Store codes of one store: one per staff member and the store account, so a handful. */
const SCENES_READ = 200;

/**
 * 店员业绩 of one store: per person, pickups verified, bookings checked in and in-store coupons verified here, and
 * shoppers bound through their store code (the same bindings the store report counts as new members). Staff with
 * nothing yet are listed too; anyone else who verified here (the owner, a cashier) gets a line without a title.
 */
export const getStaffReport = defineAction(storeAdminApi.actions.getStaffReport, async (ctx, input): Promise<StaffReportRow[]> => {
  const store = await loadStore(ctx.store, input.storeId);
  const byId = [{ field: '_id', direction: 'asc' as const }];
  const [pickups, checkIns, coupons, scenes] = await Promise.all([
    readCapped((skip, limit) => ctx.store.find(COLLECTIONS.pickups, { storeId: store._id }, { skip, limit, orderBy: byId }), STAFF_REPORT_CAP),
    readCapped((skip, limit) => ctx.store.find(COLLECTIONS.reservations, { storeId: store._id, status: 'CHECKED_IN' }, { skip, limit, orderBy: byId }), STAFF_REPORT_CAP),
    readCapped((skip, limit) => ctx.store.find(COLLECTIONS.userCoupons, { 'counterUse.storeId': store._id }, { skip, limit, orderBy: byId }), STAFF_REPORT_CAP),
    ctx.store.find(COLLECTIONS.scenes, { 'params.storeId': store._id }, { limit: SCENES_READ }),
  ]);
  const scenesBySharer = new Map<string, string[]>();
  for (const s of scenes) scenesBySharer.set(s.sharerId, [...(scenesBySharer.get(s.sharerId) ?? []), s._id]);
  const members = await Promise.all(
    [...scenesBySharer].map(async ([sharerId, ids]) => [sharerId, await ctx.store.count(COLLECTIONS.bindings, { scene: { $in: ids } })] as const),
  );
  const lines = staffReport({
    staff: store.staff,
    pickupVerifiers: pickups.docs.map((p) => p.verifiedBy),
    checkInStaff: checkIns.docs.flatMap((r) => (r.checkedInBy ? [r.checkedInBy] : [])),
    couponVerifiers: coupons.docs.flatMap((c) => (c.counterUse ? [c.counterUse.staffId] : [])),
    newMembersBySharer: Object.fromEntries(members),
  });
  const names = await nicknamesOf(ctx.store, lines.map((l) => l.userId));
  return lines.map((l) => ({ ...l, nickname: names.get(l.userId) ?? '' }));
});
