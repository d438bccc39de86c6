import type { CommissionOverride, DistributionPolicy, LevelCount } from '../domain/distribution/distribution-policy';
import type { Bps, Fen } from '../domain/money/fen';
import type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';
import type { DistributorApplication } from './distributor';

/**
 * 分销管理: the merchant's distribution policy, distributor applications and standing, and staff rebinding.
 * Every action needs the 'distribution' permission (owners have it) and writes an audit record with its change.
 */
export const DISTRIBUTION_ADMIN_FN = 'distribution-admin';

/** The stored policy; `updatedAt` is null while the shop still runs on the built-in default. */
export interface PolicyView {
  policy: DistributionPolicy;
  updatedBy: string | null;
  updatedAt: string | null;
}

/**
 * What an edit submits: the whole policy except what the server owns — `version` (it bumps it) and the
 * three-level acknowledgement (it records who and when from the caller's identity, never from the payload).
 */
export type PolicyEdit = Omit<DistributionPolicy, 'version' | 'threeLevelAck'>;

export interface ApplicationView {
  userId: string;
  nickname: string;
  application: DistributorApplication;
  appliedAt: string;
}

export interface DistributorAdminView {
  userId: string;
  nickname: string;
  status: DistributorStatus;
  gradeId: string | null;
  shopName: string;
  since: string;
  superiorId: string | null;
  reviewNote: string | null;
}

/** A row of the distributor list: the record plus team size and earnings (indexed counts, the cached balance, one indexed sum). */
export interface DistributorListItemView extends DistributorAdminView {
  /** Users bound directly under them (superiorId) and under those (upline level 2): sign-ups, not only buyers. */
  team: { direct: number; level2: number };
  /** As deriveBalance counts: settled = earned for good (incl. already withdrawn; the cached balance), pending = PENDING entries summed. */
  earnings: { settledFen: Fen; pendingFen: Fen };
}

export interface BindingView {
  id: string;
  userId: string;
  fromSuperiorId: string | null;
  /** null: staff removed the superior. */
  toSuperiorId: string | null;
  source: 'scene' | 'order' | 'staff';
  scene: string | null;
  byStaffId: string | null;
  createdAt: string;
}

export interface RebindResult {
  userId: string;
  superiorId: string | null;
  /** The user's whole new upline, nearest first. */
  upline: string[];
  /** Team members whose upline this call rewrote (a bounded part of a big team). */
  descendantsRewritten: number;
  /** The rest of the team is rewritten by the jobs timer (payment reads the chain by pointers meanwhile). */
  rewritePending: boolean;
}

/**
 * One product's commission settings as the product editor shows them: stored in the policy's productOverrides
 * (so a change is a new policy version, judged by the compliance check, and paid orders keep their snapshot).
 */
export interface ProductCommissionView {
  productId: string;
  /** What a change passes back as `expectedVersion`. */
  policyVersion: number;
  levels: LevelCount;
  /** What a SKU without its own rate pays an ungraded distributor (graded ones earn their grade's rates). */
  policyRatesBps: Bps[];
  /** false: the product pays no commission (a `NONE` override). */
  distribution: boolean;
  /** A product-wide RATE / FIXED_PER_UNIT set in the policy form; null when none (or excluded). */
  productOverride: CommissionOverride | null;
  skus: Array<{ skuId: string; specs: string; override: CommissionOverride | null }>;
}

/** Besides these: AUTH.FORBIDDEN, every COMPLIANCE.* / DISTRIBUTION.* code of the policy check, REFERRAL.SELF / CYCLE. */
export { DISTRIBUTION_ADMIN_ERRORS } from '../domain/distribution/distribution-admin-errors';
