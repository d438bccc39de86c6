/** A review of one order line (商品评价); `_id` derives from the line, so a line has at most one. */
export interface ReviewDoc {
  _id: string; // reviewIdFor(orderId, lineId)
  orderId: string;
  lineId: string;
  productId: string;
  productTitle: string;
  specs: string;
  /** Who wrote it (the buyer; for a default review the order's buyer): never sent to any client. */
  buyerId: string;
  /** The buyer's nickname already masked when written (maskNickname). */
  nickname: string;
  rating: number;
  text: string;
  photos: string[];
  hasPhotos: boolean;
  isDefault: boolean;
  /** Hidden by staff: out of the product page and its figures. */
  hidden: boolean;
  reply: { text: string; at: string; byStaffId: string } | null;
  createdAt: string;
}
