import type { BookAddress } from '../../../../src/domain/member/address-book';
import type { HistoryItem } from '../../../../src/domain/member/browsing-history';

/** One per shopper and product (`_id` = `<openid>:<productId>`); `on` false once unfavourited (the store never deletes). */
export interface FavouriteDoc {
  _id: string;
  userId: string;
  productId: string;
  on: boolean;
  at: string;
}

/** A shopper's 足迹 (`_id` = openid): newest first, capped (src/domain/member/browsing-history.ts). */
export interface HistoryDoc {
  _id: string;
  items: HistoryItem[];
  version: number;
}

/** A shopper's 地址簿 (`_id` = openid): one document, so the single default is kept by one compare-and-set. */
export interface AddressBookDoc {
  _id: string;
  addresses: BookAddress[];
  defaultId: string | null;
  version: number;
}
