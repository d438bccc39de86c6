import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { jobsHandler } from './handler';

export const main = createCloudMain(jobsHandler);
