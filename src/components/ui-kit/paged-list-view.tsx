import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '@/hooks/use-paged-list';
import { EmptyState, ErrorView, LoadingView } from '../status-view';
import './index.scss';

/**
 * What a paged list shows instead of its items: the spinner, the error with 重试 (only while nothing is shown), or its
 * empty state (a text, or the page's own); null once there are items to show.
 */
export function listStatus<T>(list: PagedList<T>, empty: string | ReactNode): ReactNode | null {
  if (list.loading) return <LoadingView />;
  if (list.error !== null && list.items.length === 0) return <ErrorView message={list.error} onRetry={list.reload} />;
  if (list.items.length === 0) return typeof empty === 'string' ? <EmptyState text={empty} /> : empty;
  return null;
}

/** Loading, error, empty state, the items and "load more": every paged list, staff or shopper, looks the same. */
export function PagedListView<T>({ list, empty, children }: { list: PagedList<T>; empty: string; children: (item: T) => ReactNode }) {
  const status = listStatus(list, empty);
  if (status !== null) return status;
  return (
    <View className="admin-list">
      {list.items.map(children)}
      <ListMore list={list} className="admin-list__more" />
    </View>
  );
}

/** The foot of a paged list: 加载更多 (加载中… while it loads), or that there is no more. */
export function ListMore<T>({ list, className }: { list: PagedList<T>; className: string }) {
  return list.hasMore ? (
    <View className={className} onClick={list.loadMore}>
      {list.loadingMore ? '加载中…' : '加载更多'}
    </View>
  ) : (
    <View className={className}>— 没有更多了 —</View>
  );
}
