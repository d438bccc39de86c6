import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { distributionAdminHandler } from './handler';

export const main = createCloudMain(distributionAdminHandler);
