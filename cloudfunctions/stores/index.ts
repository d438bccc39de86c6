import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { storesHandler } from './handler';

export const main = createCloudMain(storesHandler);
