import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { activitiesHandler } from './handler';

export const main = createCloudMain(activitiesHandler);
