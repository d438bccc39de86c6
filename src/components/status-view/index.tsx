import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export function LoadingView({ text = '加载中…' }: { text?: string }) {
  return (
    <View className="status-view">
      <View className="status-view__spinner" />
      <Text className="status-view__text">{text}</Text>
    </View>
  );
}

/** Every list has one: a friendly line and, where it helps, a way forward. */
export function EmptyState({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <View className="status-view">
      <View className="status-view__empty-icon">
        <View className="status-view__empty-box" />
      </View>
      <Text className="status-view__text">{text}</Text>
      {action ? <View className="status-view__action">{action}</View> : null}
    </View>
  );
}

export function ErrorView({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="status-view">
      <Text className="status-view__text">{message}</Text>
      {onRetry ? (
        <View className="status-view__retry" onClick={onRetry}>
          重试
        </View>
      ) : null}
    </View>
  );
}
