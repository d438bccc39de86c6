import { z } from 'zod';
import { pageInput } from './page-input';

const drawId = z.string().regex(/^D[0-9A-Za-z]{8,24}$/);
const requestId = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/);
const iso = z.string().datetime({ offset: true });

const prize = z
  .object({
    kind: z.enum(['COUPON', 'POINTS', 'NONE']),
    name: z.string().trim().min(1).max(20),
    couponTemplateId: z.string().min(1).max(64).nullable(),
    points: z.number().int().min(0).max(1_000_000),
    /** 分; the server refuses more than ¥50,000 (DRAW.PRIZE_OVER_CAP). */
    valueFen: z.number().int().min(0).max(100_000_000),
    stock: z.number().int().min(0).max(1_000_000).nullable(),
    weight: z.number().int().min(1).max(1_000_000),
  })
  .strict();

/** Payload schemas of the 刮刮卡 / 大转盘 actions: shoppers' in the marketing function, staff's in marketing-admin. */
export const luckyDrawInputs = {
  listOpenLuckyDraws: z.object({}).strict(),
  getLuckyDraw: z.object({ drawId }).strict(),
  drawPrize: z.object({ drawId }).strict(),
  listMyDrawRecords: z.object({ ...pageInput }).strict(),
};

export const luckyDrawAdminInputs = {
  listLuckyDraws: z.object({}).strict(),
  saveLuckyDraw: z
    .object({
      requestId,
      name: z.string().trim().min(1).max(30),
      style: z.enum(['SCRATCH', 'WHEEL']),
      rulesText: z.string().trim().min(1).max(1000),
      prizes: z.array(prize).min(2).max(8),
      chancesPerDay: z.number().int().min(1).max(10),
      chanceFromSignIn: z.boolean(),
      chancePerPaidOrder: z.boolean(),
      startAt: iso,
      endAt: iso,
    })
    .strict(),
  stopLuckyDraw: z.object({ drawId }).strict(),
  listDrawRecords: z.object({ drawId, ...pageInput }).strict(),
};
