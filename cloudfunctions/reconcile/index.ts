import { createCloudMain } from '../shared/platform/cloud-main';
import { reconcileHandler } from './handler';

export const main = createCloudMain(reconcileHandler);
