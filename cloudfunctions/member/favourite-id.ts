/** One favourite document per shopper and product. */
export const favouriteId = (openid: string, productId: string) => `${openid}:${productId}`;
