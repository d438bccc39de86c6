import { createCloudMain } from '../shared/platform/cloud-main';
import { staffHandler } from './handler';

export const main = createCloudMain(staffHandler);
