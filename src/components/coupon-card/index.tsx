import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CouponRule, CouponScope } from '@/domain/promotions/coupon';
import { formatFen } from '@/domain/money/format-fen';
import { describeCouponRule, describeCouponScope, formatDay, lastDay } from './describe';
import './index.scss';

/** One coupon face: value, rule, scope, validity, and an action or state on the right. */
export function CouponCard(props: {
  id?: string;
  name: string;
  rule: CouponRule;
  scope: CouponScope;
  validFrom: string;
  validTo: string;
  dimmed?: boolean;
  note?: string | null;
  selected?: boolean;
  onClick?: () => void;
  action?: ReactNode;
}) {
  const { rule } = props;
  // The face is an amount of money like every other on the page (¥5.00); the rule line keeps the short 满100减10.
  const face = rule.kind === 'FIXED' ? formatFen(rule.amountFen) : `${(10000 - rule.offBps) / 1000}折`;
  return (
    <View
      id={props.id}
      className={`coupon-card${props.dimmed ? ' coupon-card--dimmed' : ''}${props.selected ? ' coupon-card--selected' : ''}`}
      onClick={props.onClick}
    >
      <View className="coupon-card__face">
        <Text className="coupon-card__value">{face}</Text>
        <Text className="coupon-card__rule">{describeCouponRule(rule)}</Text>
      </View>
      <View className="coupon-card__body">
        <Text className="coupon-card__name">{props.name}</Text>
        <Text className="muted">{describeCouponScope(props.scope)}</Text>
        <Text className="muted">
          {formatDay(props.validFrom)} 至 {lastDay(props.validTo)}
        </Text>
        {props.note ? <Text className="coupon-card__note">{props.note}</Text> : null}
      </View>
      {props.action ? <View className="coupon-card__action">{props.action}</View> : null}
    </View>
  );
}
