import type { FnPayload } from '../../src/contracts/api/apis';
import type { Envelope } from '../../src/contracts/envelope';
import type { FinanceWithdrawalView } from '../../src/contracts/finance';
import type { Page } from '../../src/contracts/paging';
import type { WithdrawalDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import type { TransferInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { expectLedgerClean } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import {
  aWithdrawalRequestId,
  balanceOf,
  createStaff,
  earnSettledCommission,
  expectWithdrawalCachesConsistent,
  setDistributorStatus,
} from '../support/withdrawal-fixtures';

let rt: TestRuntime;
let transfers: TransferInput[];
beforeEach(async () => {
  rt = await createTestRuntime();
  // Record every payout the function sends, without changing what the local channel answers.
  transfers = [];
  const send = rt.platform.transfer.bind(rt.platform);
  rt.platform.transfer = (input) => (transfers.push(input), send(input));
  await earnSettledCommission(rt); // 9870 available to dev_distributor
});
afterEach(() => rt.close());

const D = 'dev_distributor';
const STAFF = 'dev_staff';
const request = (amountFen: number, account = '', method: FnPayload<'commission', 'requestWithdrawal'>['method'] = 'WECHAT_CHANGE') =>
  rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), amountFen, method, account }, D);
const finance = <T = FinanceWithdrawalView>(action: string, payload: object, who = STAFF) => rt.call<T>('finance', action, payload, who);
const ok = <T>(res: Envelope<T>): T => {
  if (!res.ok) throw new Error(`${res.code} ${res.message}`);
  return res.data;
};
const auditOf = (withdrawalId: string) => rt.store.find(COLLECTIONS.auditLog, { target: withdrawalId }, { limit: 20 });

test('approve → payout → PAID: the amount leaves "in withdrawal" for "withdrawn", net of the fee, once', async () => {
  const w = await request(3000);
  const queue = ok(await finance<Page<FinanceWithdrawalView>>('listWithdrawals', { status: 'REQUESTED' }));
  expect(queue.items).toEqual([expect.objectContaining({ id: w.id, userId: D, nickname: '李分享', amountFen: 3000, status: 'REQUESTED' })]);

  const paid = ok(await finance('approveWithdrawal', { withdrawalId: w.id }));
  expect(paid).toMatchObject({ status: 'PAID', reviewedBy: STAFF, attempts: 1, channelRef: `local-${w.id}-1`, failureReason: null });
  expect(paid.paidAt).not.toBeNull();
  expect(transfers).toEqual([{ transferId: `${w.id}-1`, openid: D, netFen: 3000, method: 'WECHAT_CHANGE', account: '' }]);
  expect(await balanceOf(rt, D)).toEqual({ pendingFen: 0, settledFen: 9870, inWithdrawalFen: 0, withdrawnFen: 3000, availableFen: 6870, clawedBackFen: 0 });
  const trail = (await auditOf(w.id)).map((a) => `${a.actorId} ${a.action} ${(a.before as WithdrawalDoc).status} → ${(a.after as WithdrawalDoc).status}`);
  expect(trail.sort()).toEqual([`${STAFF} approveWithdrawal REQUESTED → APPROVED`, `${STAFF} payOutWithdrawal APPROVED → PAID`]);
  expect(ok(await finance<Page<FinanceWithdrawalView>>('listWithdrawals', { status: 'REQUESTED' })).items).toEqual([]);
  await expectWithdrawalCachesConsistent(rt, D);
  await expectLedgerClean(rt);
});

