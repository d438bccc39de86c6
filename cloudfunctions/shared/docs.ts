import type { CommissionPolicy } from '../../src/domain/commission/commission-policy';
import type { Fen } from '../../src/domain/money/fen';
import type { OrderStatus } from '../../src/domain/order/order-status';
import type { AddressInput, OrderLineView } from '../../src/contracts/orders';
import type { CommissionState } from '../../src/contracts/commission';
import type { DistributorStatus } from '../../src/contracts/distributor';
import type { SceneTargetPage } from '../../src/contracts/pages';

/** Stored document shapes, one per collection (see collections.ts). Timestamps are ISO strings. */

export interface MerchantSettingsDoc {
  _id: 'settings';
  shopName: string;
  commissionPolicy: CommissionPolicy;
  payTimeoutMinutes: number;
}

export type Role = 'owner' | 'staff' | 'shopper';

export interface UserDoc {
  _id: string; // openid
  nickname: string;
  role: Role;
  /** Demo persona key in local mode ('staff' | 'distributor' | 'customer'); absent for real users. */
  persona?: string;
  superiorId: string | null;
  /** The whole upline, nearest first: commission reads its first levels, the cycle check reads all of it. */
  upline: string[];
  boundAt: string | null;
  bindSource: string | null;
  /** Bumped on every change to this user's place in the tree, so concurrent binds touching it conflict. */
  treeVersion: number;
  createdAt: string;
}

export interface CategoryDoc {
  _id: string;
  name: string;
  sort: number;
}

export interface ProductDoc {
  _id: string;
  title: string;
  subtitle: string;
  categoryId: string;
  images: string[];
  description: string;
  minPriceFen: Fen;
  onShelf: boolean;
  sort: number;
  createdAt: string;
}

export interface SkuDoc {
  _id: string;
  productId: string;
  specs: string;
  priceFen: Fen;
  stock: number;
}

/** Stored exactly as the client sees it. */
export type OrderLineDoc = OrderLineView;

export interface OrderDoc {
  _id: string;
  buyerId: string;
  status: OrderStatus;
  lines: OrderLineDoc[];
  goodsFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
  address: AddressInput;
  remark: string;
  createdAt: string;
  payDeadline: string;
  paidAt: string | null;
  cancelledAt: string | null;
  transactionId: string | null;
  /** Snapshots taken at payment: later rebinding or policy edits never change this order's commission. */
  uplineSnapshot: string[] | null;
  policySnapshot: CommissionPolicy | null;
}

export interface CommissionEntryDoc {
  _id: string; // `${lineId}:L${level}`
  orderId: string;
  lineId: string;
  buyerId: string;
  beneficiaryId: string;
  level: number;
  baseFen: Fen;
  rateBps: number;
  amountFen: Fen;
  state: CommissionState;
  productTitle: string;
  createdAt: string;
}

export interface SceneDoc {
  _id: string; // the scene string itself
  sharerId: string;
  page: SceneTargetPage;
  params: Record<string, string>;
  imageUrl: string | null;
  createdAt: string;
}

export interface BindingDoc {
  _id: string;
  userId: string;
  fromSuperiorId: string | null;
  toSuperiorId: string;
  source: 'scene';
  scene: string;
  createdAt: string;
}

export interface DistributorDoc {
  _id: string; // openid
  status: DistributorStatus;
  shopName: string;
  since: string;
}

export interface PayNotifyDoc {
  _id: string; // transactionId
  orderId: string;
  totalFen: Fen;
  receivedAt: string;
}

export interface PaymentAlertDoc {
  _id: string;
  kind: 'AMOUNT_MISMATCH' | 'UNKNOWN_ORDER' | 'UNPAYABLE_ORDER';
  orderId: string;
  transactionId: string;
  expectedFen: Fen | null;
  notifiedFen: Fen;
  createdAt: string;
}
