import type { OrderView } from '../../src/contracts/orders';
import { deriveBalance } from '../../src/domain/ledger/derive-balance';
import { withdrawalDebitsBalance } from '../../src/domain/withdrawal/withdrawal-lifecycle';
import type { WithdrawalRules } from '../../src/domain/distribution/distribution-policy';
import type { DistributorDoc, PolicyDoc, UserDoc, Permission } from '../../cloudfunctions/shared/kernel/docs/docs';
import { getDistributionPolicy, POLICY_DOC_ID } from '../../cloudfunctions/shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { DAY_MS, boundShopper, buyAndPay, runSettlement, shipAndReceive } from './money-flow';
import { createTestRuntime, type TestRuntime } from './test-runtime';

let counter = 0;
/** A fresh withdrawal idempotency key. */
export const aWithdrawalRequestId = (): string => `wd-${process.pid}-${++counter}`;

export const balanceOf = (rt: TestRuntime, openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);

/**
 * Settled commission earned the honest way: a customer bound under `distributor` buys, pays, receives, the freeze
 * days pass and the settlement job runs. 3 × ¥329.00 at the default 10% level-1 rate = 9870 分 per call.
 */
export async function earnSettledCommission(rt: TestRuntime, distributor = 'dev_distributor'): Promise<{ availableFen: number; order: OrderView; buyer: string }> {
  const shopper = await boundShopper(rt, distributor);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p12-s2', quantity: 3 }]);
  await shipAndReceive(rt, order, shopper);
  rt.advance(8 * DAY_MS);
  await runSettlement(rt);
  return { availableFen: (await balanceOf(rt, distributor)).availableFen, order, buyer: shopper };
}

/** Stands in for the admin policy editor: changes the withdrawal rules of the stored policy. */
export async function setWithdrawalRules(rt: TestRuntime, rules: Partial<WithdrawalRules>): Promise<void> {
  const policy = await getDistributionPolicy(rt.store);
  const doc: PolicyDoc = { _id: POLICY_DOC_ID, policy: { ...policy, withdrawal: { ...policy.withdrawal, ...rules } }, updatedBy: 'dev_staff', updatedAt: rt.now().toISOString() };
  if (!(await rt.store.insert(COLLECTIONS.merchant, doc))) await rt.store.update(COLLECTIONS.merchant, POLICY_DOC_ID, {}, { policy: doc.policy });
}

export async function setDistributorStatus(rt: TestRuntime, openid: string, status: DistributorDoc['status']): Promise<void> {
  if (!(await rt.store.update(COLLECTIONS.distributors, openid, {}, { status }))) throw new Error(`no distributor ${openid}`);
}

/** A new user made staff with exactly these permissions. */
export async function createStaff(rt: TestRuntime, permissions: Permission[]): Promise<string> {
  const openid = await createNewUser(rt);
  const patch: Partial<UserDoc> = { role: 'staff', permissions };
  await rt.store.update(COLLECTIONS.users, openid, {}, patch);
  return openid;
}

/** A fresh shop with one staff member holding the given permissions. */
export async function runtimeWithStaff(permissions: Permission[]): Promise<{ rt: TestRuntime; staff: string }> {
  const rt = await createTestRuntime();
  return { rt, staff: await createStaff(rt, permissions) };
}

/**
 * The two caches withdrawals keep, recomputed from the documents: the user's balance equals deriveBalance of their
 * entries and withdrawals, and the daily cap's total the balance carries (for the latest day with a request) equals
 * the withdrawals of that day that still debit — no request is on a later day, which would have no total.
 */
export async function expectWithdrawalCachesConsistent(rt: TestRuntime, userId: string): Promise<void> {
  const entries = await rt.store.find(COLLECTIONS.commissionEntries, { beneficiaryId: userId }, { limit: 1000 });
  const withdrawals = await rt.store.find(COLLECTIONS.withdrawals, { userId }, { limit: 1000 });
  const cached = await rt.store.get(COLLECTIONS.balances, userId);
  const derived = deriveBalance(entries, withdrawals);
  if (!cached) throw new Error(`no balance for ${userId}`);
  const { settledFen, inWithdrawalFen, withdrawnFen, availableFen, clawedBackFen } = cached;
  const { pendingFen: _summedWhenRead, ...derivedCached } = derived;
  if (JSON.stringify({ settledFen, inWithdrawalFen, withdrawnFen, availableFen, clawedBackFen }) !== JSON.stringify(derivedCached)) {
    throw new Error(`balance ${JSON.stringify(cached)} ≠ derived ${JSON.stringify(derived)}`);
  }
  const expected = new Map<string, number>();
  for (const w of withdrawals) if (withdrawalDebitsBalance(w.status)) expected.set(w.day, (expected.get(w.day) ?? 0) + w.amountFen);
  const latest = withdrawals.map((w) => w.day).sort().at(-1);
  if (latest === undefined) return;
  if (cached.withdrawalDay !== latest) throw new Error(`days without a total: the balance keeps ${cached.withdrawalDay ?? 'none'}, requests reach ${latest}`);
  if ((cached.withdrawalDayFen ?? 0) !== (expected.get(latest) ?? 0)) throw new Error(`day ${latest}: cached ${cached.withdrawalDayFen} ≠ ${expected.get(latest) ?? 0}`);
}
