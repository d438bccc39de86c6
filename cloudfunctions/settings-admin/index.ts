import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { settingsAdminHandler } from './handler';

export const main = createCloudMain(settingsAdminHandler);
