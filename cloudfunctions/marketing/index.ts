import { createCloudMain } from '../shared/platform/cloud-main';
import { marketingHandler } from './handler';

export const main = createCloudMain(marketingHandler);
