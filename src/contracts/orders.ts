import { z } from 'zod';
import type { Fen } from '../domain/money/fen';
import type { OrderStatus } from '../domain/order/order-status';
import { pageInput, type Page } from './paging';

export const ORDERS_FN = 'orders';

const ORDER_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}$/);

export const addressInput = z
  .object({
    name: z.string().trim().min(1).max(20),
    phone: z.string().regex(/^1\d{10}$/, '请输入 11 位手机号'),
    region: z.string().trim().min(2).max(60),
    detail: z.string().trim().min(2).max(120),
  })
  .strict();

export const ordersInputs = {
  createOrder: z
    .object({
      /** Idempotency key chosen by the client per checkout: a retried submit returns the same order. */
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      lines: z
        .array(z.object({ skuId: z.string().min(1).max(64), quantity: z.number().int().min(1).max(99) }).strict())
        .min(1)
        .max(20),
      address: addressInput,
      remark: z.string().max(200).optional(),
    })
    .strict(),
  getOrder: z.object({ orderId: ORDER_ID }).strict(),
  listMyOrders: z
    .object({ status: z.enum(['PENDING_PAY', 'PAID', 'SHIPPED', 'RECEIVED', 'COMPLETED', 'CANCELLED']).optional(), ...pageInput })
    .strict(),
  cancelOrder: z.object({ orderId: ORDER_ID }).strict(),
};

export type CreateOrderInput = z.infer<typeof ordersInputs.createOrder>;
export type AddressInput = z.infer<typeof addressInput>;

export interface OrderLineView {
  lineId: string;
  productId: string;
  skuId: string;
  title: string;
  specs: string;
  imageUrl: string;
  unitPriceFen: Fen;
  quantity: number;
  amountFen: Fen;
}

export interface OrderView {
  id: string;
  status: OrderStatus;
  lines: OrderLineView[];
  goodsFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
  address: AddressInput;
  remark: string;
  createdAt: string;
  paidAt: string | null;
  /** When an unpaid order is cancelled automatically. */
  payDeadline: string;
}

export interface OrdersResults {
  createOrder: OrderView;
  getOrder: OrderView;
  listMyOrders: Page<OrderView>;
  cancelOrder: OrderView;
}

export const ORDERS_ERRORS = {
  NOT_FOUND: 'ORDER.NOT_FOUND',
  SKU_NOT_FOUND: 'ORDER.SKU_NOT_FOUND',
  OUT_OF_STOCK: 'ORDER.OUT_OF_STOCK',
  INVALID_TRANSITION: 'ORDER.INVALID_TRANSITION',
  BUSY: 'ORDER.BUSY',
} as const;
