import type { Fen } from '../../../../src/domain/money/fen';
import type { Region } from '../../../../src/domain/o2o/region';
import type { GeoPoint } from '../../../../src/domain/o2o/sort-by-distance';
import type { ReservationPayMode, ReservationStatus } from '../../../../src/domain/o2o/reservation-status';
import type { StoreHours } from '../../../../src/domain/o2o/store-hours';

/** Stored shapes of the O2O collections (kept beside docs.ts so the shared file stays small). */

export interface StoreDoc {
  _id: string; // 'S' + stableId(creator, requestId)
  name: string;
  address: string;
  region: Region;
  location: GeoPoint;
  phone: string;
  hours: StoreHours;
  photos: string[];
  open: boolean;
  slotTimes: string[];
  slotCapacity: number;
  /** In-store staff who earn like distributors (each an ACTIVE distributor, made so when assigned). */
  staff: Array<{ userId: string; title: string }>;
  distributorId: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** The once-only record of a pickup hand-over; `_id` is the order id, so a second verification cannot insert. */
export interface PickupDoc {
  _id: string;
  storeId: string;
  code: string;
  buyerId: string;
  totalFen: Fen;
  verifiedBy: string;
  verifiedAt: string;
}

/** `${storeId}_${date}_${HHMM}`: how many bookings a slot has taken (compare-and-set on `taken`). */
export interface SlotDoc {
  _id: string;
  storeId: string;
  date: string;
  time: string;
  taken: number;
  /** Shoppers holding an active booking of the slot (one each); absent on slots created before this rule. */
  holders?: string[];
}

export interface ReservationDoc {
  _id: string; // 'V' + stableId(openid, requestId)
  code: string;
  userId: string;
  storeId: string;
  storeName: string;
  productId: string | null;
  date: string;
  time: string;
  slotId: string;
  payMode: ReservationPayMode;
  orderId: string | null;
  status: ReservationStatus;
  createdAt: string;
  checkedInAt: string | null;
  checkedInBy: string | null;
  /** Set when cancelled (absent on older bookings); `cancelledBy` is the shopper or the staff member. */
  cancelledAt?: string | null;
  cancelledBy?: string | null;
}

/** `_id` = 'A' + stableId(region key): one agent per region; overlapping regions are refused when saving. */
export interface AgentDoc {
  _id: string;
  userId: string;
  region: Region;
  rateBps: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Set when staff revoke the agent (the store port has no delete): a revoked region is free for a new agent. */
  revokedAt: string | null;
}
