import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { orderTimerHandler } from './handler';

export const main = createCloudMain(orderTimerHandler);
