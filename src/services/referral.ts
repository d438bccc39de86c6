import { REFERRAL_FN, type ReferralResults } from '../contracts/referral';
import { callAction } from './call-function';

export const resolveScene = (scene: string) => callAction<ReferralResults['resolveScene']>(REFERRAL_FN, 'resolveScene', { scene });

export const bindByScene = (scene: string) => callAction<ReferralResults['bindByScene']>(REFERRAL_FN, 'bindByScene', { scene });
