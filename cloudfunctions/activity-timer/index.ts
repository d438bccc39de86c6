import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { activityTimerHandler } from './handler';

export const main = createCloudMain(activityTimerHandler);
