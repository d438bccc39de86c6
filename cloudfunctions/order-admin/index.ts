import { createCloudMain } from '../shared/platform/cloud-main';
import { orderAdminHandler } from './handler';

export const main = createCloudMain(orderAdminHandler);
