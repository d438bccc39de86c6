import { z } from 'zod';

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const MAX_DAYS = 366;

/** Beijing days `from`..`to`, both included, at most a year (exports by date). */
export const dayRangeInput = z
  .object({ from: DAY, to: DAY })
  .strict()
  .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期' })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < MAX_DAYS, { message: `日期范围不能超过 ${MAX_DAYS} 天` });
