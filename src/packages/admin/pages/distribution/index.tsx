import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView, DistributorAdminView, DistributorListItemView } from '@/contracts/distribution-admin';
import { PAGES } from '@/contracts/pages';
import type { DistributorGrade } from '@/domain/distribution/distribution-policy';
import type { DistributorStatus } from '@/domain/distribution/distributor-lifecycle';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { formatFen } from '@/domain/money/format-fen';
import { getPolicy, listApplications, listDistributors, rebindUser, reviewApplication, setDistributorGrade, setDistributorStatus } from '@/services/distribution-admin';
import { useRemote } from '@/hooks/use-remote';
import '../admin.scss';

type View_ = 'APPLICATIONS' | 'ACTIVE' | 'FROZEN' | 'REVOKED';
const TABS: { value: View_; label: string }[] = [
  { value: 'APPLICATIONS', label: '待审核' },
  { value: 'ACTIVE', label: '正常' },
  { value: 'FROZEN', label: '已冻结' },
  { value: 'REVOKED', label: '已取消' },
];
const STATUS_LABELS: Record<DistributorStatus, string> = { APPLIED: '待审核', ACTIVE: '正常', FROZEN: '已冻结', REJECTED: '已拒绝', REVOKED: '已取消资格' };

function ApplicationRow({ app, onDone }: { app: ApplicationView; onDone: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const approve = async () => {
    if (await runAction('正在提交…', '已通过', () => reviewApplication({ userId: app.userId, approve: true }))) onDone();
  };
  const reject = async () => {
    if (!(await confirmAction('拒绝申请', `拒绝 ${app.application.realName} 的分销商申请？对方可重新申请。`))) return;
    if (await runAction('正在提交…', '已拒绝', () => reviewApplication({ userId: app.userId, approve: false, note: note.trim() || undefined }))) onDone();
  };
  return (
    <View id={`application-${app.userId}`} className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">
          {app.application.realName}（{app.nickname}）
        </Text>
        <Text className="muted">{formatTime(app.appliedAt)}</Text>
      </View>
      <Text className="admin-note">电话：{app.application.phone}</Text>
      <Text className="admin-note">理由：{app.application.reason || '—'}</Text>
      {rejecting ? <TextField id={`reject-note-${app.userId}`} label="拒绝说明" value={note} onChange={setNote} placeholder="选填，申请人可见" /> : null}
      <View className="admin-actions">
        {rejecting ? (
          <Button size="small" type="danger" onClick={() => void reject()}>
            确认拒绝
          </Button>
        ) : (
          <Button size="small" fill="outline" onClick={() => setRejecting(true)}>
            拒绝
          </Button>
        )}
        <Button id={`approve-${app.userId}`} size="small" type="primary" onClick={() => void approve()}>
          通过
        </Button>
      </View>
    </View>
  );
}

/** Change grade (from the policy's grades) and move the distributor with their team under another superior. */
function DistributorTools({ d, grades, onDone }: { d: DistributorAdminView; grades: DistributorGrade[]; onDone: () => void }) {
  const [superior, setSuperior] = useState(d.superiorId ?? '');
  const grade = async (gradeId: string | null) => {
    if (gradeId === d.gradeId) return;
    if (await runAction('正在提交…', '等级已更新', () => setDistributorGrade(d.userId, gradeId))) onDone();
  };
  const rebind = async () => {
    const to = superior.trim() || null;
    const text = to ? `将其（及其整个团队）改绑到 ${to} 之下。` : '解除其上级（其团队随之移动）。';
    if (!(await confirmAction('改绑上级', `${d.nickname}：${text}已付款订单的佣金不受影响。`))) return;
    if (await runAction('正在改绑…', '已改绑', () => rebindUser(d.userId, to))) onDone();
  };
  return (
    <View>
      {grades.length ? (
        <View className="policy__row">
          <Text className="policy__label">等级</Text>
          <View className="policy__chips">
            {[{ id: null as string | null, name: '默认' }, ...grades].map((g) => (
              <View key={g.id ?? 'none'} className={`policy__chip${g.id === d.gradeId ? ' policy__chip--on' : ''}`} onClick={() => void grade(g.id)}>
                {g.name}
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <TextField id={`superior-${d.userId}`} label="上级 openid" value={superior} onChange={setSuperior} placeholder="留空为无上级" maxlength={64} />
      <View className="admin-actions">
        <Button size="small" fill="outline" disabled={(superior.trim() || null) === d.superiorId} onClick={() => void rebind()}>
          改绑上级
        </Button>
      </View>
    </View>
  );
}

function DistributorRow({ d, grades, onDone }: { d: DistributorListItemView; grades: DistributorGrade[]; onDone: () => void }) {
  const [tools, setTools] = useState(false);
  const change = async (to: 'ACTIVE' | 'FROZEN' | 'REVOKED', label: string, warning: string) => {
    if (!(await confirmAction(label, `${d.nickname}（${d.shopName}）：${warning}`))) return;
    if (await runAction('正在提交…', `已${label}`, () => setDistributorStatus(d.userId, to))) onDone();
  };
  return (
    <View id={`distributor-${d.userId}`} className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">{d.shopName}</Text>
        <Text className="admin-status">{STATUS_LABELS[d.status]}</Text>
      </View>
      <Text className="admin-note">
        {d.nickname} · 加入于 {formatTime(d.since)}
        {d.gradeId ? ` · 等级 ${d.gradeId}` : ''}
      </Text>
      <Text id={`distributor-stats-${d.userId}`} className="admin-note">
        团队 直推 {d.team.direct} 人 · 二级 {d.team.level2} 人 · 已结算 {formatFen(d.earnings.settledFen)} · 待结算 {formatFen(d.earnings.pendingFen)}
      </Text>
      <Text className="admin-note">编号 {d.userId}</Text>
      {tools ? <DistributorTools d={d} grades={grades} onDone={onDone} /> : null}
      <View className="admin-actions">
        {d.status === 'REVOKED' ? null : (
          <Button size="small" fill="outline" onClick={() => setTools(!tools)}>
            {tools ? '收起' : '等级 / 上级'}
          </Button>
        )}
        <Button size="small" fill="outline" onClick={() => void openPage(PAGES.adminBindings, { userId: d.userId, name: d.nickname })}>
          绑定记录
        </Button>
        <Button size="small" fill="outline" onClick={() => void openPage(PAGES.adminOrders, { distributorId: d.userId })}>
          推广订单
        </Button>
        {d.status === 'ACTIVE' ? (
          <Button size="small" fill="outline" onClick={() => void change('FROZEN', '冻结', '冻结后仍可获得佣金，但暂停提现。')}>
            冻结
          </Button>
        ) : null}
        {d.status === 'FROZEN' ? (
          <Button size="small" fill="outline" onClick={() => void change('ACTIVE', '解冻', '恢复提现。')}>
            解冻
          </Button>
        ) : null}
        {d.status === 'ACTIVE' || d.status === 'FROZEN' ? (
          <Button size="small" type="danger" onClick={() => void change('REVOKED', '取消资格', '此后不再获得佣金（已获得的仍归其所有），不可恢复。')}>
            取消资格
          </Button>
        ) : null}
      </View>
    </View>
  );
}

function DistributionContent() {
  const [tab, setTab] = useState<View_>('APPLICATIONS');
  const [round, setRound] = useState(0);
  const reload = () => setRound((r) => r + 1);
  const applications = usePagedList((cursor) => (tab === 'APPLICATIONS' ? listApplications({ cursor, limit: 10 }) : Promise.resolve({ items: [], nextCursor: null })), `${tab}-${round}`);
  const distributors = usePagedList(
    (cursor) => (tab === 'APPLICATIONS' ? Promise.resolve({ items: [], nextCursor: null }) : listDistributors({ status: tab, cursor, limit: 10 })),
    `${tab}-${round}`,
  );
  useReachBottom(() => (tab === 'APPLICATIONS' ? applications.loadMore() : distributors.loadMore()));
  const policy = useRemote(getPolicy, 'policy');
  const grades = policy.data?.policy.grades ?? [];
  return (
    <View>
      <FilterTabs idPrefix="distribution-tab" tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'APPLICATIONS' ? (
        <PagedListView list={applications} empty="没有待审核的申请">
          {(a) => <ApplicationRow key={a.userId} app={a} onDone={reload} />}
        </PagedListView>
      ) : (
        <PagedListView list={distributors} empty="暂无分销商">
          {(d) => <DistributorRow key={`${d.userId}-${d.status}-${d.gradeId ?? ''}-${d.superiorId ?? ''}`} d={d} grades={grades} onDone={reload} />}
        </PagedListView>
      )}
    </View>
  );
}

export default function AdminDistributionPage() {
  return <PageShell page={PAGES.adminDistribution}>{() => <DistributionContent />}</PageShell>;
}
