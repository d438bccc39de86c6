import { createCloudMain } from '../shared/platform/cloud-main';
import { activityTimerHandler } from './handler';

export const main = createCloudMain(activityTimerHandler);
