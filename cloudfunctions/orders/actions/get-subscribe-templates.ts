import { ordersApi } from '../../../src/contracts/api/orders';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** Template ids for wx.requestSubscribeMessage (only those the merchant configured). */
export const getSubscribeTemplates = defineAction(ordersApi.actions.getSubscribeTemplates, async (ctx) =>
  Object.fromEntries(Object.entries(ctx.platform.subscribeTemplateIds()).filter(([, id]) => Boolean(id))),
);
