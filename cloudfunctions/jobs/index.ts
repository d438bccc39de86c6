import { createCloudMain } from '../shared/platform/cloud-main';
import { jobsHandler } from './handler';

export const main = createCloudMain(jobsHandler);
