import { Image, Text, Textarea, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { AddressInput } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { priceWithoutPromotions } from '@/domain/pricing/price-without-promotions';
import { chargeForDelivery } from '@/domain/o2o/charge-for-delivery';
import { regionLabel } from '@/domain/o2o/region';
import { DeliveryPicker, type DeliveryChoice } from '@/components/delivery-picker';
import { Button } from '@/components/nut/button';
import { CheckoutPromotions, useCheckoutPreview } from '@/components/checkout-promotions';
import { PageShell } from '@/components/page-shell';
import { GoodsAndShipping } from '@/components/goods-and-shipping';
import { Price } from '@/components/price';
import { showError } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { openPage, replacePage, type PageParams } from '@/hooks/navigation';
import { linePreviewOf, readCart, removeFromCart, type LinePreview } from '@/hooks/use-cart';
import { readLastAddress, saveLastAddress, takePickedAddress } from '@/hooks/use-last-address';
import { newRequestId } from '@/services/request-id';
import { paysOnSimulatedPage } from '@/services/runtime';
import { AddressFields, checkAddress } from '@/components/address-fields';
import { useRemote } from '@/hooks/use-remote';
import { getProduct } from '@/services/catalog';
import { listAddresses } from '@/services/member';
import { createOrder } from '@/services/orders';
import { payOrder } from '@/services/pay-order';
import './index.scss';

type CheckoutLine = LinePreview;

interface CheckoutSource {
  lines: CheckoutLine[];
  fromCart: boolean;
}

/** "立即购买" passes one SKU in the URL; "去结算" passes `from=cart` and the selected cart lines are used. */
async function loadSource(params: PageParams): Promise<CheckoutSource> {
  if (params.from === 'cart') {
    const lines = readCart().filter((l) => l.selected);
    return { lines, fromCart: true };
  }
  const { productId, skuId } = params;
  const quantity = Number(params.quantity ?? '1');
  if (!productId || !skuId) return { lines: [], fromCart: false };
  const product = await getProduct(productId);
  const sku = product.skus.find((s) => s.id === skuId);
  if (!sku) return { lines: [], fromCart: false };
  return {
    lines: [
      linePreviewOf(product, sku, Number.isInteger(quantity) && quantity > 0 ? quantity : 1),
    ],
    fromCart: false,
  };
}

/**
 * The address book at checkout: the book's default fills an empty form on arrival (a device's last address wins), and
 * the address chosen in the book (地址簿 ›) replaces the form when the shopper comes back.
 */
function useBookAddress(setAddress: (next: (current: AddressInput) => AddressInput) => void): void {
  useEffect(() => {
    if (readLastAddress().name) return;
    listAddresses().then(
      (book) => {
        const d = book.find((a) => a.isDefault);
        // Typed already while the book was loading: what the shopper typed stays.
        if (d) setAddress((current) => (current.name || current.phone || current.detail ? current : { name: d.name, phone: d.phone, region: d.region, detail: d.detail }));
      },
      () => undefined,
    );
  }, [setAddress]);
  useDidShow(() => {
    const picked = takePickedAddress();
    if (picked) setAddress(() => picked);
  });
}

function CheckoutForm({ source }: { source: CheckoutSource }) {
  const [address, setAddress] = useState<AddressInput>(readLastAddress);
  useBookAddress(setAddress);
  const [remark, setRemark] = useState('');
  const [delivery, setDelivery] = useState<DeliveryChoice>({ kind: 'EXPRESS' });
  const pickup = delivery.kind === 'PICKUP' ? delivery.store : null;
  const [submitting, setSubmitting] = useState(false);
  const requestId = useRef(newRequestId('ck')).current;
  const inFlight = useRef(false);
  // The server's preview (member price, 满减, coupon, points) is what createOrder charges; list prices until it arrives.
  const promotions = useCheckoutPreview(source.lines);
  const pricedGoods = promotions.preview ?? priceWithoutPromotions(source.lines.map((l) => ({ ...l, lineId: l.skuId })), Date.now());
  // Pickup drops the shipping fee exactly as the server does (chargeForDelivery), so the preview and the charge agree.
  const priced = { ...pricedGoods, ...chargeForDelivery(delivery.kind, pricedGoods) };

  const submit = async () => {
    if (inFlight.current) return;
    // Pickup needs only who collects: the address fields are filled with the store's (the server ignores them).
    const target = pickup ? { ...address, region: regionLabel(pickup.region), detail: `门店自提：${pickup.name}` } : address;
    const problem = checkAddress(target);
    if (problem) {
      void Taro.showToast({ title: problem, icon: 'none' });
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      const clean = { name: target.name.trim(), phone: target.phone, region: target.region.trim(), detail: target.detail.trim() };
      const order = await createOrder({
        requestId,
        lines: source.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
        address: clean,
        delivery: pickup ? { kind: 'PICKUP', storeId: pickup.id } : { kind: 'EXPRESS' },
        ...(remark.trim() ? { remark: remark.trim() } : {}),
        ...(promotions.choice.couponId ? { couponId: promotions.choice.couponId } : {}),
        ...(promotions.choice.usePoints ? { usePoints: true } : {}),
      });
      if (!pickup) saveLastAddress(clean);
      if (source.fromCart) removeFromCart(source.lines.map((l) => l.skuId));
      if (paysOnSimulatedPage()) {
        await replacePage(PAGES.pay, { orderId: order.id });
      } else {
        // WeChat Pay right away; closing the cashier leaves the order unpaid on its detail page (pay again there).
        const outcome = await payOrder(order.id).catch((err: unknown) => (showError(err), 'cancelled' as const));
        await replacePage(outcome === 'simulated' ? PAGES.pay : PAGES.order, { orderId: order.id });
      }
    } catch (err) {
      showError(err);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  return (
    <View className="checkout with-bottom-bar">
      <DeliveryPicker value={delivery} onChange={setDelivery} />
      <View className="card">
        <View className="row-between">
          <Text className="card-title">{pickup ? '提货人' : '收货地址'}</Text>
          <Text id="checkout-address-book" className="checkout__book-link" onClick={() => void openPage(PAGES.addresses, { select: '1' })}>
            地址簿 ›
          </Text>
        </View>
        <AddressFields address={address} onChange={setAddress} {...(pickup ? { only: ['name', 'phone'] as const } : {})} />
      </View>

      <View className="card">
        <Text className="card-title">商品清单</Text>
        {source.lines.map((l) => (
          <View key={l.skuId} className="checkout-line">
            <Image className="checkout-line__image" src={l.imageUrl} mode="aspectFill" />
            <View className="checkout-line__body">
              <Text className="checkout-line__title">{l.title}</Text>
              <Text className="muted">{l.specs}</Text>
              <View className="row-between checkout-line__foot">
                <Price fen={l.unitPriceFen} size="small" />
                <Text className="muted">×{l.quantity}</Text>
              </View>
            </View>
          </View>
        ))}
        <GoodsAndShipping goodsFen={priced.goodsListFen} shippingFen={priced.shippingFen} rowClassName="checkout__sum" shipped={!pickup} />
      </View>

      {promotions.preview ? <CheckoutPromotions preview={promotions.preview} choice={promotions.choice} onChange={promotions.setChoice} /> : null}

      <View className="card">
        <Text className="card-title">订单备注</Text>
        <Textarea
          id="order-remark"
          className="checkout__remark"
          value={remark}
          maxlength={200}
          placeholder="选填：给商家留言"
          onInput={(e) => setRemark(e.detail.value)}
        />
      </View>

      <View className="bottom-bar">
        <View className="checkout__total">
          <Text>合计：</Text>
          <Price id="checkout-total" fen={priced.totalFen} size="large" />
        </View>
        <Button id="submit-order" type="primary" loading={submitting} disabled={submitting} onClick={() => void submit()}>
          提交订单
        </Button>
      </View>
    </View>
  );
}

function CheckoutContent({ params }: { params: PageParams }) {
  const source = useRemote(() => loadSource(params), JSON.stringify(params));
  if (source.data === null) return <RemoteView remote={source} />;
  if (source.data.lines.length === 0) {
    return <EmptyState text="没有要结算的商品" action={<Button type="primary" size="small" onClick={() => void openPage(PAGES.home)}>去逛逛</Button>} />;
  }
  return <CheckoutForm source={source.data} />;
}

export default function CheckoutPage() {
  return <PageShell page={PAGES.checkout}>{(params) => <CheckoutContent params={params} />}</PageShell>;
}
