import { createCloudMain } from '../shared/platform/cloud-main';
import { settingsAdminHandler } from './handler';

export const main = createCloudMain(settingsAdminHandler);
