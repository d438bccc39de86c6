import { defineApi, returns, type ResultsOf } from './define-api';
import { referralInputs } from '../referral-inputs';
import { REFERRAL_FN, type BindResult, type ResolvedScene } from '../referral';

/** The referral function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const referralApi = defineApi(REFERRAL_FN, {
  resolveScene: { input: referralInputs.resolveScene, result: returns<ResolvedScene>(), permission: 'user' },
  bindByScene: { input: referralInputs.bindByScene, result: returns<BindResult>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type ReferralResults = ResultsOf<typeof referralApi>;
