import { Image, Text, View } from '@tarojs/components';
import type { ProductCard as ProductCardData } from '@/contracts/catalog';
import { PAGES } from '@/contracts/pages';
import { openPage } from '@/hooks/navigation';
import { Price } from '../price';
import './index.scss';

/** A product in a grid or list; tapping opens its product page. */
export function ProductCard({ product, layout = 'grid' }: { product: ProductCardData; layout?: 'grid' | 'row' }) {
  const open = () => void openPage(PAGES.product, { productId: product.id });
  return (
    <View className={`product-card product-card--${layout}`} onClick={open}>
      <Image className="product-card__image" src={product.imageUrl} mode="aspectFill" lazyLoad />
      <View className="product-card__body">
        <Text className="product-card__title">{product.title}</Text>
        {product.subtitle ? <Text className="product-card__subtitle">{product.subtitle}</Text> : null}
        <View className="product-card__price">
          <Price fen={product.priceFen} size="normal" />
          {product.priceFrom ? <Text className="product-card__from">起</Text> : null}
          {product.soldCount > 0 ? <Text className="product-card__sold">已售 {product.soldCount}</Text> : null}
        </View>
      </View>
    </View>
  );
}
