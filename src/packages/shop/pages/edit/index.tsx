import { Image, Input, Text, Textarea, View } from '@tarojs/components';
import { useReachBottom, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { MAX_SHOP_INTRO_CHARS, MAX_SHOP_NAME_CHARS, MAX_SHOP_PRODUCTS, type MyShopView, type ShareCode, type ShopImageKind } from '@/contracts/distributor';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { ShareSheet } from '@/components/share-sheet';
import { showError, showInfo } from '@/components/show-error';
import { LoadingView } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { chooseImageBase64 } from '@/services/choose-image-base64';
import { openPage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { listProducts } from '@/services/catalog';
import { createShareCode, getMyShop, setShopProducts, updateMyShop, uploadShopImage } from '@/services/distributor';
import { sharesToChat } from '@/services/runtime';
import './index.scss';

/** Largest side of an uploaded image: a logo is shown at 60 px, a banner full width. */
const MAX_SIDE: Record<ShopImageKind, number> = { logo: 240, banner: 750 };

function ShopImages({ shop, onSaved }: { shop: MyShopView; onSaved: (s: MyShopView) => void }) {
  const [busy, setBusy] = useState<ShopImageKind | null>(null);
  const upload = async (kind: ShopImageKind) => {
    try {
      const image = await chooseImageBase64(MAX_SIDE[kind]);
      if (image === null) return;
      setBusy(kind);
      onSaved(await uploadShopImage({ kind, ...image }));
      showInfo(kind === 'logo' ? '店铺头像已更新' : '店铺横幅已更新');
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <View className="card my-shop__images">
      <Text className="card-title">店铺形象</Text>
      <View id="shop-banner-upload" className="my-shop__banner" onClick={() => void upload('banner')}>
        {shop.bannerUrl ? <Image className="my-shop__banner-img" src={shop.bannerUrl} mode="aspectFill" /> : null}
        <Text className="my-shop__banner-tip">{busy === 'banner' ? '上传中…' : '点击更换横幅'}</Text>
      </View>
      <View className="row my-shop__logo-row">
        <View id="shop-logo-upload" className="my-shop__logo" onClick={() => void upload('logo')}>
          {shop.logoUrl ? <Image id="my-shop-logo" className="my-shop__logo-img" src={shop.logoUrl} mode="aspectFill" /> : <Text>+</Text>}
        </View>
        <Text className="muted">{busy === 'logo' ? '上传中…' : '点击上传店铺头像（PNG / JPG）'}</Text>
      </View>
    </View>
  );
}

function ShopTexts({ shop, onSaved }: { shop: MyShopView; onSaved: (s: MyShopView) => void }) {
  const [name, setName] = useState(shop.name);
  const [intro, setIntro] = useState(shop.intro);
  const [saving, runSaving] = useBusy();
  const save = async () => {
    await runSaving(async () => {
      onSaved(await updateMyShop({ name: name.trim(), intro: intro.trim() }));
      showInfo('已保存');
    });
  };
  return (
    <View className="card">
      <Text className="card-title">店铺信息</Text>
      <View className="my-shop__field">
        <Text className="my-shop__label">店铺名称</Text>
        <Input id="shop-name-input" className="my-shop__input" value={name} maxlength={MAX_SHOP_NAME_CHARS} placeholder="给店铺起个名字" onInput={(e) => setName(e.detail.value)} />
      </View>
      <View className="my-shop__field my-shop__field--top">
        <Text className="my-shop__label">店铺简介</Text>
        <Textarea
          id="shop-intro-input"
          className="my-shop__intro"
          value={intro}
          maxlength={MAX_SHOP_INTRO_CHARS}
          placeholder="一句话介绍你的店（选填）"
          onInput={(e) => setIntro(e.detail.value)}
        />
      </View>
      <Text className="muted">名称和简介需通过内容安全检测后才会展示给顾客</Text>
      <Button id="shop-save" type="primary" block loading={saving} onClick={() => void save()}>
        保存店铺信息
      </Button>
    </View>
  );
}

/** The merchant's catalogue with a tick per product; the picks are saved together, in the order they were ticked. */
function ProductPicker({ shop, onSaved }: { shop: MyShopView; onSaved: (s: MyShopView) => void }) {
  const [picked, setPicked] = useState<string[]>(shop.productIds);
  const [saving, runSaving] = useBusy();
  const catalogue = usePagedList((cursor) => listProducts({ cursor, limit: 20 }), 'catalogue');
  useReachBottom(() => catalogue.loadMore());
  const toggle = (id: string) => {
    if (picked.includes(id)) setPicked(picked.filter((p) => p !== id));
    else if (picked.length >= MAX_SHOP_PRODUCTS) showInfo(`最多选择 ${MAX_SHOP_PRODUCTS} 件商品`);
    else setPicked([...picked, id]);
  };
  const save = async () => {
    await runSaving(async () => {
      const saved = await setShopProducts(picked);
      onSaved(saved);
      setPicked(saved.productIds);
      showInfo('店铺商品已更新');
    });
  };
  return (
    <View className="card">
      <View className="row-between">
        <Text className="card-title">选择店铺商品</Text>
        <Text id="picked-count" className="muted">
          已选 {picked.length} 件
        </Text>
      </View>
      <Text className="muted">总部定价、总部统一发货，你只需挑选和分享</Text>
      {catalogue.loading ? <LoadingView /> : null}
      {catalogue.items.map((p) => {
        const on = picked.includes(p.id);
        return (
          <View key={p.id} id={`pick-${p.id}`} className={`my-shop__pick${on ? ' my-shop__pick--on' : ''}`} onClick={() => toggle(p.id)}>
            <Image className="my-shop__pick-img" src={p.imageUrl} mode="aspectFill" />
            <View className="my-shop__pick-body">
              <Text className="my-shop__pick-title">{p.title}</Text>
              <Price fen={p.priceFen} size="small" />
            </View>
            <View className={`my-shop__check${on ? ' my-shop__check--on' : ''}`}>{on ? '✓' : ''}</View>
          </View>
        );
      })}
      {catalogue.hasMore && !catalogue.loading ? (
        <View className="my-shop__more" onClick={catalogue.loadMore}>
          {catalogue.loadingMore ? '加载中…' : '加载更多商品'}
        </View>
      ) : null}
      <Button id="shop-products-save" type="primary" block loading={saving} onClick={() => void save()}>
        保存店铺商品
      </Button>
    </View>
  );
}

/** The shop poster: the banner (else logo, else the first pick) with the shop's name and intro. */
function posterOf(shop: MyShopView) {
  const imageUrl = shop.bannerUrl ?? shop.logoUrl ?? shop.products[0]?.imageUrl;
  return imageUrl ? { imageUrl, title: shop.intro || `${shop.name}：总部直供好物`, priceFen: null } : undefined;
}

function MyShopContent() {
  const remote = useRemote(getMyShop, 'my-shop');
  const [shop, setShop] = useState<MyShopView | null>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [code, setCode] = useState<ShareCode | null>(null);
  useEffect(() => {
    if (remote.data) setShop(remote.data);
  }, [remote.data]);
  // The mini program asks for the card synchronously, so the shop code (its scene) is made as the page opens.
  useEffect(() => {
    if (sharesToChat()) createShareCode({ kind: 'shop' }).then(setCode, () => undefined);
  }, []);
  useShareAppMessage(() => ({
    title: shop ? `${shop.name} · 好物推荐` : '我的店铺',
    imageUrl: shop?.bannerUrl ?? shop?.logoUrl ?? undefined,
    path: code !== null ? code.sharePath : `/${PAGES.home}`,
  }));

  if (shop === null) return <RemoteView remote={{ ...remote, data: shop }} />;

  const openCode = async () => {
    setSheetOpen(true);
    if (code !== null) return;
    try {
      setCode(await createShareCode({ kind: 'shop' }));
    } catch (err) {
      setSheetOpen(false);
      showError(err);
    }
  };

  return (
    <View className="my-shop">
      <ShopImages shop={shop} onSaved={setShop} />
      <ShopTexts shop={shop} onSaved={setShop} />
      <View className="card row my-shop__actions">
        <Button id="shop-preview" fill="outline" type="primary" onClick={() => void openPage(PAGES.shop, { shopId: shop.shopId })}>
          预览店铺（{shop.products.length} 件）
        </Button>
        <Button id="shop-share" type="primary" onClick={() => void openCode()}>
          分享店铺码
        </Button>
      </View>
      <ProductPicker shop={shop} onSaved={setShop} />
      <ShareSheet
        visible={sheetOpen}
        onClose={() => setSheetOpen(false)}
        title="我的店铺码"
        hint="好友扫码进店并下单，你可获得佣金"
        code={code}
        poster={posterOf(shop)}
      />
    </View>
  );
}

export default function MyShopPage() {
  return <PageShell page={PAGES.myShop}>{() => <MyShopContent />}</PageShell>;
}
