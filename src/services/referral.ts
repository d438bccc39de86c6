import { REFERRAL_FN } from '../contracts/referral';
import { apiClient } from './call-function';
import type { referralApi } from '../contracts/api/referral';

const referralClient = apiClient<typeof referralApi>(REFERRAL_FN);

export const resolveScene = (scene: string) => referralClient.resolveScene({ scene });

export const bindByScene = (scene: string) => referralClient.bindByScene({ scene });
