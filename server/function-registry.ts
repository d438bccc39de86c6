import { catalogHandler } from '../cloudfunctions/catalog/handler';
import { commissionHandler } from '../cloudfunctions/commission/handler';
import { distributorHandler } from '../cloudfunctions/distributor/handler';
import { ordersHandler } from '../cloudfunctions/orders/handler';
import { paymentCallbackHandler } from '../cloudfunctions/payment-callback/handler';
import { referralHandler } from '../cloudfunctions/referral/handler';
import type { FunctionHandler } from '../cloudfunctions/shared/handler/define-action';

/** Every deployable cloud function by its deployed name; the local gateway serves exactly these. */
export const FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  catalog: catalogHandler,
  orders: ordersHandler,
  'payment-callback': paymentCallbackHandler,
  referral: referralHandler,
  distributor: distributorHandler,
  commission: commissionHandler,
};
