import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { settlementHandler } from './handler';

export const main = createCloudMain(settlementHandler);
