import type { z } from 'zod';
import type { Fen } from '../domain/money/fen';
import type { OrderStatus } from '../domain/order/order-status';
import type { addressInput, ordersInputs } from './orders-inputs';
import type { Page } from './paging';

export const ORDERS_FN = 'orders';

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
  shippedAt: string | null;
  receivedAt: string | null;
  /** Per line: refunded so far and any open after-sale request. */
  afterSale: Record<string, { refundedFen: Fen; refundedUnits: number; open: boolean }>;
}

export interface RefundResult {
  refundId: string;
  fen: Fen;
  units: number;
  order: OrderView;
}

export interface SettlementRun {
  settledOrders: number;
  settledEntries: number;
  skippedOpenAfterSale: number;
  batches: number;
}

export interface OrdersResults {
  createOrder: OrderView;
  getOrder: OrderView;
  listMyOrders: Page<OrderView>;
  cancelOrder: OrderView;
  confirmReceipt: OrderView;
  requestAfterSale: OrderView;
}

export const ORDER_ADMIN_FN = 'order-admin';

export interface OrderAdminResults {
  shipOrder: OrderView;
  refundOrderLine: RefundResult;
  rejectAfterSale: OrderView;
  runSettlement: SettlementRun;
}

export const ORDERS_ERRORS = {
  NOT_FOUND: 'ORDER.NOT_FOUND',
  SKU_NOT_FOUND: 'ORDER.SKU_NOT_FOUND',
  OUT_OF_STOCK: 'ORDER.OUT_OF_STOCK',
  INVALID_TRANSITION: 'ORDER.INVALID_TRANSITION',
  BUSY: 'ORDER.BUSY',
  LINE_NOT_FOUND: 'ORDER.LINE_NOT_FOUND',
  AFTER_SALE_CLOSED: 'ORDER.AFTER_SALE_CLOSED',
  AFTER_SALE_OPEN: 'ORDER.AFTER_SALE_OPEN',
  NO_AFTER_SALE: 'ORDER.NO_AFTER_SALE',
  REFUND_EXCEEDS_LINE: 'REFUND.EXCEEDS_LINE',
  NOT_REFUNDABLE: 'ORDER.NOT_REFUNDABLE',
} as const;
