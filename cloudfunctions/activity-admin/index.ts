import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { activityAdminHandler } from './handler';

export const main = createCloudMain(activityAdminHandler);
