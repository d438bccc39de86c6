import { createCloudMain } from '../shared/platform/cloud-main';
import { orderTimerHandler } from './handler';

export const main = createCloudMain(orderTimerHandler);
