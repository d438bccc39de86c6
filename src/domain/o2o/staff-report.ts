/** What one person did for one store: counter work (核销, check-ins, coupons) and shoppers bound by their store code. */
export interface StaffReportLine {
  userId: string;
  /** Their title on the store (店长 王芳), or null for someone who verified here without being on its staff (e.g. the owner). */
  title: string | null;
  pickupsVerified: number;
  reservationsCheckedIn: number;
  couponsVerified: number;
  newMembers: number;
}

export interface StaffReportInput {
  staff: ReadonlyArray<{ userId: string; title: string }>;
  /** Who verified each pickup, checked in each booking, verified each in-store coupon at this store. */
  pickupVerifiers: readonly string[];
  checkInStaff: readonly string[];
  couponVerifiers: readonly string[];
  /** Shoppers bound through each sharer's store codes for this store. */
  newMembersBySharer: Readonly<Record<string, number>>;
}

/**
 * Per-person lines of a store: every staff member (even with nothing yet), then anyone else who did counter work
 * or bound shoppers here. Each event counts for exactly one person, so the lines sum to the store's totals.
 * Order: staff in the store's order, then the others by most work.
 */
export function staffReport(input: StaffReportInput): StaffReportLine[] {
  const lines = new Map<string, StaffReportLine>();
  const line = (userId: string): StaffReportLine => {
    let l = lines.get(userId);
    if (!l) {
      l = { userId, title: null, pickupsVerified: 0, reservationsCheckedIn: 0, couponsVerified: 0, newMembers: 0 };
      lines.set(userId, l);
    }
    return l;
  };
  for (const s of input.staff) line(s.userId).title = s.title;
  for (const id of input.pickupVerifiers) line(id).pickupsVerified += 1;
  for (const id of input.checkInStaff) line(id).reservationsCheckedIn += 1;
  for (const id of input.couponVerifiers) line(id).couponsVerified += 1;
  for (const [id, n] of Object.entries(input.newMembersBySharer)) line(id).newMembers += n;
  const staffOrder = new Map(input.staff.map((s, i) => [s.userId, i]));
  const work = (l: StaffReportLine) => l.pickupsVerified + l.reservationsCheckedIn + l.couponsVerified + l.newMembers;
  return [...lines.values()].sort((a, b) => {
    const ia = staffOrder.get(a.userId);
    const ib = staffOrder.get(b.userId);
    if (ia !== undefined || ib !== undefined) return (ia ?? Infinity) - (ib ?? Infinity);
    return work(b) - work(a) || a.userId.localeCompare(b.userId);
  });
}
