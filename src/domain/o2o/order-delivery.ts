import type { Region } from './region';

/** How an order reaches the shopper, kept on the order (a snapshot: renaming or moving the store later does not change it). */
export type OrderDelivery = { kind: 'EXPRESS' } | { kind: 'PICKUP'; storeId: string; storeName: string; region: Region; pickupCode: string };
