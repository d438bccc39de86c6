import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { PAGES } from '@/contracts/pages';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { formatTime } from '@/components/format-time';
import { PageShell } from '@/components/page-shell';
import { usePagedList } from '@/hooks/use-paged-list';
import { auditChanges } from '@/domain/audit/audit-changes';
import { listAuditLog } from '@/services/staff';
import { AUDIT_ACTION_LABELS, AUDIT_FIELD_LABELS } from './audit-labels';
import '../admin.scss';

/** At most this many changed fields per entry; the rest are counted. */
const SHOWN_CHANGES = 6;

/** What the action changed, field by field: 「名称：旧 → 新」 (a creation reads 「名称：满100减10」). */
function Changes({ before, after }: { before: unknown; after: unknown }) {
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <Text className="muted">无字段变化</Text>;
  return (
    <View>
      {changes.slice(0, SHOWN_CHANGES).map((c) => (
        <View key={c.field || 'value'} className="muted audit-change">
          {c.field ? `${AUDIT_FIELD_LABELS[c.field] ?? c.field}：` : ''}
          {c.before === '—' && before == null ? c.after : `${c.before} → ${c.after}`}
        </View>
      ))}
      {changes.length > SHOWN_CHANGES ? <View className="muted">另有 {changes.length - SHOWN_CHANGES} 项变化</View> : null}
    </View>
  );
}

function AuditContent() {
  const log = usePagedList((cursor) => listAuditLog({ cursor, limit: 20 }), 'audit');
  useReachBottom(() => log.loadMore());
  return (
    <PagedListView list={log} empty="暂无操作记录">
      {(a) => (
        <View key={a.id} className="card">
          <View className="row-between admin-card__head">
            <Text className="admin-card__title">{AUDIT_ACTION_LABELS[a.action] ?? a.action}</Text>
            <Text className="muted">{formatTime(a.at)}</Text>
          </View>
          <Text className="admin-note">
            {a.actorName} · 对象 {a.target}
          </Text>
          <Changes before={a.before} after={a.after} />
        </View>
      )}
    </PagedListView>
  );
}

export default function AdminAuditPage() {
  return <PageShell page={PAGES.adminAudit}>{() => <AuditContent />}</PageShell>;
}
