import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProductDetail, SkuView } from '@/contracts/catalog';
import type { ShareCode } from '@/contracts/distributor';
import { PAGES } from '@/contracts/pages';
import { formatFen } from '@/domain/money/format-fen';
import { Button } from '@/components/nut/button';
import cartIcon from '@/components/tab-icons/cart.png';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { ProductReviews } from '@/components/product-reviews';
import { QuantityStepper } from '@/components/quantity-stepper';
import { ShareSheet } from '@/components/share-sheet';
import { CustomerServiceButton } from '@/components/customer-service';
import { FavouriteHeart } from '@/components/favourite-heart';
import { showError, showInfo } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { openPage, pageUrl } from '@/hooks/navigation';
import { addToCart, linePreviewOf, MAX_LINE_QUANTITY } from '@/hooks/use-cart';
import { useRemote } from '@/hooks/use-remote';
import { useShopProfile } from '@/hooks/use-shop-profile';
import { getProduct } from '@/services/catalog';
import { createShareCode } from '@/services/distributor';
import { sharesToChat } from '@/services/runtime';
import './index.scss';

function maxQuantity(sku: SkuView | undefined): number {
  return sku ? Math.max(1, Math.min(MAX_LINE_QUANTITY, sku.stock)) : 1;
}

/** The share card's title: the product, and the shop it comes from. */
function shareTitle(productTitle: string, shopName: string): string {
  return `${productTitle}｜${shopName}`;
}

