import { createCloudMain } from '../shared/platform/cloud-main';
import { activityAdminHandler } from './handler';

export const main = createCloudMain(activityAdminHandler);
