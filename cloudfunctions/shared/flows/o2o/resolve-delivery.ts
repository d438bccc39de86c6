import { failWith } from '../../../../src/domain/shared/domain-error';
import { STORE_ERRORS, type DeliveryInput, type OrderDelivery } from '../../../../src/contracts/stores';
import type { Fen } from '../../../../src/domain/money/fen';
import { chargeForDelivery } from '../../../../src/domain/o2o/charge-for-delivery';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { newCounterCode } from './new-counter-code';

/**
 * Checkout's delivery choice, checked: a pickup store must exist and be open. Express when none was chosen. A pickup
 * gets its counter code (random, see newCounterCode); only the buyer sees it, staff verify with it once.
 */
export async function resolveDelivery(ops: DocOps, input: DeliveryInput | undefined): Promise<OrderDelivery> {
  if (!input || input.kind === 'EXPRESS') return { kind: 'EXPRESS' };
  const store = await ops.get(COLLECTIONS.stores, input.storeId);
  if (!store) throw failWith(STORE_ERRORS.NOT_FOUND, '门店不存在');
  if (!store.open) throw failWith(STORE_ERRORS.CLOSED, `${store.name}暂停营业，请选择其他门店或快递配送`);
  return { kind: 'PICKUP', storeId: store._id, storeName: store.name, region: store.region, pickupCode: newCounterCode() };
}

/** Pickup has no shipping fee: what the order charges once the delivery is known. */
export function chargeFor(delivery: OrderDelivery, priced: { shippingFen: Fen; totalFen: Fen }): { shippingFen: Fen; totalFen: Fen } {
  return chargeForDelivery(delivery.kind, priced);
}
