import { createCloudMain } from '../shared/platform/cloud-main';
import { storesHandler } from './handler';

export const main = createCloudMain(storesHandler);