test('a failed payout gives the money back with the reason; retry is a new attempt that re-debits and pays', async () => {
  const w = await request(4000, 'FAIL_ONCE');
  const failed = ok(await finance('approveWithdrawal', { withdrawalId: w.id }));
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, paidAt: null, failureReason: '模拟打款失败：收款账户异常' });
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: 0, withdrawnFen: 0, availableFen: 9870 });
  const mine = await rt.ok('commission', 'listMyWithdrawals', {}, D);
  expect(mine.items[0]).toMatchObject({ status: 'FAILED', failureReason: '模拟打款失败：收款账户异常' });
  await expectWithdrawalCachesConsistent(rt, D);

  const paid = ok(await finance('retryWithdrawal', { withdrawalId: w.id }));
  expect(paid).toMatchObject({ status: 'PAID', attempts: 2, failureReason: null, channelRef: `local-${w.id}-2` });
  expect(transfers.map((t) => t.transferId)).toEqual([`${w.id}-1`, `${w.id}-2`]);
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: 0, withdrawnFen: 4000, availableFen: 5870 });
  // One record per change, each with the attempt it belongs to (records of one call share its timestamp).
  const trail = (await auditOf(w.id)).map((a) => `${(a.after as WithdrawalDoc).attempts} ${a.action} → ${(a.after as WithdrawalDoc).status}`);
  expect(trail.sort()).toEqual(['1 approveWithdrawal → APPROVED', '1 payOutWithdrawal → FAILED', '2 payOutWithdrawal → PAID', '2 retryWithdrawal → APPROVED']);
  // PAID is final: retrying or approving it again changes nothing.
  const before = await snapshotStore(rt.store);
  expect(await finance('retryWithdrawal', { withdrawalId: w.id })).toMatchObject({ ok: false, code: 'WITHDRAWAL.INVALID_TRANSITION' });
  expect(await finance('approveWithdrawal', { withdrawalId: w.id })).toMatchObject({ ok: false, code: 'WITHDRAWAL.INVALID_TRANSITION' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  await expectWithdrawalCachesConsistent(rt, D);
  await expectLedgerClean(rt);
});

test('retry is refused when the money given back has been spent since, and nothing changes', async () => {
  const w = await request(6000, 'FAIL');
  expect(ok(await finance('approveWithdrawal', { withdrawalId: w.id })).status).toBe('FAILED');
  await request(5000); // uses the 6000 that came back: 4870 left
  const before = await snapshotStore(rt.store);
  expect(await finance('retryWithdrawal', { withdrawalId: w.id })).toMatchObject({ ok: false, code: 'WITHDRAWAL.INSUFFICIENT_BALANCE' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect(transfers).toHaveLength(1);
});

test('a payout that keeps failing stays retryable, each attempt with its own transfer id', async () => {
  const w = await request(1000, 'FAIL');
  expect(ok(await finance('approveWithdrawal', { withdrawalId: w.id })).status).toBe('FAILED');
  expect(ok(await finance('retryWithdrawal', { withdrawalId: w.id }))).toMatchObject({ status: 'FAILED', attempts: 2 });
  expect(transfers.map((t) => t.transferId)).toEqual([`${w.id}-1`, `${w.id}-2`]);
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: 0, availableFen: 9870 });
  await expectWithdrawalCachesConsistent(rt, D);
});

test('reject → money back, with the reason the distributor sees', async () => {
  const w = await request(2500);
  const rejected = ok(await finance('rejectWithdrawal', { withdrawalId: w.id, reason: '  收款信息不完整 ' }));
  expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: '收款信息不完整', reviewedBy: STAFF });
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: 0, availableFen: 9870 });
  expect((await rt.ok('commission', 'listMyWithdrawals', {}, D)).items[0]).toMatchObject({ status: 'REJECTED', rejectReason: '收款信息不完整' });
  expect((await auditOf(w.id)).map((a) => a.action)).toEqual(['rejectWithdrawal']);
  expect(transfers).toEqual([]);

  const before = await snapshotStore(rt.store);
  expect(await finance('approveWithdrawal', { withdrawalId: w.id })).toMatchObject({ ok: false, code: 'WITHDRAWAL.INVALID_TRANSITION' });
  expect(await finance('rejectWithdrawal', { withdrawalId: w.id, reason: '再驳回' })).toMatchObject({ ok: false, code: 'WITHDRAWAL.INVALID_TRANSITION' });
  expect(await finance('rejectWithdrawal', { withdrawalId: w.id, reason: ' ' })).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect(await finance('rejectWithdrawal', { withdrawalId: w.id, reason: '长'.repeat(101) })).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  await expectWithdrawalCachesConsistent(rt, D);
  await expectLedgerClean(rt);
});

