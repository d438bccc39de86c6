import { ordersInputs } from '../../../src/contracts/orders-inputs';
import { defineAction } from '../../shared/handler/define-action';
import { loadOwnOrder } from '../load-own-order';
import { toOrderView } from '../../shared/orders/to-order-view';

export const getOrder = defineAction(ordersInputs.getOrder, async (ctx, input) => toOrderView(await loadOwnOrder(ctx, input.orderId)));
