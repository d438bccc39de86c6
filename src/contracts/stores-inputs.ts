import { z } from 'zod';
import { pageInput } from './page-input';

const storeId = z.string().regex(/^S[0-9A-Za-z]{8,24}$/);
const userId = z.string().min(1).max(128);
const requestId = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/);
const ORDER_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}$/);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const regionName = z.string().trim().min(2).max(20);
/** A code typed or scanned at the counter (issued upper-case; typed lower-case is accepted). */
const counterCode = z.string().trim().toUpperCase().regex(/^[0-9A-Z]{6,24}$/, '核销码格式不正确');

export const regionInput = z.object({ province: regionName, city: regionName.nullable(), district: regionName.nullable() }).strict().refine((r) => r.city !== null || r.district === null, { message: '填写区县前请先填写城市' });

/** Checkout's delivery choice (the orders function's createOrder takes it). */
export const deliveryInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('EXPRESS') }).strict(),
  z.object({ kind: z.literal('PICKUP'), storeId }).strict(),
]);

const location = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).strict();

/** Payload schemas of the stores function (shoppers). */
export const storesInputs = {
  /** Location only if the shopper agreed to share it; without it stores come in the merchant's order. */
  listNearbyStores: z.object({ location: location.optional() }).strict(),
  getStore: z.object({ storeId }).strict(),
  getMyPickupCode: z.object({ orderId: ORDER_ID }).strict(),
  listSlots: z.object({ storeId, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  reserveSlot: z
    .object({
      requestId,
      storeId,
      productId: z.string().min(1).max(64).optional(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      time: hhmm,
      payMode: z.enum(['ONLINE', 'IN_STORE']),
      /** ONLINE: the shopper's own paid order for the service. */
      orderId: ORDER_ID.optional(),
    })
    .strict()
    .refine((r) => (r.payMode === 'ONLINE') === (r.orderId !== undefined), { message: '在线支付的预约需要关联订单，到店支付不需要' }),
  listMyReservations: z.object({ ...pageInput }).strict(),
  /** The shopper's own booking, before its slot starts. */
  cancelReservation: z.object({ reservationId: z.string().regex(/^V[0-9A-Za-z]{8,32}$/) }).strict(),
  /** 到店使用: the holder's counter code for an in-store coupon (made on first reveal, then the same). */
  getMyCouponCode: z.object({ couponId: z.string().regex(/^[0-9A-Za-z_:-]{1,200}$/) }).strict(),
};

const storeFields = {
  name: z.string().trim().min(1).max(30),
  address: z.string().trim().min(2).max(120),
  region: regionInput,
  location,
  phone: z.string().regex(/^[0-9-]{5,20}$/),
  hours: z.object({ open: hhmm, close: hhmm }).strict(),
  /** What uploadStoreImage returns (local /files/…, cloud://…) or an https address, like product images. */
  photos: z.array(z.string().max(500).regex(/^(\/files\/|cloud:\/\/|https:\/\/)/, '图片地址不正确')).max(9),
  open: z.boolean(),
  slotTimes: z.array(hhmm).max(24).refine((t) => new Set(t).size === t.length, { message: '预约时段不能重复' }),
  slotCapacity: z.number().int().min(0).max(1000),
};

/** Payload schemas of the store-admin function (staff; see STORES contract for the permission of each). */
export const storeAdminInputs = {
  listStores: z.object({}).strict(),
  /** Create (requestId, no storeId) or edit (storeId + expectedVersion). */
  saveStore: z
    .object({ storeId: storeId.optional(), requestId: requestId.optional(), expectedVersion: z.number().int().min(0).optional(), ...storeFields })
    .strict()
    .refine((s) => (s.storeId ? s.expectedVersion !== undefined : s.requestId !== undefined), { message: '新建门店需要 requestId，修改门店需要 expectedVersion' }),
  setStoreStaff: z
    .object({
      storeId,
      expectedVersion: z.number().int().min(0),
      distributorId: userId.nullable(),
      staff: z.array(z.object({ userId, title: z.string().trim().min(1).max(20) }).strict()).max(50),
    })
    .strict(),
  /** `purpose` COUNTER: the code opens 优惠买单 at the store instead of the shop's home page. */
  createStoreCode: z.object({ storeId, staffUserId: userId.optional(), purpose: z.enum(['SHOP', 'COUNTER']).optional() }).strict(),
  verifyPickup: z.object({ code: counterCode }).strict(),
  checkInReservation: z.object({ code: counterCode }).strict(),
  /** Staff cancel a booking by its counter code (e.g. the shopper phoned); audited. */
  cancelReservation: z.object({ code: counterCode }).strict(),
  listAgents: z.object({}).strict(),
  saveAgent: z.object({ userId, region: regionInput, rateBps: z.number().int().min(0).max(10000) }).strict(),
  removeAgent: z.object({ agentId: z.string().regex(/^A[0-9A-Za-z]{8,24}$/) }).strict(),
  getStoreReport: z.object({}).strict(),
  getRegionReport: z.object({}).strict(),
  /** 核销 an in-store coupon at the counter of this store. */
  verifyCoupon: z.object({ code: counterCode, storeId }).strict(),
  getStaffReport: z.object({ storeId }).strict(),
  uploadStoreImage: z
    .object({
      contentType: z.enum(['image/png', 'image/jpeg']),
      // ≈ 70 KB of image: the whole call must stay under the 100 KB body limit of CloudBase and the gateway.
      dataBase64: z.string().min(8).max(96_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    })
    .strict(),
};
