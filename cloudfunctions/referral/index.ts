import { createCloudMain } from '../shared/platform/cloud-main';
import { referralHandler } from './handler';

export const main = createCloudMain(referralHandler);
