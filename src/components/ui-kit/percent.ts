import { parseYuan } from '@/domain/money/parse-yuan';

/** Basis points shown as a percent: 1050 → "10.5". */
export const percentText = (bps: number) => String(bps / 100);

/** A percent with up to two decimals to basis points, exactly (the same digits rule as 元 → 分); null if malformed. */
export const parsePercent = (text: string): number | null => parseYuan(text);
