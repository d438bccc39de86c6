import { Text, View } from '@tarojs/components';
import type { OrderView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { orderActivityTags } from '@/domain/promotions/order-activity-tags';
import { Tag } from '@/components/nut/tag';
import { openPage } from '@/hooks/navigation';
import './index.scss';

const GROUP_COLORS = { SUCCEEDED: '#1a9e52', FAILED: '#5c6066', GROUPING: '#fa2c19' } as const;

/**
 * 秒杀 / 拼团 / 砍价 tags on an order; a 拼团 order also shows its group's state, and `withGroupLink` adds a way to
 * the 拼团详情 page once the order holds a place. Renders nothing for an ordinary order.
 */
export function OrderActivityTag({ order, withGroupLink = false }: { order: Pick<OrderView, 'id' | 'status' | 'activity'>; withGroupLink?: boolean }) {
  const a = order.activity;
  if (!a) return null;
  const tags = orderActivityTags(a, order.status);
  const groupId = a.groupId;
  return (
    <View id={`order-activity-${order.id}`} className="order-activity-tag">
      <Tag background="#fdecea" color="#fa2c19" round>
        {tags.kind}
      </Tag>
      {tags.group && a.groupState ? (
        <Tag className="order-activity-tag__group" background="#f0f1f4" color={GROUP_COLORS[a.groupState]} round>
          {tags.group}
        </Tag>
      ) : null}
      {withGroupLink && groupId ? (
        <Text
          className="order-activity-tag__link"
          onClick={(e) => {
            e.stopPropagation();
            void openPage(PAGES.group, { groupId });
          }}
        >
          查看拼团 ›
        </Text>
      ) : null}
    </View>
  );
}
