import { stableId } from '../scenes/scene-id';

/** One 找人代付 request per order: its id comes from the order, so the reconcile job finds it without an index. */
export const payRequestIdFor = (orderId: string) => 'P' + stableId(['pay-request', orderId], 16);
