import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { marketingHandler } from './handler';

export const main = createCloudMain(marketingHandler);
