import { z } from 'zod';
import { isValidScene } from '../domain/referral/scene';

const SCENE = z.string().max(32).refine(isValidScene, { message: '场景码格式不正确' });

/** Payload schemas of the referral function (server side; the client imports only ./referral). */
export const referralInputs = {
  resolveScene: z.object({ scene: SCENE }).strict(),
  bindByScene: z.object({ scene: SCENE }).strict(),
};
