import { Text, View } from '@tarojs/components';
import { formatTime } from '@/components/format-time';
import { useRemote } from '@/hooks/use-remote';
import { listJobFailures } from '@/services/finance';

const JOB_LABELS: Record<string, string> = { settlement: '佣金结算', reconcile: '支付对账', 'activity-timer': '活动到期', jobs: '后台任务' };

/**
 * 后台任务异常: items the timers keep failing on. Each is retried on every run and never blocks the others; one that
 * keeps failing needs someone to look at it. Hidden when there is nothing to show.
 */
export function JobFailuresCard() {
  const failures = useRemote(() => listJobFailures(), 'job-failures');
  const items = failures.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <View id="job-failures" className="card">
      <Text className="admin-card__title">后台任务异常</Text>
      <Text className="admin-note">以下项目在定时任务中处理失败，每次运行都会重试，不影响其他项目；多次失败请联系技术人员。</Text>
      {items.map((f) => (
        <Text key={f.id} className="admin-note">
          {JOB_LABELS[f.job] ?? f.job} · {f.subject === 'run' ? '整次运行' : f.subject} · 失败 {f.count} 次 · 最近 {formatTime(f.lastAt)}：{f.lastError}
        </Text>
      ))}
    </View>
  );
}