test('approving twice is WITHDRAWAL.INVALID_TRANSITION and changes nothing; two staff racing pay once', async () => {
  const w = await request(1500);
  ok(await finance('approveWithdrawal', { withdrawalId: w.id }));
  const before = await snapshotStore(rt.store);
  expect(await finance('approveWithdrawal', { withdrawalId: w.id })).toMatchObject({ ok: false, code: 'WITHDRAWAL.INVALID_TRANSITION' });
  expect(await snapshotStore(rt.store)).toEqual(before);

  const racing = await request(1500);
  const other = await createStaff(rt, ['finance']);
  const results = await Promise.all([
    finance('approveWithdrawal', { withdrawalId: racing.id }),
    finance('approveWithdrawal', { withdrawalId: racing.id }, other),
    finance('rejectWithdrawal', { withdrawalId: racing.id, reason: '重复' }, other),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(transfers.filter((t) => t.transferId.startsWith(racing.id)).length).toBeLessThanOrEqual(1);
  await expectWithdrawalCachesConsistent(rt, D);
  await expectLedgerClean(rt);
});

test('shoppers, distributors and staff without "finance" are refused every finance action and change nothing', async () => {
  const w = await request(1000);
  const ordersOnly = await createStaff(rt, ['orders', 'distribution']);
  const before = await snapshotStore(rt.store);
  for (const who of ['dev_customer', D, ordersOnly]) {
    for (const [action, payload] of [
      ['listWithdrawals', {}],
      ['approveWithdrawal', { withdrawalId: w.id }],
      ['rejectWithdrawal', { withdrawalId: w.id, reason: '无权' }],
      ['retryWithdrawal', { withdrawalId: w.id }],
    ] as const) {
      expect(await finance(action, payload, who)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    }
  }
  expect(await rt.call('finance', 'listWithdrawals', {}, null)).toMatchObject({ ok: false, code: 'AUTH.NO_IDENTITY' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect(transfers).toEqual([]);

  // A staff member granted 'finance' may.
  const cashier = await createStaff(rt, ['finance']);
  expect(ok(await finance('approveWithdrawal', { withdrawalId: w.id }, cashier))).toMatchObject({ status: 'PAID', reviewedBy: cashier });
});

test('a frozen distributor is not paid: approve and retry refuse, reject still gives the money back', async () => {
  const w = await request(1000);
  const failed = await request(1000, 'FAIL');
  expect(ok(await finance('approveWithdrawal', { withdrawalId: failed.id })).status).toBe('FAILED');
  await setDistributorStatus(rt, D, 'FROZEN');
  const before = await snapshotStore(rt.store);
  expect(await finance('approveWithdrawal', { withdrawalId: w.id })).toMatchObject({ ok: false, code: 'WITHDRAWAL.FROZEN' });
  expect(await finance('retryWithdrawal', { withdrawalId: failed.id })).toMatchObject({ ok: false, code: 'WITHDRAWAL.FROZEN' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect(transfers).toHaveLength(1);
  expect(ok(await finance('rejectWithdrawal', { withdrawalId: w.id, reason: '账户冻结中' })).status).toBe('REJECTED');
  expect(await balanceOf(rt, D)).toMatchObject({ availableFen: 9870 });
});

test('MANUAL: approving is staff confirming a payment made by hand; no channel is called', async () => {
  const w = await request(2000, '支付宝 13800138000', 'MANUAL');
  const list = ok(await finance<Page<FinanceWithdrawalView>>('listWithdrawals', {}));
  expect(list.items[0]).toMatchObject({ id: w.id, account: '支付宝 13800138000', method: 'MANUAL' });
  expect(ok(await finance('approveWithdrawal', { withdrawalId: w.id }))).toMatchObject({ status: 'PAID', channelRef: 'MANUAL' });
  expect(transfers).toEqual([]);
  await expectLedgerClean(rt);
});

test('a payout whose outcome was lost stays APPROVED and debited; retry re-sends the same transfer id and pays once', async () => {
  const w = await request(3000);
  const send = rt.platform.transfer;
  rt.platform.transfer = async (input) => {
    transfers.push(input);
    throw new Error('network timeout talking to the payout channel');
  };
  expect(await finance('approveWithdrawal', { withdrawalId: w.id })).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' });
  expect((await rt.store.get(COLLECTIONS.withdrawals, w.id))?.status).toBe('APPROVED');
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: 3000, availableFen: 6870 });

  rt.platform.transfer = send;
  expect(ok(await finance('retryWithdrawal', { withdrawalId: w.id }))).toMatchObject({ status: 'PAID', attempts: 1 });
  expect(transfers.map((t) => t.transferId)).toEqual([`${w.id}-1`, `${w.id}-1`]);
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: 0, withdrawnFen: 3000, availableFen: 6870 });
  await expectWithdrawalCachesConsistent(rt, D);
  await expectLedgerClean(rt);
});

test('an unknown withdrawal is WITHDRAWAL.NOT_FOUND', async () => {
  expect(await finance('approveWithdrawal', { withdrawalId: 'W00000000000000000000' })).toMatchObject({ ok: false, code: 'WITHDRAWAL.NOT_FOUND' });
  expect(await finance('approveWithdrawal', { withdrawalId: '../etc' })).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
});
