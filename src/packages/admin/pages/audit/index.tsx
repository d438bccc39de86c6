import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { PAGES } from '@/contracts/pages';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { formatTime } from '@/components/format-time';
import { PageShell } from '@/components/page-shell';
import { usePagedList } from '@/hooks/use-paged-list';
import { listAuditLog } from '@/services/staff';
import '../admin.scss';

/** Short JSON of a before/after document, enough to see what changed. */
const brief = (value: unknown) => {
  const text = JSON.stringify(value) ?? '—';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

function AuditContent() {
  const log = usePagedList((cursor) => listAuditLog({ cursor, limit: 20 }), 'audit');
  useReachBottom(() => log.loadMore());
  return (
    <PagedListView list={log} empty="暂无操作记录">
      {(a) => (
        <View key={a.id} className="card">
          <View className="row-between admin-card__head">
            <Text className="admin-card__title">{a.action}</Text>
            <Text className="muted">{formatTime(a.at)}</Text>
          </View>
          <Text className="admin-note">
            {a.actorName} → {a.target}
          </Text>
          <Text className="muted">之前：{brief(a.before)}</Text>
          <Text className="muted">之后：{brief(a.after)}</Text>
        </View>
      )}
    </PagedListView>
  );
}

export default function AdminAuditPage() {
  return <PageShell page={PAGES.adminAudit}>{() => <AuditContent />}</PageShell>;
}
