import { expectLedgerClean, refund } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { aWithdrawalRequestId, balanceOf, earnSettledCommission } from '../support/withdrawal-fixtures';

/**
 * A withdrawal asked for before a clawback must not be paid while the payee owes the shop money: approval and retry
 * refuse with WITHDRAWAL.BALANCE_NEGATIVE and change nothing, and the review list shows each payee's balance and debt.
 */
let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const D = 'dev_distributor';
const STAFF = 'dev_staff';
const requestWithdrawal = (amountFen: number) =>
  rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), method: 'WECHAT_CHANGE', account: '', amountFen }, D);

async function debtAfterRequest(amountFen: number) {
  const earned = await earnSettledCommission(rt); // 9870 available
  const withdrawal = await requestWithdrawal(amountFen);
  await refund(rt, earned.order, 0, 3); // CLAWBACK −9870: available 9870 − amount − 9870 < 0
  return withdrawal;
}

test('approving a withdrawal while the payee owes money is refused and changes nothing', async () => {
  const withdrawal = await debtAfterRequest(5000);
  expect(await balanceOf(rt, D)).toMatchObject({ availableFen: -5000, inWithdrawalFen: 5000 });

  const before = await snapshotStore(rt.store);
  expect(await rt.call('finance', 'approveWithdrawal', { withdrawalId: withdrawal.id }, STAFF)).toMatchObject({ ok: false, code: 'WITHDRAWAL.BALANCE_NEGATIVE', message: expect.stringContaining('¥50.00') });
  expect(await snapshotStore(rt.store)).toEqual(before);

  // Rejecting is still possible: the amount goes back and covers part of the debt.
  expect(await rt.call('finance', 'rejectWithdrawal', { withdrawalId: withdrawal.id, reason: '有退款冲回' }, STAFF)).toMatchObject({ ok: true, data: { status: 'REJECTED' } });
  expect(await balanceOf(rt, D)).toMatchObject({ availableFen: 0, inWithdrawalFen: 0 });
  await expectLedgerClean(rt);
});

test('once later commission covers the debt, the same withdrawal can be approved and paid', async () => {
  const withdrawal = await debtAfterRequest(5000);
  await earnSettledCommission(rt); // +9870 → available 4870
  expect(await balanceOf(rt, D)).toMatchObject({ availableFen: 4870 });
  expect(await rt.call('finance', 'approveWithdrawal', { withdrawalId: withdrawal.id }, STAFF)).toMatchObject({ ok: true, data: { status: 'PAID' } });
  await expectLedgerClean(rt);
});

test('retrying a payout (a resumed APPROVED one too) is refused while the payee owes money', async () => {
  const earned = await earnSettledCommission(rt); // 9870
  // The payout channel refuses (local channel: account FAIL): FAILED, the amount back in the balance.
  const failed = await rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), method: 'WECHAT_CHANGE', account: 'FAIL', amountFen: 1000 }, D);
  expect(await rt.ok('finance', 'approveWithdrawal', { withdrawalId: failed.id }, STAFF)).toMatchObject({ status: 'FAILED' });
  // A payout whose outcome was never recorded (the transfer call died): it stays APPROVED, to be resumed.
  const stuck = await requestWithdrawal(3000);
  const transfer = rt.platform.transfer.bind(rt.platform);
  rt.platform.transfer = () => Promise.reject(new Error('network down'));
  await rt.call('finance', 'approveWithdrawal', { withdrawalId: stuck.id }, STAFF);
  rt.platform.transfer = transfer;
  await refund(rt, earned.order, 0, 3); // 9870 − 3000 − 9870 = −3000
  expect(await balanceOf(rt, D)).toMatchObject({ availableFen: -3000, inWithdrawalFen: 3000 });

  const before = await snapshotStore(rt.store);
  for (const w of [failed, stuck]) {
    expect(await rt.call('finance', 'retryWithdrawal', { withdrawalId: w.id }, STAFF)).toMatchObject({ ok: false, code: 'WITHDRAWAL.BALANCE_NEGATIVE' });
  }
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('the review list shows each payee’s available balance and debt', async () => {
  const withdrawal = await debtAfterRequest(5000);
  const page = await rt.ok('finance', 'listWithdrawals', { status: 'REQUESTED' }, STAFF);
  expect(page.items.find((w) => w.id === withdrawal.id)).toMatchObject({ payeeAvailableFen: -5000, payeeDebtFen: 5000 });

  await earnSettledCommission(rt);
  const after = await rt.ok('finance', 'listWithdrawals', { status: 'REQUESTED' }, STAFF);
  expect(after.items.find((w) => w.id === withdrawal.id)).toMatchObject({ payeeAvailableFen: 4870, payeeDebtFen: 0 });
});
