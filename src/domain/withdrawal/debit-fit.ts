import { toFen, type Fen } from '../money/fen';

/**
 * Whether debiting a withdrawal's amount fits what may be taken: the available balance (which a clawback may have
 * made negative) and the daily cap of its request day. One statement of both checks, for a new request
 * (quoteWithdrawal) and for a retried payout that takes its amount again; each caller words its refusal and orders
 * the two checks itself.
 */
export const debitFitsBalance = (amountFen: Fen, availableFen: Fen): boolean => amountFen <= availableFen;

export const debitFitsDailyCap = (amountFen: Fen, dayTotalFen: Fen, dailyCapFen: Fen): boolean => toFen(dayTotalFen + amountFen) <= dailyCapFen;

/** What the day's cap still allows (never below 0). */
export const dailyCapLeftFen = (dayTotalFen: Fen, dailyCapFen: Fen): Fen => toFen(Math.max(0, dailyCapFen - dayTotalFen));
