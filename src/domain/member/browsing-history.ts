/** 足迹: the products a shopper opened, newest first, each once, at most this many (the oldest fall off). */
export const HISTORY_CAP = 100;

export interface HistoryItem {
  productId: string;
  /** ISO time of the latest visit. */
  at: string;
}

/** The history after a visit: the product moves to the front with the visit's time; the list stays within the cap. */
export function withVisit(items: readonly HistoryItem[], productId: string, at: string, cap = HISTORY_CAP): HistoryItem[] {
  return [{ productId, at }, ...items.filter((i) => i.productId !== productId)].slice(0, cap);
}
