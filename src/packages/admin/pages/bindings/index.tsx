import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import type { BindingView } from '@/contracts/distribution-admin';
import { PAGES } from '@/contracts/pages';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { formatTime } from '@/components/format-time';
import { PageShell } from '@/components/page-shell';
import { EmptyState } from '@/components/status-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { listBindings } from '@/services/distribution-admin';
import '../admin.scss';

const SOURCE_LABELS: Record<BindingView['source'], string> = { scene: '扫码 / 分享', order: '首单绑定', staff: '店员改绑' };

function BindingsContent({ userId, name }: { userId: string; name: string }) {
  const list = usePagedList((cursor) => listBindings({ userId, cursor, limit: 20 }), userId);
  useReachBottom(() => list.loadMore());
  return (
    <View>
      <View className="card">
        <Text className="admin-card__title">{name || userId} 的上级变更</Text>
      </View>
      <PagedListView list={list} empty="没有绑定记录">
        {(b) => (
          <View key={b.id} className="card">
            <View className="admin-kv">
              <Text className="admin-kv__key">{formatTime(b.createdAt)}</Text>
              <Text>{SOURCE_LABELS[b.source]}</Text>
            </View>
            <Text className="admin-note">
              {b.fromSuperiorId ?? '无上级'} → {b.toSuperiorId ?? '无上级'}
              {b.byStaffId ? `（操作人 ${b.byStaffId}）` : ''}
            </Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}

export default function AdminBindingsPage() {
  return (
    <PageShell page={PAGES.adminBindings}>
      {(params) => (params.userId ? <BindingsContent userId={params.userId} name={params.name ?? ''} /> : <EmptyState text="缺少用户" />)}
    </PageShell>
  );
}
