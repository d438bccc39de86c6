import { createCloudMain } from '../shared/platform/cloud-main';
import { marketingAdminHandler } from './handler';

export const main = createCloudMain(marketingAdminHandler);
