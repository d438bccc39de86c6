import type { RefundCallResult, RefundInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { HOUR_MS, createGroupBuy } from '../support/activity-fixtures';
import { FaultyStore } from '../support/faulty-store';
import { expectLedgerClean, refund } from '../support/money-flow';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

const runActivityTimer = async (rt: TestRuntime) => {
  const res = (await invokeFunction(rt, 'activity-timer', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: Record<string, number> };
  expect(res.ok).toBe(true);
  return res.data;
};
const openAndPay = async (rt: TestRuntime, leader: string, activityId: string) => {
  const opened = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId, address: ADDRESS }, leader);
  expect((await rt.pay(opened.order.id)).errcode).toBe(0);
  return opened;
};
const join = (rt: TestRuntime, who: string, groupId: string) => rt.ok('activities', 'joinGroup', { requestId: aRequestId(), groupId, address: ADDRESS }, who);
const refundsOf = (rt: TestRuntime, orderId: string) => rt.store.find(COLLECTIONS.refunds, { orderId }, { limit: 10 });
/** Records every refund call and answers like the local platform (which answers a repeated number with its first result). */
function recordRefunds(rt: TestRuntime, answer?: (input: RefundInput, n: number) => RefundCallResult | null) {
  const sent: RefundInput[] = [];
  const real = rt.platform.refund.bind(rt.platform);
  rt.platform.refund = async (input) => {
    sent.push(input);
    return answer?.(input, sent.length) ?? real(input);
  };
  return sent;
}

describe('拼团 refunds that must not be lost', () => {
  /** Leader + one friend fill a 2-member group; a second friend who joined meanwhile pays late and must be refunded. */
  async function latePayer(rt: TestRuntime) {
    const activity = await createGroupBuy(rt, { requiredMembers: 2 });
    const [leader, f1, late] = [await createNewUser(rt), await createNewUser(rt), await createNewUser(rt)];
    const { groupId } = await openAndPay(rt, leader, activity.id);
    const j1 = await join(rt, f1, groupId);
    const lateJoin = await join(rt, late, groupId);
    expect((await rt.pay(j1.order.id)).errcode).toBe(0);
    expect((await rt.store.get(COLLECTIONS.groups, groupId))?.status).toBe('SUCCEEDED');
    return lateJoin.order;
  }

  async function latePaymentCrashingAt(crashAt: number | null) {
    let faulty!: FaultyStore;
    const rt = await createTestRuntime({ wrapStore: (s) => (faulty = new FaultyStore(s)) });
    try {
      const order = await latePayer(rt);
      const sent = recordRefunds(rt);
      const before = faulty.writes;
      if (crashAt !== null) faulty.failAt = before + crashAt;
      await rt.pay(order.id).catch(() => undefined);
      faulty.failAt = null;
      const writes = faulty.writes - before;
      // The notify comes again (ALREADY_PAID once the payment committed), then the activity timer runs.
      expect((await rt.pay(order.id)).errcode).toBe(0);
      const report = await runActivityTimer(rt);
      expect(report.errors).toBe(0);
      await runActivityTimer(rt);
      const refunds = await refundsOf(rt, order.id);
      const saved = await rt.store.get(COLLECTIONS.orders, order.id);
      expect({ crashAt, refunds: refunds.map((r) => [r.fen, r.channelState]), numbers: [...new Set(sent.map((s) => s.outRefundNo))] }).toEqual({
        crashAt,
        refunds: [[2990, 'SUCCESS']],
        numbers: [refunds[0]?._id],
      });
      expect(saved?.activity).toMatchObject({ groupState: 'FAILED', refundedAt: expect.any(String) });
      expect(saved?.afterSale?.[order.lines[0]!.lineId]?.refundedFen).toBe(2990);
      await expectLedgerClean(rt);
      return writes;
    } finally {
      await rt.close();
    }
  }

  test('a crash at any write of a late payer’s payment: notify again + the timer refund it exactly once', async () => {
    const writes = await latePaymentCrashingAt(null);
    expect(writes).toBeGreaterThan(3);
    console.log(`late payment: ${writes} writes, each made to crash once`);
    for (let n = 1; n <= writes; n++) await latePaymentCrashingAt(n);
  }, 180_000);

  test('a line whose units staff refunded but only part of the money: group expiry refunds the rest of the money', async () => {
    const rt = await createTestRuntime();
    try {
      const activity = await createGroupBuy(rt, { requiredMembers: 3, hours: 2 });
      const leader = await createNewUser(rt);
      const { order } = await openAndPay(rt, leader, activity.id);
      expect((await refund(rt, order, 0, 1, { fen: 500 })).fen).toBe(500);
      rt.advance(2 * HOUR_MS + 1000);
      expect(await runActivityTimer(rt)).toMatchObject({ groupsExpired: 1, errors: 0 });
      const refunds = await refundsOf(rt, order.id);
      expect(refunds.map((r) => [r.fen, r.units]).sort()).toEqual([[2290, 0], [500, 1]]);
      const saved = await rt.store.get(COLLECTIONS.orders, order.id);
      expect(saved?.afterSale?.[order.lines[0]!.lineId]).toMatchObject({ refundedFen: 2790, refundedUnits: 1 });
      await expectLedgerClean(rt);
    } finally {
      await rt.close();
    }
  });

  test('a group refund WeChat refuses stays un-refunded and the next run re-sends the same refund number', async () => {
    const rt = await createTestRuntime();
    try {
      const activity = await createGroupBuy(rt, { requiredMembers: 3, hours: 2 });
      const leader = await createNewUser(rt);
      const { groupId, order } = await openAndPay(rt, leader, activity.id);
      let refusing = true;
      const sent = recordRefunds(rt, () => (refusing ? { ok: false, reason: 'NOTENOUGH 商户余额不足' } : null));
      rt.advance(2 * HOUR_MS + 1000);
      // Both the group's sweep and the failed-order sweep try; WeChat refuses both.
      expect(await runActivityTimer(rt)).toMatchObject({ groupsExpired: 1, errors: 2 });
      expect((await rt.store.get(COLLECTIONS.groups, groupId))?.refundedAt).toBeNull();
      expect((await refundsOf(rt, order.id)).map((r) => r.channelState)).toEqual(['FAILED']);
      expect((await rt.store.get(COLLECTIONS.orders, order.id))?.activity?.refundedAt).toBeNull();
      refusing = false;

      expect((await runActivityTimer(rt)).errors).toBe(0);
      expect((await rt.store.get(COLLECTIONS.groups, groupId))?.refundedAt).toEqual(expect.any(String));
      const refunds = await refundsOf(rt, order.id);
      expect(refunds.map((r) => [r.fen, r.channelState])).toEqual([[2790, 'SUCCESS']]);
      expect(new Set(sent.map((s) => s.outRefundNo))).toEqual(new Set([refunds[0]!._id]));
      expect(sent).toHaveLength(3);
      expect((await rt.store.get(COLLECTIONS.orders, order.id))?.activity?.refundedAt).toEqual(expect.any(String));
      await runActivityTimer(rt);
      expect(sent).toHaveLength(3);
    } finally {
      await rt.close();
    }
  });
});
