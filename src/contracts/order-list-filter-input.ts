import { z } from 'zod';

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/**
 * Staff's order-list filters besides status (order-admin listOrders). Days are Beijing days, both included, on the
 * order's createdAt. The distributor filter reads the upline snapshot taken at payment, so it matches paid orders
 * only (an unpaid order has no commission chain yet): DIRECT (default) = orders of the distributor's own customers
 * (they are level 1, 直推), TEAM = orders anywhere below them.
 */
export const orderListFilterInput = {
  from: DAY.optional(),
  to: DAY.optional(),
  distributorId: z.string().min(1).max(64).optional(),
  distributorScope: z.enum(['DIRECT', 'TEAM']).optional(),
  /** An order number, or the 11-digit phone of the order's recipient (收货 / 提货 phone). */
  search: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z_-]{8,32}$/, '请输入订单编号或 11 位手机号')
    .optional(),
};
