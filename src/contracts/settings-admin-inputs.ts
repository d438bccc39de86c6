import { z } from 'zod';
import { AUTO_RECEIVE_DAYS } from '../domain/order/auto-receipt';

/** Payload schemas of the settings-admin function (server side; the client imports only ./settings-admin). */
export const settingsAdminInputs = {
  getShopSettings: z.object({}).strict(),
  updateShopSettings: z
    .object({
      shopName: z.string().trim().min(1).max(20),
      payTimeoutMinutes: z.number().int().min(5).max(1440),
      // At least the 7 days of 七日无理由退货 (消费者权益保护法 第二十五条).
      afterSaleDays: z.number().int().min(7).max(30),
      // Automatic receipt after shipment and the return address; absent: unchanged.
      autoReceiveDays: z.number().int().min(AUTO_RECEIVE_DAYS.min).max(AUTO_RECEIVE_DAYS.max).optional(),
      returnAddress: z.string().trim().max(150).optional(),
      // Hold limits against one account locking the catalogue with unpaid orders; absent: unchanged.
      maxUnpaidOrders: z.number().int().min(1).max(50).optional(),
      maxHeldUnitsPerSku: z.number().int().min(1).max(999).optional(),
      // The shop's identity and 客服 phone; absent: unchanged, '' clears.
      logoUrl: z.union([z.literal(''), z.string().max(300).regex(/^(\/files\/|cloud:\/\/|https:\/\/)/, '图片地址不正确')]).optional(),
      servicePhone: z.union([z.literal(''), z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4})$/, '请填写手机号、座机（如 0571-88888888）或 400 电话')]).optional(),
    })
    .strict(),
  uploadShopLogo: z
    .object({
      contentType: z.enum(['image/png', 'image/jpeg']),
      // ≈ 70 KB of image: the whole call must stay under the 100 KB body limit of CloudBase and the gateway.
      dataBase64: z.string().min(8).max(96_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    })
    .strict(),
};
