import fc from 'fast-check';
import { staffReport } from './staff-report';

test('staff come first in the store order (even idle), then others by work; titles only for staff', () => {
  const rows = staffReport({
    staff: [
      { userId: 'b', title: '店长 王芳' },
      { userId: 'a', title: '店员 小李' },
    ],
    pickupVerifiers: ['owner', 'a', 'owner'],
    checkInStaff: ['cashier'],
    couponVerifiers: ['owner'],
    newMembersBySharer: { a: 2, store: 1 },
  });
  expect(rows).toEqual([
    { userId: 'b', title: '店长 王芳', pickupsVerified: 0, reservationsCheckedIn: 0, couponsVerified: 0, newMembers: 0 },
    { userId: 'a', title: '店员 小李', pickupsVerified: 1, reservationsCheckedIn: 0, couponsVerified: 0, newMembers: 2 },
    { userId: 'owner', title: null, pickupsVerified: 2, reservationsCheckedIn: 0, couponsVerified: 1, newMembers: 0 },
    { userId: 'cashier', title: null, pickupsVerified: 0, reservationsCheckedIn: 1, couponsVerified: 0, newMembers: 0 },
    { userId: 'store', title: null, pickupsVerified: 0, reservationsCheckedIn: 0, couponsVerified: 0, newMembers: 1 },
  ]);
});

test('property: every event counts for exactly one person, and each person appears once', () => {
  const who = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  fc.assert(
    fc.property(
      fc.uniqueArray(who, { maxLength: 3 }),
      fc.array(who),
      fc.array(who),
      fc.array(who),
      fc.dictionary(who, fc.nat(50)),
      (staffIds, pickups, checkIns, coupons, members) => {
        const rows = staffReport({ staff: staffIds.map((userId) => ({ userId, title: 't' })), pickupVerifiers: pickups, checkInStaff: checkIns, couponVerifiers: coupons, newMembersBySharer: members });
        const sum = (k: 'pickupsVerified' | 'reservationsCheckedIn' | 'couponsVerified' | 'newMembers') => rows.reduce((s, r) => s + r[k], 0);
        expect([sum('pickupsVerified'), sum('reservationsCheckedIn'), sum('couponsVerified'), sum('newMembers')]).toEqual([
          pickups.length,
          checkIns.length,
          coupons.length,
          Object.values(members).reduce((s, n) => s + n, 0),
        ]);
        expect(new Set(rows.map((r) => r.userId)).size).toBe(rows.length);
        expect(rows.slice(0, staffIds.length).map((r) => r.userId)).toEqual(staffIds);
      },
    ),
  );
});
