import type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';
export const DISTRIBUTOR_FN = 'distributor';

export type ShareTarget = { kind: 'shop' } | { kind: 'product'; productId: string };

export type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';

export interface DistributorView {
  status: DistributorStatus;
  gradeId: string | null;
  shopName: string;
  since: string;
}

export interface DistributorPanel {
  nickname: string;
  distributor: DistributorView | null;
  directTeamCount: number;
  superiorName: string | null;
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
} as const;
