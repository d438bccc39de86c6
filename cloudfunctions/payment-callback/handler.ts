import type { FunctionHandler } from '../shared/kernel/handler/define-action';
import { handlePayNotify } from './handle-pay-notify';

/** 支付回调: WeChat Pay's notify through CloudBase (not callable from the client). */
export const paymentCallbackHandler: FunctionHandler = handlePayNotify;
