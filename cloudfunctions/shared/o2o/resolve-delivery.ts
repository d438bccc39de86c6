import { STORE_ERRORS, type DeliveryInput, type OrderDelivery } from '../../../src/contracts/stores';
import type { Fen } from '../../../src/domain/money/fen';
import { chargeForDelivery } from '../../../src/domain/o2o/charge-for-delivery';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { stableId } from '../scenes/scene-id';
import { COLLECTIONS } from '../store/collections';
import type { DocOps } from '../store/store';
import type { StoreDoc } from './o2o-docs';

/**
 * The counter code of a pickup order, derived from the order id (a retried checkout gets the same code). Only the
 * buyer sees it; staff verify with it once (store-admin verifyPickup).
 */
export function pickupCodeFor(orderId: string): string {
  return stableId(['pickup', orderId], 10);
}

/** Checkout's delivery choice, checked: a pickup store must exist and be open. Express when none was chosen. */
export async function resolveDelivery(ops: DocOps, orderId: string, input: DeliveryInput | undefined): Promise<OrderDelivery> {
  if (!input || input.kind === 'EXPRESS') return { kind: 'EXPRESS' };
  const store = await ops.get<StoreDoc>(COLLECTIONS.stores, input.storeId);
  if (!store) throw new DomainError(STORE_ERRORS.NOT_FOUND, '门店不存在');
  if (!store.open) throw new DomainError(STORE_ERRORS.CLOSED, `${store.name}暂停营业，请选择其他门店或快递配送`);
  return { kind: 'PICKUP', storeId: store._id, storeName: store.name, region: store.region, pickupCode: pickupCodeFor(orderId) };
}

/** Pickup has no shipping fee: what the order charges once the delivery is known. */
export function chargeFor(delivery: OrderDelivery, priced: { shippingFen: Fen; totalFen: Fen }): { shippingFen: Fen; totalFen: Fen } {
  return chargeForDelivery(delivery.kind, priced);
}
