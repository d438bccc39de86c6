import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { AddressInput, OrderView } from '@/contracts/orders';
import { PAGES, type PagePath } from '@/contracts/pages';
import type { Fen } from '@/domain/money/fen';
import { Button } from '@/components/nut/button';
import { AddressFields, checkAddress } from '@/components/address-fields';
import { Price } from '@/components/price';
import { showError } from '@/components/show-error';
import { replacePage, type PageParams } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { readLastAddress, saveLastAddress } from '@/hooks/use-last-address';
import { payOrder } from '@/services/pay-order';
import { newRequestId } from '@/services/request-id';
import './index.scss';

interface Props {
  /** What the buyer pays (the server prices it again; this is the preview). */
  priceFen: Fen;
  label: string;
  /** Creates the activity order on the server. */
  submit: (requestId: string, address: AddressInput) => Promise<OrderView>;
  /** Where to go once WeChat's cashier succeeds (default: the order). Locally the simulated pay page comes first. */
  after?: (order: OrderView) => { page: PagePath; params: PageParams };
}

/** The address and the pay button of an activity purchase (秒杀 / 拼团 / 砍价): order, then WeChat Pay. */
export function ActivityCheckout({ priceFen, label, submit, after }: Props) {
  const [address, setAddress] = useState<AddressInput>(readLastAddress);
  const [busy, runBusy] = useBusy();
  const requestId = useRef(newRequestId('act'));

  const go = async () => {
    const problem = checkAddress(address);
    if (problem) return showError(new Error(problem));
    await runBusy(async () => {
      const clean = { name: address.name.trim(), phone: address.phone, region: address.region.trim(), detail: address.detail.trim() };
      const order = await submit(requestId.current, clean);
      saveLastAddress(clean);
      const outcome = await payOrder(order.id).catch((err: unknown) => (showError(err), 'cancelled' as const));
      const next = after?.(order) ?? { page: PAGES.order, params: { orderId: order.id } };
      await (outcome === 'simulated' ? replacePage(PAGES.pay, { orderId: order.id }) : replacePage(next.page, next.params));
    });
  };

  return (
    <View className="activity-checkout">
      <View className="card">
        <Text className="card-title">收货地址</Text>
        <AddressFields address={address} onChange={setAddress} />
      </View>
      <View className="row-between activity-checkout__bar">
        <Price id="activity-pay-amount" fen={priceFen} size="large" />
        <Button id="activity-submit" type="primary" loading={busy} disabled={busy} onClick={() => void go()}>
          {label}
        </Button>
      </View>
    </View>
  );
}
