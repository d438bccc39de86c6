import type { StampCardDoc, StampCardsDoc } from '../../kernel/docs/marketing-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/** The merchant document listing every 集点卡. */
export const STAMP_CARDS_ID = 'stamp-cards';

export async function readStampCards(reader: Pick<DocOps, 'get'>): Promise<StampCardsDoc> {
  return (await reader.get(COLLECTIONS.merchant, STAMP_CARDS_ID)) ?? { _id: STAMP_CARDS_ID, cards: [], version: 0 };
}

/** Cards that give stamps now: earning stops at the card's end, stamps already given stay (and can still be taken back). */
export function runningCards(doc: StampCardsDoc, nowIso: string): StampCardDoc[] {
  return doc.cards.filter((c) => c.startAt <= nowIso && nowIso < c.endAt);
}
