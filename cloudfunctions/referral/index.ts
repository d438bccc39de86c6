import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { referralHandler } from './handler';

export const main = createCloudMain(referralHandler);
