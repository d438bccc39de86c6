import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { staffHandler } from './handler';

export const main = createCloudMain(staffHandler);
