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

export { ACTIVITY_ERRORS } from '../domain/promotions/activity-errors';
