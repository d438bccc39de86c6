import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { catalogHandler } from './handler';

export const main = createCloudMain(catalogHandler);
