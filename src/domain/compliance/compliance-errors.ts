/**
 * Every reason a distribution policy change can be refused, with the Chinese message shown to the merchant.
 * COMPLIANCE.* are refused because of the law or WeChat's platform rules and each message names that source, so the
 * merchant learns why the setting does not exist rather than thinking it is a missing feature.
 * DISTRIBUTION.* are plain product limits and malformed values.
 *
 * Sources (see shared/reference/peer-distribution-rules.md):
 * - 《禁止传销条例》（国务院令第444号）第七条: (一) 拉人头 pay by number of recruits; (二) 入门费 pay a fee, or buy
 *   goods as a disguised fee, to get the qualification; (三) 团队计酬.
 * - WeChat 2016-09《整顿多级分销欺诈行为》: downlines paying fees or buying goods for a qualification; and WeChat
 *   security's statement that the platform only allows two levels (the sharer included), three or more risks
 *   WeChat Pay being stopped and the account banned.
 * - 两高一部 2013 意见: organisers are prosecuted from 3 levels (inclusive) and 30 participants.
 */
export const COMPLIANCE_ERRORS = {
  TOO_MANY_LEVELS: {
    code: 'COMPLIANCE.TOO_MANY_LEVELS',
    message: '分佣层级最多 3 级：更多层级属于《禁止传销条例》第七条所列按下线层级计酬的形式，也违反微信平台多级分销规则',
  },
  THREE_LEVELS_NOT_ACKNOWLEDGED: {
    code: 'COMPLIANCE.THREE_LEVELS_NOT_ACKNOWLEDGED',
    message:
      '开启三级分销前须由管理员确认风险并记录确认人和时间：微信平台只允许两级分销，三级及以上可能被停用微信支付或封号',
  },
  RATES_OVER_100: {
    code: 'COMPLIANCE.RATES_OVER_100',
    message: '各级佣金比例之和不能超过 100%：佣金不能超过买家实付金额',
  },
  ENTRY_FEE: {
    code: 'COMPLIANCE.ENTRY_FEE',
    message: '成为分销商不能收取任何费用：收取入门费属于《禁止传销条例》第七条第二项所列传销行为',
  },
  PAID_PACKAGE: {
    code: 'COMPLIANCE.PAID_PACKAGE',
    message:
      '不能设置付费开通的分销商礼包：以认购商品变相交费取得资格属于《禁止传销条例》第七条第二项所列行为，微信《整顿多级分销欺诈行为》公告亦明令禁止',
  },
  PURCHASE_REQUIRED: {
    code: 'COMPLIANCE.PURCHASE_REQUIRED',
    message: '不能要求购买指定商品才能成为分销商：这属于《禁止传销条例》第七条第二项所列的变相交纳入门费',
  },
  RECRUIT_REWARD: {
    code: 'COMPLIANCE.RECRUIT_REWARD',
    message: '不能按发展人数发放奖励：按拉人头数量计酬属于《禁止传销条例》第七条第一项所列传销行为',
  },
  RECRUIT_CONDITION: {
    code: 'COMPLIANCE.RECRUIT_CONDITION',
    message:
      '分销等级和分销商资格不能以发展人数（直推人数、团队人数）为条件：以发展人员数量作为升级或返利依据属于《禁止传销条例》第七条第一项所列行为，也是微信多级分销规则列明的传销特征；可改用本人消费、已结算佣金或订单数',
  },
  TOO_MANY_GRADES: {
    code: 'DISTRIBUTION.TOO_MANY_GRADES',
    message: '分销等级最多 10 个',
  },
  GRADE_WEIGHT_NOT_UNIQUE: {
    code: 'DISTRIBUTION.GRADE_WEIGHT_NOT_UNIQUE',
    message: '分销等级的权重不能重复：权重决定等级高低，自动升级时只能对应唯一的等级',
  },
  STALE_VERSION: {
    code: 'DISTRIBUTION.STALE_VERSION',
    message: '分销设置已被他人修改，请刷新后重试',
  },
  INVALID_POLICY: {
    code: 'DISTRIBUTION.INVALID_POLICY',
    message: '分销设置不正确',
  },
} as const;

export type PolicyErrorKey = keyof typeof COMPLIANCE_ERRORS;
export type PolicyErrorCode = (typeof COMPLIANCE_ERRORS)[PolicyErrorKey]['code'];
