import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { storeAdminHandler } from './handler';

export const main = createCloudMain(storeAdminHandler);
