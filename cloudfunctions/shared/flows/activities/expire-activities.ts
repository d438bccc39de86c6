import type { FunctionContext } from '../../kernel/context';
import { isolate } from '../../kernel/jobs/isolate';
import { COLLECTIONS } from '../../kernel/store/collections';
import { completeGroup, takeGroupPlace } from './after-activity-order-paid';
import { GROUP_REFUND_KEYS } from './group-refund-keys';
import { markActivityRefunded } from './mark-activity-refunded';
import { refundFailedGroupOrder } from './refund-failed-group-order';
import { refundWholeOrder } from './refund-whole-order';
import { setGroupState } from './set-group-state';
import { moveStatus } from '../../kernel/store/move-status';
import { groupBuyLifecycle } from '../../../../src/domain/promotions/group-buy';
import { bargainLifecycle } from '../../../../src/domain/promotions/bargain-lifecycle';

const BATCH = 100;

export interface ActivityTimerReport {
  groupsExpired: number;
  membersRefunded: number;
  groupsCompleted: number;
  failedOrdersRefunded: number;
  bargainsExpired: number;
  errors: number;
}

/**
 * The activity timer (re-runnable; each item — each group member's refund too — on its own: a failure is logged,
 * recorded for staff (isolate) and retried next run, never blocking the others):
 *  1. OPEN groups past their deadline → EXPIRED (compare-and-set, so a last-second join either wins or is refunded);
 *  2. EXPIRED groups not yet refunded → every member's order marked FAILED (never ships) and refunded in full with
 *     a stable out_refund_no, then the group is marked refunded;
 *  3. FULL groups whose completion was interrupted → completed;
 *  4. paid FAILED orders not yet stamped refunded → refunded (same refund ids) and stamped;
 *  5. OPEN / FLOORED bargains past their deadline → EXPIRED (a bargain with an unpaid order waits for it).
 */
export async function expireActivities(ctx: FunctionContext): Promise<ActivityTimerReport> {
  const nowIso = ctx.now.toISOString();
  const report: ActivityTimerReport = { groupsExpired: 0, membersRefunded: 0, groupsCompleted: 0, failedOrdersRefunded: 0, bargainsExpired: 0, errors: 0 };
  const one = async (subject: string, work: () => Promise<unknown>) => {
    if (!(await isolate(ctx, 'activity-timer', subject, work))) report.errors += 1;
  };
  const each = async <T extends { _id: string }>(items: T[], work: (item: T) => Promise<void>) => {
    for (const item of items) await one(item._id, () => work(item));
  };

  const due = await ctx.store.find(COLLECTIONS.groups, { status: 'OPEN', expiresAt: { $lte: nowIso } }, { limit: BATCH });
  await each(due, async (g) => {
    if (await moveStatus(ctx.store, { collection: COLLECTIONS.groups, id: g._id, lifecycle: groupBuyLifecycle, from: g.status, to: 'EXPIRED', expected: { memberCount: g.memberCount } })) report.groupsExpired += 1;
  });

  const expired = await ctx.store.find(COLLECTIONS.groups, { status: 'EXPIRED', refundedAt: null }, { limit: BATCH });
  for (const g of expired) {
    // Each member on their own: a refund that keeps failing must not keep the other members waiting for their money.
    let allRefunded = true;
    for (const orderId of g.memberOrderIds) {
      const done = await isolate(ctx, 'activity-timer', orderId, async () => {
        await setGroupState(ctx.store, orderId, 'FAILED');
        const order = await ctx.store.get(COLLECTIONS.orders, orderId);
        if (order) await refundWholeOrder(ctx, order, GROUP_REFUND_KEYS.expired, '拼团未在时限内成团，自动全额退款');
        await markActivityRefunded(ctx.store, orderId, nowIso);
        report.membersRefunded += 1;
      });
      if (!done) {
        report.errors += 1;
        allRefunded = false;
      }
    }
    // Marked refunded only once every member is: the rest are retried next run (stable refund ids: once each).
    if (allRefunded) await one(g._id, () => ctx.store.update(COLLECTIONS.groups, g._id, { status: 'EXPIRED', refundedAt: null }, { refundedAt: nowIso }));
  }

  const full = await ctx.store.find(COLLECTIONS.groups, { status: 'FULL' }, { limit: BATCH });
  await each(full, async (g) => {
    await completeGroup(ctx, g);
    report.groupsCompleted += 1;
  });

  // Paid 拼团 orders whose after-payment step never ran (e.g. the function stopped right after the payment).
  const waiting = await ctx.store.find(COLLECTIONS.orders, { status: 'PAID', 'activity.groupState': 'WAITING' }, { limit: BATCH });
  await each(waiting, (o) => takeGroupPlace(ctx, o._id));

  // Paid 拼团 orders marked FAILED whose refund never went through (a crash between marking and refunding; a repeated
  // notify answers ALREADY_PAID and never gets here). The stable refund ids keep a re-run to one refund. Once the
  // ledger side has refunded every line the order is CLOSED, while WeChat may still have refused the money side.
  const unrefunded = await ctx.store.find(COLLECTIONS.orders, { status: { $in: ['PAID', 'CLOSED'] }, 'activity.groupState': 'FAILED', 'activity.refundedAt': null }, { limit: BATCH });
  await each(unrefunded, async (o) => {
    await refundFailedGroupOrder(ctx, o);
    report.failedOrdersRefunded += 1;
  });

  const bargains = await ctx.store.find(COLLECTIONS.bargains, { status: { $in: ['OPEN', 'FLOORED'] }, expiresAt: { $lte: nowIso } }, { limit: BATCH });
  await each(bargains, async (b) => {
    if (await moveStatus(ctx.store, { collection: COLLECTIONS.bargains, id: b._id, lifecycle: bargainLifecycle, from: b.status, to: 'EXPIRED', expected: { orderId: null } })) report.bargainsExpired += 1;
  });
  ctx.log.info('activity timer', { ...report, requestId: ctx.requestId });
  return report;
}
