import type { Envelope } from '../../src/contracts/envelope';
import type { WithdrawalView } from '../../src/contracts/commission';
import type { FinanceWithdrawalView } from '../../src/contracts/finance';
import { toBps, toFen } from '../../src/domain/money/fen';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { expectLedgerClean, refund } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import {
  aWithdrawalRequestId,
  balanceOf,
  earnSettledCommission,
  expectWithdrawalCachesConsistent,
  setDistributorStatus,
  setWithdrawalRules,
} from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const D = 'dev_distributor';
const request = (amountFen: number, extra: { requestId?: string; method?: string; account?: string } = {}, openid = D) =>
  rt.call<WithdrawalView>('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), method: 'WECHAT_CHANGE', account: '', amountFen, ...extra }, openid);
const okView = <T>(res: Envelope<T>): T => {
  if (!res.ok) throw new Error(`${res.code} ${res.message}`);
  return res.data;
};

test('the fee previewed is the fee charged, and the request debits the available balance at once', async () => {
  expect((await earnSettledCommission(rt)).availableFen).toBe(9870);
  await setWithdrawalRules(rt, { feeBps: toBps(60) });

  const quote = await rt.ok('commission', 'quoteWithdrawal', { amountFen: 1234, method: 'WECHAT_CHANGE' }, D);
  // 0.6% of ¥12.34 = 7.404 分 → floored to 7.
  expect(quote).toEqual({ method: 'WECHAT_CHANGE', amountFen: 1234, feeBps: 60, feeFen: 7, netFen: 1227, availableFen: 9870, availableAfterFen: 8636, dailyLeftFen: 1_000_000 });
  expect(await rt.store.count(COLLECTIONS.withdrawals, {})).toBe(0);

  const view = okView(await request(1234));
  expect(view).toMatchObject({ status: 'REQUESTED', amountFen: quote.amountFen, feeFen: quote.feeFen, netFen: quote.netFen, method: 'WECHAT_CHANGE' });
  expect(await balanceOf(rt, D)).toMatchObject({ settledFen: 9870, inWithdrawalFen: 1234, availableFen: quote.availableAfterFen });
  expect((await rt.ok('commission', 'quoteWithdrawal', { amountFen: 100, method: 'MANUAL' }, D)).dailyLeftFen).toBe(1_000_000 - 1234);
  await expectWithdrawalCachesConsistent(rt, D);
  await expectLedgerClean(rt);
});

describe('refusals come back with their code and write nothing', () => {
  let earned: Awaited<ReturnType<typeof earnSettledCommission>>;
  beforeEach(async () => {
    earned = await earnSettledCommission(rt);
    await setWithdrawalRules(rt, { minFen: toFen(500), maxFen: toFen(5000), dailyCapFen: toFen(6000), feeBps: toBps(0) });
  });

  const refuses = async (res: Promise<Envelope<unknown>>, code: string) => {
    const before = await snapshotStore(rt.store);
    expect(await res).toMatchObject({ ok: false, code });
    expect(await snapshotStore(rt.store)).toEqual(before);
  };

  test.each<[string, number, string, string]>([
    ['below the minimum', 499, 'WECHAT_CHANGE', 'WITHDRAWAL.BELOW_MIN'],
    ['above the maximum', 5001, 'WECHAT_CHANGE', 'WITHDRAWAL.ABOVE_MAX'],
    ['a method the merchant did not enable', 1000, 'BANK_CARD', 'WITHDRAWAL.METHOD_NOT_ALLOWED'],
  ])('%s (preview and request)', async (_, amountFen, method, code) => {
    await refuses(rt.call('commission', 'quoteWithdrawal', { amountFen, method }, D), code);
    await refuses(request(amountFen, { method, account: '6222020200112233445' }), code);
  });

  test('more than the available balance, to the 分', async () => {
    await setWithdrawalRules(rt, { maxFen: toFen(20_000), dailyCapFen: toFen(20_000) });
    await refuses(request(9871), 'WITHDRAWAL.INSUFFICIENT_BALANCE');
    expect(okView(await request(9870)).amountFen).toBe(9870);
    await refuses(request(500), 'WITHDRAWAL.INSUFFICIENT_BALANCE');
  });

  test('the daily cap counts today’s requests (Beijing day) and frees up at Beijing midnight', async () => {
    okView(await request(5000));
    await refuses(request(1001), 'WITHDRAWAL.DAILY_CAP');
    okView(await request(1000));
    await refuses(request(500), 'WITHDRAWAL.DAILY_CAP');
    // The clock is 10:00 in Beijing; 13h59m later it is 23:59 the same day there, one minute later the next day.
    rt.advance(13 * 3_600_000 + 59 * 60_000);
    await refuses(request(500), 'WITHDRAWAL.DAILY_CAP');
    rt.advance(60_000);
    expect(okView(await request(500)).status).toBe('REQUESTED');
    await expectWithdrawalCachesConsistent(rt, D);
  });

  test('a rejected request gives its day’s allowance back', async () => {
    const first = okView(await request(5000));
    await refuses(request(1001), 'WITHDRAWAL.DAILY_CAP');
    await rt.ok('finance', 'rejectWithdrawal', { withdrawalId: first.id, reason: '信息有误' }, 'dev_staff');
    expect(okView(await request(5000)).status).toBe('REQUESTED');
    await expectWithdrawalCachesConsistent(rt, D);
  });

  test('a balance from before it carried the day’s total: today’s earlier requests are summed and still count', async () => {
    okView(await request(5000));
    await rt.store.update(COLLECTIONS.balances, D, {}, { withdrawalDay: null, withdrawalDayFen: null });
    await refuses(request(1001), 'WITHDRAWAL.DAILY_CAP');
    expect((await rt.ok('commission', 'quoteWithdrawal', { amountFen: 500, method: 'WECHAT_CHANGE' }, D)).dailyLeftFen).toBe(1000);
    okView(await request(1000));
    await expectWithdrawalCachesConsistent(rt, D);
  });

  test('retrying a failed payout of an earlier day checks that day’s cap, summed from its withdrawals', async () => {
    const failed = okView(await request(5000, { account: 'FAIL' }));
    expect(await rt.ok('finance', 'approveWithdrawal', { withdrawalId: failed.id }, 'dev_staff')).toMatchObject({ status: 'FAILED' });
    const sameDay = okView(await request(1001));
    rt.advance(24 * 3_600_000);
    okView(await request(500)); // the balance now carries the new day's total
    await refuses(rt.call('finance', 'retryWithdrawal', { withdrawalId: failed.id }, 'dev_staff'), 'WITHDRAWAL.DAILY_CAP');
    await rt.ok('finance', 'rejectWithdrawal', { withdrawalId: sameDay.id, reason: '信息有误' }, 'dev_staff');
    expect(await rt.call('finance', 'retryWithdrawal', { withdrawalId: failed.id }, 'dev_staff')).toMatchObject({ ok: true, data: { attempts: 2 } });
    await expectWithdrawalCachesConsistent(rt, D);
    await expectLedgerClean(rt);
  });

  test('a frozen distributor, a non-distributor and an invalid payload', async () => {
    await setDistributorStatus(rt, D, 'FROZEN');
    await refuses(request(1000), 'WITHDRAWAL.FROZEN');
    await refuses(rt.call('commission', 'quoteWithdrawal', { amountFen: 1000, method: 'WECHAT_CHANGE' }, D), 'WITHDRAWAL.FROZEN');
    await refuses(request(1000, {}, 'dev_customer'), 'WITHDRAWAL.NOT_DISTRIBUTOR');
    await refuses(request(10.5), 'COMMON.INVALID_PAYLOAD');
    await refuses(request(-100), 'COMMON.INVALID_PAYLOAD');
    await refuses(request(1000, { method: 'MANUAL', account: '' }), 'COMMON.INVALID_PAYLOAD');
    await refuses(request(1000, { requestId: 'short' }), 'COMMON.INVALID_PAYLOAD');
    await refuses(rt.call('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), amountFen: 1000, method: 'WECHAT_CHANGE', account: '', userId: 'dev_customer' }, D), 'COMMON.INVALID_PAYLOAD');
  });

  test('a balance made negative by a clawback must be covered by later commission first', async () => {
    okView(await request(5000));
    // The order behind the settled commission is refunded in full: a CLAWBACK of −9870 against 4870 left.
    await refund(rt, earned.order, 0, 3);
    expect(await balanceOf(rt, D)).toMatchObject({ availableFen: -5000, inWithdrawalFen: 5000 });
    await refuses(request(500), 'WITHDRAWAL.INSUFFICIENT_BALANCE');
    await expectLedgerClean(rt);
  });
});

test('20 concurrent requests against one balance: the sum accepted, then approved and paid, never exceeds it, to the 分', async () => {
  const available = (await earnSettledCommission(rt)).availableFen;
  await setWithdrawalRules(rt, { minFen: toFen(1), feeBps: toBps(60) });
  // Amounts that cannot all fit (sum 21 210 > 9 870) and whose greedy fills leave odd remainders.
  const amounts = Array.from({ length: 20 }, (_, i) => 1001 + i * 12);
  const results = await Promise.all(amounts.map((amountFen) => request(amountFen)));

  const accepted = results.filter((r): r is { ok: true; data: WithdrawalView } => r.ok).map((r) => r.data);
  const refused = results.filter((r) => !r.ok);
  const acceptedFen = accepted.reduce((sum, w) => sum + w.amountFen, 0);
  expect(accepted.length).toBeGreaterThan(0);
  expect(refused.length).toBeGreaterThan(0);
  expect(acceptedFen).toBeLessThanOrEqual(available);
  for (const r of refused) expect(r).toMatchObject({ ok: false, code: 'WITHDRAWAL.INSUFFICIENT_BALANCE' });
  // Nothing left that the smallest refused amount would still fit into: the refusals were real, not spurious.
  const smallestRefused = Math.min(...amounts.filter((_, i) => !results[i]?.ok));
  expect(available - acceptedFen).toBeLessThan(smallestRefused);
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: acceptedFen, availableFen: available - acceptedFen });

  // Staff approve every request concurrently, each twice: every withdrawal is paid exactly once.
  const approvals = await Promise.all(
    [...accepted, ...accepted].map((w) => rt.call<FinanceWithdrawalView>('finance', 'approveWithdrawal', { withdrawalId: w.id }, 'dev_staff')),
  );
  expect(approvals.filter((a) => a.ok)).toHaveLength(accepted.length);
  for (const a of approvals.filter((x) => !x.ok)) expect(a).toMatchObject({ code: 'WITHDRAWAL.INVALID_TRANSITION' });
  const stored = await rt.store.find(COLLECTIONS.withdrawals, { userId: D }, { limit: 100 });
  expect(stored.map((w) => w.status)).toEqual(accepted.map(() => 'PAID'));
  const paidFen = stored.reduce((sum, w) => sum + w.amountFen, 0);
  expect(paidFen).toBe(acceptedFen);
  expect(paidFen).toBeLessThanOrEqual(available);
  expect(await balanceOf(rt, D)).toEqual({ pendingFen: 0, settledFen: available, inWithdrawalFen: 0, withdrawnFen: paidFen, availableFen: available - paidFen, clawedBackFen: 0 });
  await expectWithdrawalCachesConsistent(rt, D);
  await expectLedgerClean(rt);
});

test('a retried request with the same requestId returns the same withdrawal and debits once, even concurrently', async () => {
  await earnSettledCommission(rt);
  const requestId = aWithdrawalRequestId();
  const [a, b, c] = await Promise.all([request(3000, { requestId }), request(3000, { requestId }), request(3000, { requestId })]);
  const again = okView(await request(3000, { requestId }));
  expect(new Set([okView(a!).id, okView(b!).id, okView(c!).id, again.id]).size).toBe(1);
  expect(await rt.store.count(COLLECTIONS.withdrawals, {})).toBe(1);
  expect(await balanceOf(rt, D)).toMatchObject({ inWithdrawalFen: 3000, availableFen: 9870 - 3000 });
  // The same key from someone else is their own request, not this one.
  expect(await request(3000, { requestId }, 'dev_customer')).toMatchObject({ ok: false, code: 'WITHDRAWAL.NOT_DISTRIBUTOR' });
  await expectWithdrawalCachesConsistent(rt, D);
});

test('my withdrawals list newest first with the account masked and reasons shown', async () => {
  await earnSettledCommission(rt);
  await setWithdrawalRules(rt, { methods: ['WECHAT_CHANGE', 'BANK_CARD', 'MANUAL'] });
  const card = okView(await request(1000, { method: 'BANK_CARD', account: '6222020200112233445' }));
  rt.advance(1000);
  const manual = okView(await request(2000, { method: 'MANUAL', account: '支付宝 13800138000' }));
  await rt.ok('finance', 'rejectWithdrawal', { withdrawalId: card.id, reason: '银行卡号有误' }, 'dev_staff');

  const page = await rt.ok('commission', 'listMyWithdrawals', { limit: 1 }, D);
  expect(page.items.map((w) => w.id)).toEqual([manual.id]);
  expect(page.items[0]?.accountMasked).toBe('****8000');
  const next = await rt.ok('commission', 'listMyWithdrawals', { cursor: page.nextCursor ?? 0 }, D);
  expect(next).toEqual({ items: [expect.objectContaining({ id: card.id, status: 'REJECTED', rejectReason: '银行卡号有误', accountMasked: '****3445' })], nextCursor: null });
  expect(JSON.stringify(next)).not.toContain('6222020200112233445');
  expect((await rt.ok('commission', 'listMyWithdrawals', {}, 'dev_customer')).items).toEqual([]);
});

test('the withdrawal id is an opaque key, not the request id or the openid', async () => {
  await earnSettledCommission(rt);
  const view = okView(await request(1000, { requestId: 'my-request-0001' }));
  expect(view.id).toMatch(/^W[0-9A-Za-z]{20}$/);
  expect(view.id).not.toContain(D);
});
