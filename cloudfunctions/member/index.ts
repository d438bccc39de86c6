import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { memberHandler } from './handler';

export const main = createCloudMain(memberHandler);
