import type { DistributionPolicy } from '../domain/distribution/distribution-policy';
import type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';
import type { DistributorApplication } from './distributor';
import type { Page } from './paging';

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

export interface UpdatePolicyInput {
  policy: PolicyEdit;
  /** The version the edit was made from; a different stored version means someone else saved first. */
  expectedVersion: number;
  /** Required to save 3 levels (unless 3 levels were already acknowledged); records the caller and the time. */
  acknowledgeThreeLevels?: boolean;
}

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
  /** Descendants whose upline was rewritten. */
  descendantsRewritten: number;
}

export interface DistributionAdminResults {
  getPolicy: PolicyView;
  updatePolicy: PolicyView;
  listApplications: Page<ApplicationView>;
  reviewApplication: DistributorAdminView;
  designateDistributor: DistributorAdminView;
  setDistributorStatus: DistributorAdminView;
  setDistributorGrade: DistributorAdminView;
  rebindUser: RebindResult;
  listDistributors: Page<DistributorAdminView>;
  listBindings: Page<BindingView>;
}

/** Besides these: AUTH.FORBIDDEN, every COMPLIANCE.* / DISTRIBUTION.* code of the policy check, REFERRAL.SELF / CYCLE. */
export const DISTRIBUTION_ADMIN_ERRORS = {
  USER_NOT_FOUND: 'DISTRIBUTION.USER_NOT_FOUND',
  DISTRIBUTOR_NOT_FOUND: 'DISTRIBUTION.DISTRIBUTOR_NOT_FOUND',
  GRADE_NOT_FOUND: 'DISTRIBUTION.GRADE_NOT_FOUND',
  /** A new superior must be a distributor who earns (active or frozen). */
  SUPERIOR_NOT_DISTRIBUTOR: 'DISTRIBUTION.SUPERIOR_NOT_DISTRIBUTOR',
  STALE_VERSION: 'DISTRIBUTION.STALE_VERSION',
  BUSY: 'DISTRIBUTION.BUSY',
} as const;
