import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import type { FinanceWithdrawalView } from '@/contracts/finance';
import { PAGES } from '@/contracts/pages';
import type { WithdrawalStatus } from '@/domain/withdrawal/withdrawal-lifecycle';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { formatFen } from '@/domain/money/format-fen';
import { usePagedList } from '@/hooks/use-paged-list';
import { approveWithdrawal, listWithdrawals, rejectWithdrawal, retryWithdrawal } from '@/services/finance';
import { JobFailuresCard } from './job-failures-card';
import { LedgerCheckCard } from './ledger-check-card';
import { PaymentAlertsCard } from './payment-alerts-card';
import { WITHDRAWAL_METHOD_LABELS, WITHDRAWAL_STATUS_LABELS_FOR_STAFF } from '@/components/labels';
import '../admin.scss';

const TABS: { value: WithdrawalStatus | null; label: string }[] = [
  { value: 'REQUESTED', label: '待审核' },
  { value: 'FAILED', label: '打款失败' },
  { value: 'PAID', label: '已打款' },
  { value: 'REJECTED', label: '已驳回' },
  { value: null, label: '全部' },
];

function WithdrawalRow({ w, onDone }: { w: FinanceWithdrawalView; onDone: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const approve = async () => {
    const how = w.method === 'MANUAL' ? '请确认已线下打款给对方。' : `将通过${WITHDRAWAL_METHOD_LABELS[w.method]}打款 ${formatFen(w.netFen)}。`;
    if (!(await confirmAction('通过提现', `${w.nickname} 提现 ${formatFen(w.amountFen)}：${how}`))) return;
    if (await runAction('正在打款…', '已处理', () => approveWithdrawal(w.id))) onDone();
  };
  const reject = async () => {
    if (!(await confirmAction('驳回提现', `驳回后 ${formatFen(w.amountFen)} 退回对方可提现余额。`))) return;
    if (await runAction('正在提交…', '已驳回', () => rejectWithdrawal(w.id, reason.trim()))) onDone();
  };
  const retry = async () => {
    if (!(await confirmAction('重新打款', `再次向 ${w.nickname} 打款 ${formatFen(w.netFen)}？`))) return;
    if (await runAction('正在打款…', '已处理', () => retryWithdrawal(w.id))) onDone();
  };
  return (
    <View id={`withdrawal-${w.id}`} className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">
          {w.nickname} · {WITHDRAWAL_METHOD_LABELS[w.method]}
        </Text>
        <Text className="admin-status withdrawal-status">{WITHDRAWAL_STATUS_LABELS_FOR_STAFF[w.status]}</Text>
      </View>
      <View className="admin-kv">
        <Text className="admin-kv__key">金额 / 手续费 / 实到</Text>
        <Text>
          <Price fen={w.amountFen} size="small" /> / {formatFen(w.feeFen)} / {formatFen(w.netFen)}
        </Text>
      </View>
      {w.account ? <Text className="admin-note">收款账户：{w.account}</Text> : null}
      <Text className="admin-note">
        对方可提现余额 {formatFen(w.payeeAvailableFen)}
        {w.payeeDebtFen > 0 ? `（退款冲回欠款 ${formatFen(w.payeeDebtFen)}，补足前不能打款）` : ''}
      </Text>
      <Text className="admin-note">申请于 {formatTime(w.requestedAt)}</Text>
      {w.rejectReason ? <Text className="admin-note">驳回理由：{w.rejectReason}</Text> : null}
      {w.failureReason ? <Text className="admin-note">失败原因：{w.failureReason}</Text> : null}
      {rejecting ? <TextField id={`reject-reason-${w.id}`} label="驳回理由" value={reason} onChange={setReason} placeholder="必填，对方可见" /> : null}
      {w.status === 'REQUESTED' ? (
        <View className="admin-actions">
          {rejecting ? (
            <Button size="small" type="danger" disabled={!reason.trim()} onClick={() => void reject()}>
              确认驳回
            </Button>
          ) : (
            <Button size="small" fill="outline" onClick={() => setRejecting(true)}>
              驳回
            </Button>
          )}
          <Button id={`approve-${w.id}`} size="small" type="primary" onClick={() => void approve()}>
            通过并打款
          </Button>
        </View>
      ) : null}
      {w.status === 'FAILED' || w.status === 'APPROVED' ? (
        <View className="admin-actions">
          <Button id={`retry-${w.id}`} size="small" type="primary" onClick={() => void retry()}>
            重新打款
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function FinanceContent() {
  const [status, setStatus] = useState<WithdrawalStatus | null>('REQUESTED');
  const [round, setRound] = useState(0);
  const list = usePagedList((cursor) => listWithdrawals({ ...(status ? { status } : {}), cursor, limit: 10 }), `${status ?? 'ALL'}-${round}`);
  useReachBottom(() => list.loadMore());
  return (
    <View>
      <PaymentAlertsCard />
      <LedgerCheckCard />
      <JobFailuresCard />
      <FilterTabs idPrefix="withdrawal-filter" tabs={TABS} value={status} onChange={setStatus} />
      <PagedListView list={list} empty="暂无相关提现">
        {(w) => <WithdrawalRow key={w.id} w={w} onDone={() => setRound((r) => r + 1)} />}
      </PagedListView>
    </View>
  );
}

export default function AdminFinancePage() {
  return <PageShell page={PAGES.adminFinance}>{() => <FinanceContent />}</PageShell>;
}
