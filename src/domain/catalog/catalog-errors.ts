/**
 * Every reason a shopper's catalog read is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const CATALOG_ERRORS = {
  /** An off-shelf product answers like a missing one. */
  PRODUCT_NOT_FOUND: { code: 'CATALOG.PRODUCT_NOT_FOUND', message: '商品不存在或已下架' },
} as const;
