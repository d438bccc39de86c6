import { createCloudMain } from '../shared/platform/cloud-main';
import { productAdminHandler } from './handler';

export const main = createCloudMain(productAdminHandler);
