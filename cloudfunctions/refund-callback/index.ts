import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { refundCallbackHandler } from './handler';

export const main = createCloudMain(refundCallbackHandler);
