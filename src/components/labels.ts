import type { CommissionState, LineSkipReason, WithdrawalMethod, WithdrawalStatus } from '@/contracts/commission';
import type { ActivityPhase } from '@/contracts/activities';
import { AGENT_LEVEL } from '@/domain/o2o/agent-commission';

/** The Chinese words for stored states and kinds, one map each, for every page that shows them. */

export const ENTRY_STATE_LABELS: Record<CommissionState, string> = {
  PENDING: '待结算',
  SETTLED: '已结算',
  WITHDRAWN: '已提现',
  REVERSED: '已失效',
};

const LEVEL_LABELS: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级', [AGENT_LEVEL]: '区域代理' };

/** A commission level (1-based; AGENT_LEVEL is a regional agent's commission) in words: 一级, 二级, 三级, 区域代理. */
export const levelLabel = (level: number): string => LEVEL_LABELS[level] ?? `${level}级`;

/** "Why no commission", in the distributor's words. */
export const SKIP_REASONS: Record<LineSkipReason, string> = {
  NO_ANCESTOR: '这一级没有上级',
  NOT_DISTRIBUTOR: '下单时你还不是分销商',
  REVOKED: '下单时你的分销资格已被撤销',
  BINDING_LAPSED: '下单时与顾客的绑定关系已过期',
  NO_COMMISSION_PRODUCT: '该商品不参与分佣',
  ROUNDS_TO_ZERO: '佣金不足 1 分',
  LINE_CAP_REACHED: '该商品佣金已由下级分完',
};

export const WITHDRAWAL_METHOD_LABELS: Record<WithdrawalMethod, string> = {
  WECHAT_CHANGE: '微信零钱',
  BANK_CARD: '银行卡',
  MANUAL: '线下打款',
};

/** A withdrawal's state as the distributor who asked for it reads it. */
export const WITHDRAWAL_STATUS_LABELS: Record<WithdrawalStatus, string> = {
  REQUESTED: '审核中',
  APPROVED: '已通过，打款中',
  PAID: '已到账',
  REJECTED: '已驳回',
  FAILED: '打款失败',
};

/** The same states as staff work them (the review queue). */
export const WITHDRAWAL_STATUS_LABELS_FOR_STAFF: Record<WithdrawalStatus, string> = { REQUESTED: '待审核', APPROVED: '打款中', PAID: '已打款', REJECTED: '已驳回', FAILED: '打款失败' };

export const ACTIVITY_PHASE_LABELS: Record<ActivityPhase, string> = { UPCOMING: '未开始', ON: '进行中', ENDED: '已结束' };

/** 评价 stars in words, 1 to 5 (index 0 unused). */
export const RATING_LABELS: readonly string[] = ['', '非常差', '差', '一般', '满意', '非常满意'];
