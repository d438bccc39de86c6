import { createCloudMain } from '../shared/platform/cloud-main';
import { distributionAdminHandler } from './handler';

export const main = createCloudMain(distributionAdminHandler);
