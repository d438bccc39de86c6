import { z } from 'zod';
import { AFTER_SALE_KINDS, AFTER_SALE_REASON_CODES, MAX_AFTER_SALE_PHOTOS, type AfterSaleKind, type AfterSaleReason } from '../domain/after-sale/after-sale-kind';
import { AFTER_SALE_STATUSES, type AfterSaleStatus } from '../domain/after-sale/after-sale-status';
import { CARRIER_CODE } from '../domain/shipping/carriers';
import { pageInput } from './page-input';

const ORDER_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}$/);
const LINE_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}-\d{1,2}$/);
const AFTER_SALE_ID = z.string().regex(/^AS[0-9A-Za-z]{8,40}$/);

/** Payload schemas of the shopper's after-sale actions (orders function). */
export const afterSaleInputs = {
  requestAfterSale: z
    .object({
      /** Idempotency key chosen by the client per submit: a retried submit returns the same request. */
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      orderId: ORDER_ID,
      lineId: LINE_ID,
      kind: z.enum(AFTER_SALE_KINDS as [AfterSaleKind, ...AfterSaleKind[]]),
      units: z.number().int().min(1).max(99),
      reason: z.enum(AFTER_SALE_REASON_CODES as [AfterSaleReason, ...AfterSaleReason[]]),
      description: z.string().trim().max(200).optional(),
      /** URLs uploadAfterSalePhoto returned for this shopper. */
      photos: z.array(z.string().min(1).max(300)).max(MAX_AFTER_SALE_PHOTOS).optional(),
    })
    .strict(),
  uploadAfterSalePhoto: z
    .object({
      contentType: z.enum(['image/png', 'image/jpeg']),
      // ≈ 70 KB of image: the whole call must stay under the 100 KB body limit of CloudBase and the gateway.
      dataBase64: z.string().min(8).max(96_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    })
    .strict(),
  getAfterSale: z.object({ afterSaleId: AFTER_SALE_ID }).strict(),
  listMyAfterSales: z.object({ orderId: ORDER_ID.optional(), ...pageInput }).strict(),
  cancelAfterSale: z.object({ afterSaleId: AFTER_SALE_ID }).strict(),
  submitReturnShipment: z
    .object({
      afterSaleId: AFTER_SALE_ID,
      carrierCode: z.string().regex(CARRIER_CODE),
      carrierName: z.string().trim().min(1).max(30).optional(),
      trackingNo: z.string().regex(/^[0-9A-Za-z-]{4,40}$/),
    })
    .strict(),
};

/** Payload schemas of staff's after-sale actions (order-admin function, 'orders' permission). */
export const afterSaleAdminInputs = {
  listAfterSales: z.object({ status: z.enum(['OPEN', ...AFTER_SALE_STATUSES] as [AfterSaleStatus | 'OPEN', ...Array<AfterSaleStatus | 'OPEN'>]).optional(), ...pageInput }).strict(),
  approveAfterSale: z.object({ afterSaleId: AFTER_SALE_ID }).strict(),
  rejectAfterSale: z.object({ afterSaleId: AFTER_SALE_ID, reason: z.string().trim().min(1).max(200) }).strict(),
  confirmReturnReceived: z.object({ afterSaleId: AFTER_SALE_ID }).strict(),
};
