import { createCloudMain } from '../shared/platform/cloud-main';
import { activitiesHandler } from './handler';

export const main = createCloudMain(activitiesHandler);