function withLeadingSlash(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

function ProductView({ product }: { product: ProductDetail }) {
  const [skuId, setSkuId] = useState(product.skus[0]?.id ?? '');
  const [quantity, setQuantity] = useState(1);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [code, setCode] = useState<ShareCode | null>(null);
  const codeRequest = useRef<Promise<ShareCode> | null>(null);
  const sku = product.skus.find((s) => s.id === skuId) ?? product.skus[0];
  const soldOut = !sku || sku.stock <= 0;
  // 分享赚 follows the chosen SKU (each SKU may earn differently); the product's figure is the cheapest SKU's.
  const shareEarnFen = sku ? sku.shareEarnFen : product.shareEarnFen;
  const shop = useShopProfile();
  const isDistributor = shareEarnFen !== null;
  const images = product.images.length > 0 ? product.images : [product.imageUrl];

  const productId = product.id;
  const ensureCode = useCallback((): Promise<ShareCode> => {
    codeRequest.current ??= createShareCode({ kind: 'product', productId }).then(
      (made) => {
        setCode(made);
        return made;
      },
      (err: unknown) => {
        codeRequest.current = null;
        throw err;
      },
    );
    return codeRequest.current;
  }, [productId]);

  // In the mini program the share card must carry the distributor's scene, so make the code before the user taps ···.
  useEffect(() => {
    if (sharesToChat() && isDistributor) ensureCode().catch(() => undefined);
  }, [isDistributor, ensureCode]);

  useShareAppMessage(() => ({
    title: shareTitle(product.title, shop.shopName),
    imageUrl: product.imageUrl,
    path: code !== null ? withLeadingSlash(code.sharePath) : pageUrl(PAGES.product, { productId: product.id }),
  }));

  const openShare = () => {
    setSheetOpen(true);
    ensureCode().catch((err: unknown) => {
      setSheetOpen(false);
      showError(err);
    });
  };

  const chooseSku = (next: SkuView) => {
    setSkuId(next.id);
    setQuantity((q) => Math.min(q, maxQuantity(next)));
  };

  const addLine = () => {
    if (!sku) return;
    addToCart(linePreviewOf(product, sku, quantity));
    showInfo('已加入购物车');
  };

  const buyNow = () => {
    if (!sku) return;
    void openPage(PAGES.checkout, { productId: product.id, skuId: sku.id, quantity: String(quantity) });
  };

  return (
    <View className="product with-bottom-bar">
      <Swiper className="product__gallery" indicatorDots={images.length > 1} circular={images.length > 1} indicatorActiveColor="#fa2c19">
        {images.map((src) => (
          <SwiperItem key={src}>
            <Image
              className="product__image"
              src={src}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ current: src, urls: images })}
            />
          </SwiperItem>
        ))}
      </Swiper>

      <View className="card product__summary">
        <View className="row-between">
          <View className="row product__price-row">
            {sku ? <Price id="product-price" fen={sku.priceFen} size="large" /> : null}
          </View>
          {shareEarnFen !== null ? (
            <View className="product__share" onClick={openShare}>
              <Text id="share-earn" className="product__share-earn">
                分享赚 {formatFen(shareEarnFen)}
              </Text>
              <View id="share-button" className="product__share-button">
                分享
              </View>
            </View>
          ) : null}
        </View>
        <Text id="product-title" className="product__title">
          {product.title}
        </Text>
        {product.subtitle ? <Text className="product__subtitle">{product.subtitle}</Text> : null}
        <Text id="product-sold" className="muted">{`已售 ${product.soldCount}`}</Text>
      </View>

      <View className="card">
        <Text className="card-title">规格</Text>
        <View className="product__skus">
          {product.skus.map((s) => (
            <View
              key={s.id}
              className={`product__sku${s.id === sku?.id ? ' product__sku--active' : ''}${s.stock <= 0 ? ' product__sku--out' : ''}`}
              onClick={() => chooseSku(s)}
            >
              {s.specs}
            </View>
          ))}
        </View>
        <View className="row-between product__qty">
          <View className="row">
            <Text>数量</Text>
            {sku ? <Text className="muted product__stock">{sku.stock > 0 ? `库存 ${sku.stock}` : '已售罄'}</Text> : null}
          </View>
          <QuantityStepper
            value={quantity}
            max={maxQuantity(sku)}
            onChange={setQuantity}
            plusId="qty-plus"
            minusId="qty-minus"
            valueId="qty-value"
          />
        </View>
      </View>

      <ProductReviews productId={product.id} />

      <View className="card">
        <Text className="card-title">商品详情</Text>
        <Text className="product__desc">{product.description || '暂无详细介绍'}</Text>
      </View>

      <View className="bottom-bar">
        <FavouriteHeart productId={product.id} />
        <CustomerServiceButton id="product-service" className="product__service" productId={product.id} />
        <View className="product__cart-link" onClick={() => void openPage(PAGES.cart)}>
          <Image className="product__cart-icon" src={cartIcon} />
          <Text>购物车</Text>
        </View>
        <Button id="add-to-cart" className="product__btn" type="primary" fill="outline" disabled={soldOut} onClick={addLine}>
          加入购物车
        </Button>
        <Button id="buy-now" className="product__btn" type="primary" disabled={soldOut} onClick={buyNow}>
          {soldOut ? '已售罄' : '立即购买'}
        </Button>
      </View>

      {shareEarnFen !== null ? (
        <ShareSheet
          visible={sheetOpen}
          onClose={() => setSheetOpen(false)}
          title="分享商品"
          hint={`好友通过你的分享下单，你可赚 ${formatFen(shareEarnFen)}`}
          code={code}
          poster={{ imageUrl: product.imageUrl, title: product.title, priceFen: product.priceFen }}
          material={
            // HQ's published material when there is some; otherwise a plain line the distributor can still paste.
            product.shareMaterial ?? { copy: `${product.title}｜${product.subtitle}，${formatFen(product.priceFen)}${product.priceFrom ? ' 起' : ''}，${shop.shopName}直发，欢迎下单`, images: [] }
          }
        />
      ) : null}
    </View>
  );
}

function ProductContent({ productId }: { productId: string | undefined }) {
  const product = useRemote(() => (productId ? getProduct(productId) : Promise.reject(new Error('商品不存在'))), productId ?? '');
  if (!productId) return <EmptyState text="商品不存在或已下架" />;
  if (product.data === null) return <RemoteView remote={product} />;
  return <ProductView key={product.data.id} product={product.data} />;
}

export default function ProductPage() {
  return <PageShell page={PAGES.product}>{(params) => <ProductContent productId={params.productId} />}</PageShell>;
}
