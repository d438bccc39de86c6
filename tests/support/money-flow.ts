import type { OrderView, SettlementRun } from '../../src/contracts/orders';
import { checkLedger } from '../../cloudfunctions/shared/flows/ledger/check-ledger';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { ADDRESS, aRequestId, type TestRuntime } from './test-runtime';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A shopper bound under `sharer` through a real share code and bind. */
export async function boundShopper(rt: TestRuntime, sharer = 'dev_distributor'): Promise<string> {
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, sharer);
  const shopper = await createNewUser(rt);
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  return shopper;
}

export async function buyAndPay(rt: TestRuntime, buyer: string, lines: Array<{ skuId: string; quantity: number }>): Promise<OrderView> {
  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines, address: ADDRESS }, buyer);
  const reply = await rt.pay(order.id);
  if (reply.errcode !== 0) throw new Error(`pay failed: ${reply.errmsg}`);
  return order;
}

/** Staff ship, the buyer confirms receipt. */
export async function shipAndReceive(rt: TestRuntime, order: OrderView, buyer: string): Promise<void> {
  await rt.ok('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1234567890' }, 'dev_staff');
  await rt.ok('orders', 'confirmReceipt', { orderId: order.id }, buyer);
}

/** The settlement timer, invoked as its trigger would. */
export async function runSettlement(rt: TestRuntime): Promise<SettlementRun> {
  const res = (await invokeFunction(rt, 'settlement', {}, { openid: null, source: 'local_timer' })) as { ok: boolean; data: SettlementRun };
  if (!res.ok) throw new Error('settlement refused');
  return res.data;
}

export function refund(rt: TestRuntime, order: OrderView, lineIndex: number, units: number, extra: { fen?: number; requestId?: string } = {}) {
  const lineId = order.lines[lineIndex]?.lineId as string;
  return rt.ok('order-admin', 'refundOrderLine', { requestId: extra.requestId ?? aRequestId(), orderId: order.id, lineId, units, reason: '不想要了', ...(extra.fen ? { fen: extra.fen } : {}) }, 'dev_staff');
}

export async function expectLedgerClean(rt: TestRuntime): Promise<void> {
  const report = await checkLedger(rt.store);
  if (report.problems.length) throw new Error(`ledger problems:\n${report.problems.map((p) => `${p.kind} ${p.subject} ${p.detail}`).join('\n')}`);
}
