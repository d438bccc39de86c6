import type { SceneTargetPage } from './pages';

export const REFERRAL_FN = 'referral';

export interface SceneTarget {
  page: SceneTargetPage;
  params: Record<string, string>;
}

export interface ResolvedScene extends SceneTarget {
  sharerName: string;
}

/** Why a bind did or did not happen; not binding is a normal outcome, not an error. */
export type BindOutcome = 'BOUND' | 'ALREADY_BOUND' | 'SELF' | 'CYCLE' | 'SHARER_NOT_DISTRIBUTOR';

export interface BindResult {
  outcome: BindOutcome;
  target: SceneTarget;
  sharerName: string;
}

export interface ReferralResults {
  resolveScene: ResolvedScene;
  bindByScene: BindResult;
}

export const REFERRAL_ERRORS = { SCENE_NOT_FOUND: 'REFERRAL.SCENE_NOT_FOUND', BUSY: 'REFERRAL.BUSY' } as const;
