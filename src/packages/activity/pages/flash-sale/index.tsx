import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FlashSaleView } from '@/contracts/activities';
import { PAGES } from '@/contracts/pages';
import { toFen } from '@/domain/money/fen';
import { ActivityCheckout } from '@/components/activity-checkout';
import { ResourcePage } from '@/components/resource-page';
import { QuantityStepper } from '@/components/quantity-stepper';
import { EmptyState } from '@/components/status-view';
import { formatTime } from '@/components/format-time';
import { buyFlashSale, getFlashSale } from '@/services/activities';
import { ActivityHero } from '../activity-hero';
import '../activity.scss';

function FlashSale({ sale }: { sale: FlashSaleView }) {
  const [quantity, setQuantity] = useState(1);
  const max = Math.max(1, Math.min(sale.stockLeft, sale.perUserLimit ?? 99));
  return (
    <View className="activity-page">
      <ActivityHero {...sale} badge="限时秒杀">
        <Text className="muted">剩余 {sale.stockLeft} / {sale.stockTotal} 件{sale.perUserLimit ? ` · 每人限购 ${sale.perUserLimit} 件` : ''}</Text>
        <Text className="muted">{formatTime(sale.startAt)} 至 {formatTime(sale.endAt)}</Text>
      </ActivityHero>
      {sale.phase === 'ON' && sale.stockLeft > 0 ? (
        <>
          <View className="card row-between">
            <Text>数量</Text>
            <QuantityStepper value={quantity} min={1} max={max} onChange={setQuantity} />
          </View>
          <ActivityCheckout
            priceFen={toFen(sale.priceFen * quantity)}
            label="立即抢购"
            submit={(requestId, address) => buyFlashSale({ requestId, address, saleId: sale.id, quantity })}
          />
        </>
      ) : (
        <EmptyState text={sale.phase === 'UPCOMING' ? '秒杀尚未开始' : sale.stockLeft <= 0 ? '已抢光' : '秒杀已结束'} />
      )}
    </View>
  );
}

export default function FlashSalePage() {
  return <ResourcePage page={PAGES.flashSale} param="saleId" missing="活动不存在" load={getFlashSale}>{(sale) => <FlashSale sale={sale} />}</ResourcePage>;
}
