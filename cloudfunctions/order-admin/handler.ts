import { createHandler } from '../shared/handler/create-handler';
import { refundOrderLine } from './actions/refund-order-line';
import { rejectAfterSale } from './actions/reject-after-sale';
import { runSettlement } from './actions/run-settlement';
import { shipOrder } from './actions/ship-order';

/** 订单管理 (staff): ship, refund per line, decline after-sale, run settlement now. */
export const orderAdminHandler = createHandler('order-admin', { shipOrder, refundOrderLine, rejectAfterSale, runSettlement });
