import { newCarrierForm, OTHER_CARRIER, toCarrierPayload, type CarrierFormState, type CarrierPayload } from '@/components/carrier-form/carrier-form';

export { OTHER_CARRIER };
export type ShipFormState = CarrierFormState;
export const newShipForm = newCarrierForm;
export type ShipPayload = CarrierPayload & { orderId: string };

/** What the ship form sends to shipOrder, or the first thing to fix (the server checks the same rules again). */
export function toShipPayload(orderId: string, form: ShipFormState): { payload: ShipPayload } | { problem: string } {
  const built = toCarrierPayload(form);
  return 'payload' in built ? { payload: { orderId, ...built.payload } } : built;
}
