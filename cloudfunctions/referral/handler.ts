import { referralApi } from '../../src/contracts/api/referral';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { bindByScene } from './actions/bind-by-scene';
import { resolveScene } from './actions/resolve-scene';

/** 推荐关系: resolve a scene code and bind the opener to its sharer. */
export const referralHandler = createHandler(referralApi, { resolveScene, bindByScene });
