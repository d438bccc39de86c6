import { createCloudMain } from '../shared/platform/cloud-main';
import { catalogHandler } from './handler';

export const main = createCloudMain(catalogHandler);
