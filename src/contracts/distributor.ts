import type { Qualification } from '../domain/distribution/distribution-policy';
import type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';
export const DISTRIBUTOR_FN = 'distributor';

export type ShareTarget = { kind: 'shop' } | { kind: 'product'; productId: string };

export type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';

export interface DistributorView {
  /** APPLIED / REJECTED under the APPLICATION qualification; FROZEN earns but cannot withdraw. */
  status: DistributorStatus;
  gradeId: string | null;
  shopName: string;
  /** When the current status began: application time while APPLIED, admission time once ACTIVE. */
  since: string;
  /** Staff's note on a reviewed application (e.g. why it was rejected). */
  reviewNote: string | null;
}

/** What the applicant fills in under the APPLICATION qualification. */
export interface DistributorApplication {
  realName: string;
  phone: string;
  reason: string;
}

export interface DistributorPanel {
  nickname: string;
  distributor: DistributorView | null;
  directTeamCount: number;
  superiorName: string | null;
  /** How a shopper becomes a distributor in this shop, so the page can show the way in (form, threshold …). */
  qualification: Qualification;
}

export interface ShareCode {
  scene: string;
  /** Mini-program path for a share card; carries the scene, never a user id. */
  sharePath: string;
  /** Image of the mini-program code (a QR of the H5 URL in local mode). */
  imageUrl: string;
  /** Local mode only: the H5 URL the QR encodes. */
  h5Url: string | null;
}

export interface DistributorResults {
  becomeDistributor: DistributorView;
  getMyPanel: DistributorPanel;
  createShareCode: ShareCode;
}

export const DISTRIBUTOR_ERRORS = {
  NOT_DISTRIBUTOR: 'DISTRIBUTOR.NOT_DISTRIBUTOR',
  PRODUCT_NOT_FOUND: 'DISTRIBUTOR.PRODUCT_NOT_FOUND',
  /** Qualification FIRST_PAID_ORDER, no paid order yet. */
  NEEDS_PAID_ORDER: 'DISTRIBUTOR.NEEDS_PAID_ORDER',
  /** Qualification SPEND_AT_LEAST, spend (net of refunds) below the threshold; the message names what is missing. */
  SPEND_BELOW_THRESHOLD: 'DISTRIBUTOR.SPEND_BELOW_THRESHOLD',
  /** Qualification APPLICATION, called without `application`. */
  APPLICATION_REQUIRED: 'DISTRIBUTOR.APPLICATION_REQUIRED',
  /** Qualification STAFF_ONLY: only staff designate distributors. */
  STAFF_ONLY: 'DISTRIBUTOR.STAFF_ONLY',
  REVOKED: 'DISTRIBUTOR.REVOKED',
  INVALID_TRANSITION: 'DISTRIBUTOR.INVALID_TRANSITION',
} as const;
