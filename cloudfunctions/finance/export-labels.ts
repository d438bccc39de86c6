import type { CommissionEntryKind, CommissionEntryStatus } from '../../src/domain/commission/commission-entry-lifecycle';
import type { WithdrawalMethod } from '../../src/domain/distribution/distribution-policy';
import type { WithdrawalStatus } from '../../src/domain/withdrawal/withdrawal-lifecycle';

/** Chinese labels for the finance CSV exports (the codes stay in their own column for filtering). */
export const ENTRY_KIND_LABELS: Record<CommissionEntryKind, string> = { COMMISSION: '佣金', REVERSAL: '冲正', CLAWBACK: '追回' };
export const ENTRY_STATUS_LABELS: Record<CommissionEntryStatus, string> = { PENDING: '待结算', SETTLED: '已结算', WITHDRAWN: '已提现', REVERSED: '已失效' };
export const WITHDRAWAL_STATUS_LABELS: Record<WithdrawalStatus, string> = { REQUESTED: '待审核', APPROVED: '打款中', PAID: '已打款', REJECTED: '已驳回', FAILED: '打款失败' };
export const METHOD_LABELS: Record<WithdrawalMethod, string> = { WECHAT_CHANGE: '微信零钱', BANK_CARD: '银行卡', MANUAL: '线下打款' };
