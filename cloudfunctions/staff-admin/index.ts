import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { staffAdminHandler } from './handler';

export const main = createCloudMain(staffAdminHandler);
