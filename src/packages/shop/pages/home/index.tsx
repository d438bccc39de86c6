import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import type { ShopView } from '@/contracts/distributor';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { ProductCard } from '@/components/product-card';
import { EmptyState, ErrorView, LoadingView } from '@/components/status-view';
import { openPage, type PageParams } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { useShopProfile } from '@/hooks/use-shop-profile';
import { getShop } from '@/services/distributor';
import './index.scss';

function ShopHeader({ shop }: { shop: ShopView }) {
  return (
    <View className="shop-head">
      {shop.bannerUrl ? <Image id="shop-banner" className="shop-head__banner" src={shop.bannerUrl} mode="aspectFill" /> : <View className="shop-head__banner shop-head__banner--plain" />}
      <View className="shop-head__card">
        {shop.logoUrl ? (
          <Image id="shop-logo" className="shop-head__logo" src={shop.logoUrl} mode="aspectFill" />
        ) : (
          <View className="shop-head__logo shop-head__logo--plain">{Array.from(shop.name)[0] ?? '店'}</View>
        )}
        <View className="shop-head__text">
          <Text id="shop-name" className="shop-head__name">
            {shop.name}
          </Text>
          {shop.intro ? <Text className="shop-head__intro">{shop.intro}</Text> : null}
          <Text className="muted">总部直供 · 总部统一发货</Text>
        </View>
      </View>
    </View>
  );
}

/** A distributor's shop as any visitor sees it: their picks at HQ prices; tapping one opens the ordinary product page. */
function ShopContent({ params }: { params: PageParams }) {
  const shopId = params.shopId ?? '';
  const shop = useRemote(() => getShop(shopId), shopId);
  const shopName = shop.data?.name;
  const mall = useShopProfile();
  useEffect(() => {
    if (shopName) void Taro.setNavigationBarTitle({ title: shopName });
  }, [shopName]);

  if (shop.data === null) {
    if (shop.error !== null) {
      return (
        <EmptyState
          text={shop.error}
          action={
            <Button type="primary" size="small" onClick={() => void openPage(PAGES.home)}>
              去商城逛逛
            </Button>
          }
        />
      );
    }
    return <LoadingView />;
  }
  const { products } = shop.data;
  return (
    <View className="shop">
      <ShopHeader shop={shop.data} />
      <Text className="shop__section">店主精选 · {products.length} 件</Text>
      {products.length === 0 ? (
        <EmptyState text="店主还没有上架商品，去商城看看吧" />
      ) : (
        <View id="shop-products" className="shop__grid">
          {products.map((p) => (
            <View key={p.id} id={`shop-product-${p.id}`} className="shop__cell">
              <ProductCard product={p} />
            </View>
          ))}
        </View>
      )}
      {shop.error !== null ? <ErrorView message={shop.error} onRetry={shop.reload} /> : null}
      {/* A shop code lands here with no page behind it: the way on to the whole mall. */}
      <View id="shop-go-home" className="shop__home" onClick={() => void openPage(PAGES.home)}>
        逛逛{mall.shopName}全部商品 ›
      </View>
    </View>
  );
}

export default function ShopPage() {
  return <PageShell page={PAGES.shop}>{(params) => <ShopContent params={params} />}</PageShell>;
}
