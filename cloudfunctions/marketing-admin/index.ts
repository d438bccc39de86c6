import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { marketingAdminHandler } from './handler';

export const main = createCloudMain(marketingAdminHandler);
