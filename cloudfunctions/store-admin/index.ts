import { createCloudMain } from '../shared/platform/cloud-main';
import { storeAdminHandler } from './handler';

export const main = createCloudMain(storeAdminHandler);
