import { createCloudMain } from '../shared/platform/cloud-main';
import { ordersHandler } from './handler';

export const main = createCloudMain(ordersHandler);
