import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '@/hooks/use-paged-list';
import { EmptyState, ErrorView, LoadingView } from '../status-view';
import './index.scss';

/** Loading, error, empty state, the items and "load more": every paged list, staff or shopper, looks the same. */
export function PagedListView<T>({ list, empty, children }: { list: PagedList<T>; empty: string; children: (item: T) => ReactNode }) {
  if (list.loading) return <LoadingView />;
  if (list.error !== null && list.items.length === 0) return <ErrorView message={list.error} onRetry={list.reload} />;
  if (list.items.length === 0) return <EmptyState text={empty} />;
  return (
    <View className="admin-list">
      {list.items.map(children)}
      {list.hasMore ? (
        <View className="admin-list__more" onClick={list.loadMore}>
          {list.loadingMore ? '加载中…' : '加载更多'}
        </View>
      ) : (
        <View className="admin-list__more">— 没有更多了 —</View>
      )}
    </View>
  );
}
