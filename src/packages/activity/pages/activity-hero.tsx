import { Image, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ActivityPhase } from '@/contracts/activities';
import { ACTIVITY_PHASE_LABELS } from '@/components/labels';
import type { Fen } from '@/domain/money/fen';
import { Price } from '@/components/price';


/** The product, its activity price against the list price, and the activity's state. */
export function ActivityHero(props: { imageUrl: string; title: string; specs: string; priceFen: Fen; listPriceFen: Fen; phase: ActivityPhase; badge: string; children?: ReactNode }) {
  return (
    <View className="card activity-hero">
      <Image className="activity-hero__image" src={props.imageUrl} mode="aspectFill" />
      <View className="activity-hero__body">
        <Text className="activity-hero__title">{props.title}</Text>
        <Text className="muted">{props.specs}</Text>
        <View>
          <Text className="activity-badge">
            {props.badge} · {ACTIVITY_PHASE_LABELS[props.phase]}
          </Text>
        </View>
        <View className="row">
          <Price id="activity-price" fen={props.priceFen} size="large" />
          <Price fen={props.listPriceFen} size="small" muted />
        </View>
        {props.children}
      </View>
    </View>
  );
}
