import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { commissionHandler } from './handler';

export const main = createCloudMain(commissionHandler);
