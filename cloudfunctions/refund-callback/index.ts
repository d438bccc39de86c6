import { createCloudMain } from '../shared/platform/cloud-main';
import { refundCallbackHandler } from './handler';

export const main = createCloudMain(refundCallbackHandler);
