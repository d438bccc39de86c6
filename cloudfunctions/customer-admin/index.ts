import { createCloudMain } from '../shared/platform/cloud-main';
import { customerAdminHandler } from './handler';

export const main = createCloudMain(customerAdminHandler);
