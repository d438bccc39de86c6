import { Text, View } from '@tarojs/components';
import type { AfterSaleView } from '@/contracts/after-sale';
import { formatTime } from '@/components/format-time';
import { ACTOR_LABELS, stepText } from './step-text';
import './index.scss';

/** Every step of an after-sale request, newest first: who did what, when. */
export function AfterSaleTimeline({ request }: { request: AfterSaleView }) {
  const steps = [...request.timeline].reverse();
  return (
    <View id="after-sale-timeline" className="after-sale-timeline">
      {steps.map((step, i) => (
        <View key={`${step.status}-${step.at}-${i}`} className={`after-sale-timeline__step${i === 0 ? ' after-sale-timeline__step--latest' : ''}`}>
          <View className="after-sale-timeline__dot" />
          <View className="after-sale-timeline__body">
            <Text className="after-sale-timeline__text">{stepText(step, request)}</Text>
            <Text className="muted">
              {ACTOR_LABELS[step.actor]} · {formatTime(step.at)}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
