/**
 * Every reason staff's product and category editing (商品管理) is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const PRODUCT_ADMIN_ERRORS = {
  NOT_FOUND: { code: 'PRODUCT.NOT_FOUND', message: '商品不存在' },
  CATEGORY_NOT_FOUND: { code: 'PRODUCT.CATEGORY_NOT_FOUND', message: '分类不存在' },
  SKU_NOT_FOUND: { code: 'PRODUCT.SKU_NOT_FOUND', message: '规格不属于该商品' },
  INVALID_IMAGE: { code: 'PRODUCT.INVALID_IMAGE', message: '请上传 PNG 或 JPG 图片' },
  BUSY: { code: 'PRODUCT.BUSY', message: '商品或分类已被修改，请刷新' },
  /** Products (on or off shelf) still belong to the category: move them first. */
  CATEGORY_NOT_EMPTY: { code: 'PRODUCT.CATEGORY_NOT_EMPTY', message: '该分类下还有商品，请先把它们移到其他分类' },
  CATEGORY_NAME_TAKEN: { code: 'PRODUCT.CATEGORY_NAME_TAKEN', message: '已有同名的分类' },
  TOO_MANY_CATEGORIES: { code: 'PRODUCT.TOO_MANY_CATEGORIES', message: '分类数量已达上限' },
  /** A reorder must list every category exactly once (someone else added or deleted one meanwhile). */
  CATEGORY_ORDER_MISMATCH: { code: 'PRODUCT.CATEGORY_ORDER_MISMATCH', message: '分类已被他人修改，请刷新后重新排序' },
  /** The SKU's stock moved (an order or a cancel) since the form loaded it: reload and type the change again. */
  STOCK_CHANGED: { code: 'PRODUCT.STOCK_CHANGED', message: '库存刚刚有变化（有订单下单或取消），请刷新后重新填写库存' },
} as const;
