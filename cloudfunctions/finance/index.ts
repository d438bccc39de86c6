import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { financeHandler } from './handler';

export const main = createCloudMain(financeHandler);
