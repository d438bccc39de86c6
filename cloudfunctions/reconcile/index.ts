import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { reconcileHandler } from './handler';

export const main = createCloudMain(reconcileHandler);
