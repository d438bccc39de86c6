import { COMPLIANCE_ERRORS } from '../compliance/compliance-errors';

/**
 * Every reason staff's distribution management (分销管理: distributors, relations, product commission) is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const DISTRIBUTION_ADMIN_ERRORS = {
  USER_NOT_FOUND: { code: 'DISTRIBUTION.USER_NOT_FOUND', message: '用户不存在' },
  DISTRIBUTOR_NOT_FOUND: { code: 'DISTRIBUTION.DISTRIBUTOR_NOT_FOUND', message: '该用户不是分销商，也没有申请记录' },
  GRADE_NOT_FOUND: { code: 'DISTRIBUTION.GRADE_NOT_FOUND', message: '分销等级不存在，请先在分销设置中添加' },
  /** A new superior must be a distributor who earns (active or frozen). */
  SUPERIOR_NOT_DISTRIBUTOR: { code: 'DISTRIBUTION.SUPERIOR_NOT_DISTRIBUTOR', message: '新的上级必须是正常或冻结中的分销商' },
  /** The same refusal the distribution policy's own rules give: one code and message for a settings race. */
  STALE_VERSION: COMPLIANCE_ERRORS.STALE_VERSION,
  BUSY: { code: 'DISTRIBUTION.BUSY', message: '数据刚被其他人修改，请刷新后重试' },
  PRODUCT_NOT_FOUND: { code: 'DISTRIBUTION.PRODUCT_NOT_FOUND', message: '商品不存在' },
  SKU_NOT_FOUND: { code: 'DISTRIBUTION.SKU_NOT_FOUND', message: '规格不属于该商品' },
  /** SKU rates sent for a product being excluded from distribution (it pays nothing, so they would mean nothing). */
  PRODUCT_EXCLUDED: { code: 'DISTRIBUTION.PRODUCT_EXCLUDED', message: '不参与分销的商品不能设置规格佣金' },
} as const;
