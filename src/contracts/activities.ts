import type { Fen } from '../domain/money/fen';
import type { BargainStatus, GroupStatus, PayRequestStatus } from '../domain/promotions/activity-status';

/**
 * 营销活动: 秒杀, 拼团, 砍价 and 找人代付. Customers use the `activities` function; staff
 * manage activities with `activity-admin` (the 'products' permission: activities are how products are sold); the
 * `activity-timer` function expires groups (refunding every member) and bargains.
 */
export const ACTIVITIES_FN = 'activities';
export const ACTIVITY_ADMIN_FN = 'activity-admin';

export type ActivityKind = 'FLASH_SALE' | 'GROUP_BUY' | 'BARGAIN';

/** Where an activity is in its time window. */
export type ActivityPhase = 'UPCOMING' | 'ON' | 'ENDED';

interface ActivityProduct {
  id: string;
  productId: string;
  skuId: string;
  title: string;
  specs: string;
  imageUrl: string;
  /** The SKU's list price (what the activity price is compared with). */
  listPriceFen: Fen;
  startAt: string;
  endAt: string;
  phase: ActivityPhase;
  /** Whether this activity's orders pay distribution commission (the merchant's choice; default no). */
  paysCommission: boolean;
}

export interface FlashSaleView extends ActivityProduct {
  priceFen: Fen;
  stockTotal: number;
  stockLeft: number;
  /** Units one user may buy in this sale; null = no limit. */
  perUserLimit: number | null;
}

export interface GroupBuyView extends ActivityProduct {
  priceFen: Fen;
  /** 团长价: the leader's price (a fixed discount for opening a group, never a reward per recruit); null = group price. */
  leaderPriceFen: Fen | null;
  requiredMembers: number;
  hours: number;
}

export interface BargainActivityView extends ActivityProduct {
  floorFen: Fen;
  helps: number;
  minCutFen: Fen;
  maxCutFen: Fen;
  hours: number;
}

export type { BargainStatus, GroupStatus, PayRequestStatus } from '../domain/promotions/activity-status';

export interface GroupView {
  id: string;
  activity: GroupBuyView;
  status: GroupStatus;
  requiredMembers: number;
  /** Masked nicknames in joining order, the leader first. */
  members: Array<{ nickname: string; leader: boolean }>;
  placesLeft: number;
  expiresAt: string;
  iAmMember: boolean;
}

export interface BargainView {
  id: string;
  activity: BargainActivityView;
  starterNickname: string;
  isMine: boolean;
  status: BargainStatus;
  currentFen: Fen;
  helpsDone: number;
  helpsNeeded: number;
  expiresAt: string;
  /** The caller's own cut, if they helped. */
  myCutFen: Fen | null;
  helpers: Array<{ nickname: string; cutFen: Fen }>;
  /** The starter's order, once they bought. */
  orderId: string | null;
}

export interface PayRequestView {
  id: string;
  orderId: string;
  buyerNickname: string;
  isMine: boolean;
  totalFen: Fen;
  lines: Array<{ title: string; specs: string; quantity: number; imageUrl: string }>;
  status: PayRequestStatus;
  payDeadline: string;
}

export interface ActivityListView {
  flashSales: FlashSaleView[];
  groupBuys: GroupBuyView[];
  bargains: BargainActivityView[];
}

/** Staff's list rows carry the activity's bookkeeping too. */
export interface AdminGroupRow {
  id: string;
  activityId: string;
  title: string;
  leaderNickname: string;
  status: GroupStatus;
  memberCount: number;
  requiredMembers: number;
  expiresAt: string;
}

export interface AdminBargainRow {
  id: string;
  activityId: string;
  title: string;
  starterNickname: string;
  status: BargainStatus;
  currentFen: Fen;
  helpsDone: number;
  helpsNeeded: number;
  expiresAt: string;
}

export const ACTIVITY_ERRORS = {
  NOT_FOUND: 'ACTIVITY.NOT_FOUND',
  NOT_STARTED: 'ACTIVITY.NOT_STARTED',
  ENDED: 'ACTIVITY.ENDED',
  SOLD_OUT: 'ACTIVITY.SOLD_OUT',
  NOT_ENOUGH_STOCK: 'ACTIVITY.NOT_ENOUGH_STOCK',
  USER_LIMIT_REACHED: 'ACTIVITY.USER_LIMIT_REACHED',
  INVALID_PRICE: 'ACTIVITY.INVALID_PRICE',
  INVALID_WINDOW: 'ACTIVITY.INVALID_WINDOW',
  BUSY: 'ACTIVITY.BUSY',
  STOCK_BELOW_SOLD: 'ACTIVITY.STOCK_BELOW_SOLD',
  GROUP_NOT_FOUND: 'GROUP_BUY.NOT_FOUND',
  GROUP_NOT_OPEN: 'GROUP_BUY.NOT_OPEN',
  GROUP_EXPIRED: 'GROUP_BUY.EXPIRED',
  GROUP_ALREADY_MEMBER: 'GROUP_BUY.ALREADY_MEMBER',
  /** order-admin refuses to ship a 拼团 order whose group has not succeeded. */
  GROUP_NOT_SUCCEEDED: 'GROUP_BUY.NOT_SUCCEEDED',
  BARGAIN_NOT_FOUND: 'BARGAIN.NOT_FOUND',
  BARGAIN_INVALID_PLAN: 'BARGAIN.INVALID_PLAN',
  BARGAIN_SELF_HELP: 'BARGAIN.SELF_HELP',
  BARGAIN_ALREADY_HELPED: 'BARGAIN.ALREADY_HELPED',
  BARGAIN_NO_HELPS_LEFT: 'BARGAIN.NO_HELPS_LEFT',
  BARGAIN_CLOSED: 'BARGAIN.CLOSED',
  BARGAIN_NOT_YOURS: 'BARGAIN.NOT_YOURS',
  PAY_REQUEST_NOT_FOUND: 'PAY_REQUEST.NOT_FOUND',
  PAY_REQUEST_CLOSED: 'PAY_REQUEST.CLOSED',
  /** 找人代付: this many different friends already started paying this order (each is a trade number reconcile checks). */
  PAY_REQUEST_TOO_MANY_PAYERS: 'PAY_REQUEST.TOO_MANY_PAYERS',
  /** activity-admin: an activity's SKU is fixed once created (orders, groups and bargains point at it). */
  SKU_LOCKED: 'ACTIVITY.SKU_LOCKED',
} as const;
