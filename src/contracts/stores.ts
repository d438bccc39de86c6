import type { z } from 'zod';
import type { deliveryInput } from './stores-inputs';
import type { Fen } from '../domain/money/fen';
import type { CouponRule } from '../domain/promotions/coupon';
import type { Region } from '../domain/o2o/region';
import type { StaffReportLine } from '../domain/o2o/staff-report';
import type { HandoverLine, PickupState } from '../domain/o2o/pickup-handover';
import type { GeoPoint } from '../domain/o2o/sort-by-distance';
import type { ReservationPayMode, ReservationStatus } from '../domain/o2o/reservation-status';
import type { StoreHours } from '../domain/o2o/store-hours';

/**
 * 门店 (O2O): stores with staff, store codes, store pickup (自提) with a one-time pickup code, reservations (预约) of
 * service slots, and regional agents (区域代理).
 * - `stores` serves shoppers: nearby stores, one store, my pickup code, book a slot, my bookings.
 * - `store-admin` is for staff. Permissions (no new permission): store CRUD, staff, store codes and slot settings need
 *   'settings'; verifying a pickup and checking in a reservation need 'orders' (the people who hand over orders);
 *   regional agents need 'distribution' (they are paid like the chain); store and region reports need 'finance'.
 *   Verifying an in-store coupon needs 'orders' (the counter staff, like pickups); store photo uploads 'settings'.
 */
export const STORES_FN = 'stores';
export const STORE_ADMIN_FN = 'store-admin';

export type { Region, GeoPoint, HandoverLine, PickupState };

export type { StoreHours } from '../domain/o2o/store-hours';

export interface StoreView {
  id: string;
  name: string;
  address: string;
  region: Region;
  location: GeoPoint;
  phone: string;
  hours: StoreHours;
  photos: string[];
  /** A closed store takes no pickup orders and no bookings. */
  open: boolean;
  /** Service slot start times (HH:MM) and how many bookings each slot takes. */
  slotTimes: string[];
  slotCapacity: number;
  /** From the shopper's location when they shared it; null otherwise. */
  distanceM: number | null;
}

export interface StoreStaffView {
  userId: string;
  nickname: string;
  /** As printed on their counter code, e.g. 店长 王芳. */
  title: string;
}

export interface StoreAdminView extends StoreView {
  staff: StoreStaffView[];
  /** The store's own distributor account: a store code without a staff member binds shoppers to it. */
  distributorId: string | null;
  version: number;
}

export type { OrderDelivery } from '../domain/o2o/order-delivery';

export interface StoreCodeView {
  scene: string;
  /** Who shoppers scanning it are bound to: the staff member, or the store's distributor account. */
  sharerId: string;
  sharePath: string;
  h5Url: string;
  imageUrl: string;
}

export interface PickupCodeView {
  orderId: string;
  storeId: string;
  storeName: string;
  code: string;
  /** A QR image (data URL) of the code, for staff to scan. */
  qrDataUrl: string;
  /** WAITING_PAYMENT until paid; VERIFIED once staff handed the goods over; REFUNDED when refunded in full (no code). */
  state: PickupState;
  verifiedAt: string | null;
}

export interface VerifyPickupResult {
  orderId: string;
  storeName: string;
  buyerName: string;
  totalFen: Fen;
  verifiedAt: string;
  /** What to hand over: each line's quantity minus its refunded units (refunded goods stay at the counter). */
  lines: HandoverLine[];
  /** Refunded so far over all lines (0 when nothing was refunded). */
  refundedFen: Fen;
}

/** An in-store coupon's counter code, revealed by its holder (到店使用). */
export interface CouponCounterCodeView {
  couponId: string;
  name: string;
  code: string;
  /** A QR image (data URL) of the code, for staff to scan. */
  qrDataUrl: string;
  /** READY to show; USED once verified (or spent online); EXPIRED / NOT_STARTED outside its validity. */
  state: 'READY' | 'USED' | 'EXPIRED' | 'NOT_STARTED';
  validFrom: string;
  validTo: string;
  usedInStore: { storeName: string; at: string } | null;
}

export interface VerifyCouponResult {
  couponId: string;
  name: string;
  rule: CouponRule;
  storeName: string;
  buyerName: string;
  verifiedAt: string;
}

export type { ReservationPayMode, ReservationStatus } from '../domain/o2o/reservation-status';

export interface ReservationView {
  id: string;
  /** Shown to staff at the counter to check in (one time). */
  code: string;
  storeId: string;
  storeName: string;
  productId: string | null;
  date: string;
  time: string;
  payMode: ReservationPayMode;
  orderId: string | null;
  status: ReservationStatus;
  createdAt: string;
  checkedInAt: string | null;
  cancelledAt: string | null;
  /** ONLINE bookings whose order has since been refunded (or is no longer paid): the counter must collect payment. */
  orderRefunded: boolean;
}

export interface SlotAvailabilityView {
  date: string;
  time: string;
  capacity: number;
  taken: number;
}

export interface AgentView {
  id: string;
  userId: string;
  nickname: string;
  region: Region;
  rateBps: number;
  createdAt: string;
}

export interface StoreReportRow {
  storeId: string;
  name: string;
  /** Paid pickup orders at this store, refunds excluded. */
  salesFen: Fen;
  paidOrders: number;
  pickupsWaiting: number;
  pickupsVerified: number;
  reservations: number;
  checkedIn: number;
  /** Shoppers bound to the store's staff or distributor account through one of its store codes. */
  newMembers: number;
  /** In-store coupons verified at this store's counter. */
  couponsVerified: number;
  /** 优惠买单 payments at this store (refunded in full ones included) and what they took, refunds excluded. */
  counterPayments: number;
  counterSalesFen: Fen;
}

/** 店员业绩: one person's work for one store (see src/domain/o2o/staff-report.ts). */
export interface StaffReportRow extends StaffReportLine {
  nickname: string;
}

export interface RegionReportRow {
  agentId: string;
  region: Region;
  nickname: string;
  /** Orders the agent earned on, and what they earned (net of refunds). */
  orders: number;
  commissionFen: Fen;
}

export { STORE_ERRORS } from '../domain/o2o/o2o-errors';

/** How an order reaches the shopper; chosen at checkout. */
export type DeliveryInput = z.infer<typeof deliveryInput>;
