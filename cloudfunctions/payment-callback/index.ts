import { createCloudMain } from '../shared/platform/cloud-main';
import { paymentCallbackHandler } from './handler';

export const main = createCloudMain(paymentCallbackHandler);
