import { catalogHandler } from '../cloudfunctions/catalog/handler';
import { commissionHandler } from '../cloudfunctions/commission/handler';
import { distributionAdminHandler } from '../cloudfunctions/distribution-admin/handler';
import { distributorHandler } from '../cloudfunctions/distributor/handler';
import { financeHandler } from '../cloudfunctions/finance/handler';
import { orderAdminHandler } from '../cloudfunctions/order-admin/handler';
import { ordersHandler } from '../cloudfunctions/orders/handler';
import { paymentCallbackHandler } from '../cloudfunctions/payment-callback/handler';
import { referralHandler } from '../cloudfunctions/referral/handler';
import { settlementHandler } from '../cloudfunctions/settlement/handler';
import type { FunctionHandler } from '../cloudfunctions/shared/handler/define-action';

/** Every deployable cloud function by its deployed name; the local gateway serves exactly these. */
export const FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  catalog: catalogHandler,
  orders: ordersHandler,
  'payment-callback': paymentCallbackHandler,
  referral: referralHandler,
  distributor: distributorHandler,
  commission: commissionHandler,
  finance: financeHandler,
  'order-admin': orderAdminHandler,
  settlement: settlementHandler,
  'distribution-admin': distributionAdminHandler,
};
