import { createCloudMain } from '../shared/platform/cloud-main';
import { settlementHandler } from './handler';

export const main = createCloudMain(settlementHandler);
