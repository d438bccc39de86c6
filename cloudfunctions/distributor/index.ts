import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { distributorHandler } from './handler';

export const main = createCloudMain(distributorHandler);
