import type { ProductCard } from './catalog';

/** 我的: 收藏 (favourites), 足迹 (browsing history) and the 地址簿 (address book) of the signed-in shopper. */
export const MEMBER_FN = 'member';

/** A favourite or history entry: the product as lists show it, whether it can still be bought, and when. */
export interface SavedProductView {
  product: ProductCard;
  /** False once the product is off the shelf (shown greyed, not openable for purchase). */
  onShelf: boolean;
  at: string;
}

export interface AddressView {
  id: string;
  name: string;
  phone: string;
  region: string;
  detail: string;
  isDefault: boolean;
}

export { MEMBER_ERRORS } from '../domain/member/member-errors';
