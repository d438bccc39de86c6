import { createCloudMain } from '../shared/platform/cloud-main';
import { staffAdminHandler } from './handler';

export const main = createCloudMain(staffAdminHandler);
