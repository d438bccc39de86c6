import { createCloudMain } from '../shared/platform/cloud-main';
import { distributorHandler } from './handler';

export const main = createCloudMain(distributorHandler);
