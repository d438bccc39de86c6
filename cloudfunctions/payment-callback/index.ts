import { createCloudMain } from '../shared/kernel/platform/cloud-main';
import { paymentCallbackHandler } from './handler';

export const main = createCloudMain(paymentCallbackHandler);
