import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { orderAdminHandler } from './handler';

export const main = createCloudMain(orderAdminHandler);
