import { createCloudMain } from '../shared/platform/cloud-main';
import { commissionHandler } from './handler';

export const main = createCloudMain(commissionHandler);
