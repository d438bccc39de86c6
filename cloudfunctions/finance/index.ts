import { createCloudMain } from '../shared/platform/cloud-main';
import { financeHandler } from './handler';

export const main = createCloudMain(financeHandler);
