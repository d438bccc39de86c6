import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { ordersHandler } from './handler';

export const main = createCloudMain(ordersHandler);
