import type { z } from 'zod';
import type { luckyDrawAdminInputs } from './lucky-draw-inputs';
import type { DrawPrizeKind, DrawStyle } from '../domain/draw/lucky-draw';
import type { Fen } from '../domain/money/fen';

export type { DrawPrizeKind, DrawStyle };
export { MAX_PRIZE_VALUE_FEN } from '../domain/draw/lucky-draw';
export { DRAW_ERRORS } from '../domain/draw/draw-errors';

export interface DrawPrizeView {
  id: string;
  kind: DrawPrizeKind;
  name: string;
  valueFen: Fen;
  /** The odds shown on the rules page ('10.00' = 10%). */
  percent: string;
}

/** A 刮刮卡 / 大转盘 as the shopper sees it, with the public rules and their chances left today. */
export interface LuckyDrawView {
  id: string;
  name: string;
  style: DrawStyle;
  rulesText: string;
  prizes: DrawPrizeView[];
  chancesPerDay: number;
  chanceFromSignIn: boolean;
  chancePerPaidOrder: boolean;
  startAt: string;
  endAt: string;
  open: boolean;
  chancesLeft: number;
}

/** One draw: what it gave (谢谢参与 is `won: false`). */
export interface DrawRecordView {
  id: string;
  drawId: string;
  drawName: string;
  prizeId: string;
  prizeName: string;
  kind: DrawPrizeKind;
  won: boolean;
  points: number;
  couponId: string | null;
  /** Set when the prize could not be given (e.g. the coupon stopped): staff see it. */
  grantNote: string | null;
  userId: string;
  at: string;
}

export interface DrawResultView extends DrawRecordView {
  chancesLeft: number;
}

export interface LuckyDrawAdminView extends LuckyDrawView {
  prizesAdmin: Array<DrawPrizeView & { couponTemplateId: string | null; points: number; stock: number | null; remaining: number | null; weight: number }>;
  draws: number;
  createdAt: string;
}

export type SaveLuckyDrawInput = z.infer<typeof luckyDrawAdminInputs.saveLuckyDraw>;
