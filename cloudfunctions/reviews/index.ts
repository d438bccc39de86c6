import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { reviewsHandler } from './handler';

export const main = createCloudMain(reviewsHandler);
