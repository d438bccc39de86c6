import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { customerAdminHandler } from './handler';

export const main = createCloudMain(customerAdminHandler);
