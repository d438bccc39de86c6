import fc from 'fast-check';
import type { OrderView } from '../../src/contracts/orders';
import { checkLedger } from '../../cloudfunctions/shared/flows/ledger/check-ledger';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { DAY_MS, boundShopper, buyAndPay, refund, runSettlement } from '../support/money-flow';
import { earnSettledCommission } from '../support/withdrawal-fixtures';

type Step =
  | { kind: 'buy'; buyer: number; sku: string; quantity: number }
  | { kind: 'ship'; order: number }
  | { kind: 'receive'; order: number }
  | { kind: 'refund'; order: number; units: number }
  | { kind: 'wait'; days: number }
  | { kind: 'settle' }
  | { kind: 'withdraw'; amountFen: number; decision: 'approve' | 'reject' | 'fail' | 'leave' };

const SKUS = ['p01-s1', 'p04-s2', 'p06-s1', 'p11-s1'];

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('buy' as const), buyer: fc.nat(2), sku: fc.constantFrom(...SKUS), quantity: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('ship' as const), order: fc.nat(9) }),
  fc.record({ kind: fc.constant('receive' as const), order: fc.nat(9) }),
  fc.record({ kind: fc.constant('refund' as const), order: fc.nat(9), units: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 9 }) }),
  fc.constant({ kind: 'settle' as const }),
  fc.record({
    kind: fc.constant('withdraw' as const),
    amountFen: fc.integer({ min: 100, max: 5000 }),
    decision: fc.constantFrom('approve' as const, 'reject' as const, 'fail' as const, 'leave' as const),
  }),
);

let withdrawalCounter = 0;
/** Withdrawals the shop accepted across all runs: the property must really exercise them, not only refusals. */
let acceptedWithdrawals = 0;

/** The distributor asks for money (refused when there is not enough — a refusal must change nothing) and staff decide. */
async function withdraw(rt: TestRuntime, s: Extract<Step, { kind: 'withdraw' }>): Promise<void> {
  const account = s.decision === 'fail' ? 'FAIL' : 'wxid_distributor';
  const res = await rt.call<{ id: string }>('commission', 'requestWithdrawal', { requestId: `prop-wd-${++withdrawalCounter}`, amountFen: s.amountFen, method: 'WECHAT_CHANGE', account }, 'dev_distributor');
  if (!res.ok) return;
  acceptedWithdrawals += 1;
  if (s.decision === 'leave') return;
  if (s.decision === 'reject') await rt.call('finance', 'rejectWithdrawal', { withdrawalId: res.data.id, reason: '信息不全' }, 'dev_staff');
  else await rt.call('finance', 'approveWithdrawal', { withdrawalId: res.data.id }, 'dev_staff');
}

/**
 * Random sequences of paying, shipping, receiving, refunding, waiting, settling and withdrawing, driven through the real
 * handlers: afterwards every cached balance equals its entries and every line's commission equals the commission
 * on what its shopper kept. Refused steps (e.g. refunding more than is left) must change nothing.
 */
test('no sequence of pay / refund / settle / withdraw creates or loses money', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 18 }), async (steps) => {
      const rt = await createTestRuntime();
      try {
        // Settled money to start from, earned the honest way, so withdrawals are real and not only refusals.
        const start = await earnSettledCommission(rt);
        const buyers = [await boundShopper(rt), await boundShopper(rt), 'dev_distributor'];
        const orders: Array<{ order: OrderView; buyer: string }> = [{ order: start.order, buyer: start.buyer }];
        for (const s of steps) {
          const target = 'order' in s ? orders[s.order % Math.max(orders.length, 1)] : undefined;
          if (s.kind === 'buy') orders.push({ order: await buyAndPay(rt, buyers[s.buyer]!, [{ skuId: s.sku, quantity: s.quantity }]), buyer: buyers[s.buyer]! });
          else if (s.kind === 'ship' && target) await rt.call('order-admin', 'shipOrder', { orderId: target.order.id, carrierCode: 'SF', trackingNo: 'SF00000001' }, 'dev_staff');
          else if (s.kind === 'receive' && target) await rt.call('orders', 'confirmReceipt', { orderId: target.order.id }, target.buyer);
          else if (s.kind === 'refund' && target) await refund(rt, target.order, 0, s.units).catch(() => undefined);
          else if (s.kind === 'wait') rt.advance(s.days * DAY_MS);
          else if (s.kind === 'settle') await runSettlement(rt);
          else if (s.kind === 'withdraw') await withdraw(rt, s);
        }
        const report = await checkLedger(rt.store);
        expect(report.problems).toEqual([]);
      } finally {
        await rt.close();
      }
    }),
    { numRuns: 12 },
  );
  expect(acceptedWithdrawals).toBeGreaterThan(0);
}, 120_000);
