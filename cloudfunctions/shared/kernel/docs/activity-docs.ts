import type { BargainStatus, GroupStatus, PayRequestStatus } from '../../../../src/domain/promotions/activity-status';
import type { Fen } from '../../../../src/domain/money/fen';

/** What an activity order carries: which activity, whether it pays commission, and (拼团) its group's state. */
export interface OrderActivity {
  kind: 'FLASH_SALE' | 'GROUP_BUY' | 'BARGAIN';
  id: string;
  /** The merchant's per-activity choice, copied at order time; false: markOrderPaid creates no commission. */
  paysCommission: boolean;
  groupId?: string;
  /**
   * 拼团: WAITING (not in a group yet: unpaid, or paid and its place not yet taken) → JOINED → SUCCEEDED (the group
   * filled: it may ship) | FAILED (refused or expired: refunded in full, never ships).
   */
  groupState?: 'WAITING' | 'JOINED' | 'SUCCEEDED' | 'FAILED';
  /**
   * 拼团 FAILED orders: null (written with FAILED) until every refund WeChat accepted, then when. The activity timer
   * sweeps paid FAILED orders still null, so a crash between FAILED and its refund loses no money.
   */
  refundedAt?: string | null;
  bargainId?: string;
}

interface ActivityBase {
  _id: string;
  productId: string;
  skuId: string;
  startAt: string;
  endAt: string;
  paysCommission: boolean;
  /** Soft delete: orders keep pointing at it. */
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** 秒杀. stockLeft is the reservation counter: orders take from it by compare-and-set, cancellations return to it. */
export interface FlashSaleDoc extends ActivityBase {
  priceFen: Fen;
  stockTotal: number;
  stockLeft: number;
  perUserLimit: number | null;
}

/** Per sale and user: units in unpaid and paid orders (compare-and-set, so one user's parallel submits cannot pass the limit). */
export interface FlashPurchaseDoc {
  _id: string;
  saleId: string;
  userId: string;
  units: number;
}

export interface GroupBuyDoc extends ActivityBase {
  priceFen: Fen;
  leaderPriceFen: Fen | null;
  requiredMembers: number;
  hours: number;
}

/** One group: created when its leader pays; a friend takes a place when their payment lands (compare-and-set on memberCount). */
export interface GroupDoc {
  _id: string;
  activityId: string;
  leaderId: string;
  status: GroupStatus;
  requiredMembers: number;
  memberCount: number;
  memberIds: string[];
  memberOrderIds: string[];
  openedAt: string;
  expiresAt: string;
  /** The unit price friends pay, fixed when the group opens (opened groups keep their rules). Absent: older groups. */
  priceFen?: Fen;
  /** EXPIRED groups: set once every member's refund has been issued (the timer re-runs until then). */
  refundedAt: string | null;
}

export interface BargainActivityDoc extends ActivityBase {
  floorFen: Fen;
  helps: number;
  minCutFen: Fen;
  maxCutFen: Fen;
  hours: number;
}

/** One user's bargain on one activity (id from activity + user: one each). The cuts replay from the stored seed. */
export interface BargainDoc {
  _id: string;
  activityId: string;
  starterId: string;
  status: BargainStatus;
  startFen: Fen;
  floorFen: Fen;
  helps: number;
  minCutFen: Fen;
  maxCutFen: Fen;
  seed: number;
  helpsDone: number;
  currentFen: Fen;
  startedAt: string;
  expiresAt: string;
  orderId: string | null;
}

/** One friend's help (id bargain + helper: one help per friend per bargain). */
export interface BargainHelpDoc {
  _id: string;
  bargainId: string;
  helperId: string;
  index: number;
  cutFen: Fen;
  at: string;
}

/** 找人代付: one per order; whoever pays it, the order stays the buyer's. */
export interface PayRequestDoc {
  _id: string;
  orderId: string;
  buyerId: string;
  status: PayRequestStatus;
  /** The last user who asked to pay it (the prepay's payer). */
  payerId: string | null;
  /** Random, drawn once at creation: part of the shared id (sharedPayRequestId), so knowing the order is not enough. */
  shareKey?: string;
  /**
   * Every friend's own out_trade_no prepaid for this order (trade-no.ts), so the reconcile job can ask WeChat about
   * each and close them with the order; `tradeNoCount` is its length, the compare-and-set guard. Absent: none yet.
   */
  tradeNos?: string[];
  tradeNoCount?: number;
  createdAt: string;
}
