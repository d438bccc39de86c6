import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { productAdminHandler } from './handler';

export const main = createCloudMain(productAdminHandler);
