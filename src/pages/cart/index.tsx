import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PAGES } from '@/contracts/pages';
import { ZERO_FEN } from '@/domain/money/fen';
import { priceWithoutPromotions } from '@/domain/pricing/price-without-promotions';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { QuantityStepper } from '@/components/quantity-stepper';
import { EmptyState } from '@/components/status-view';
import { openPage } from '@/hooks/navigation';
import { MAX_LINE_QUANTITY, useCart, type CartLine } from '@/hooks/use-cart';
import { useCartStock } from '@/hooks/use-cart-stock';
import './index.scss';

function Check({ on, onClick }: { on: boolean; onClick: () => void }) {
  return (
    <View
      className={`cart-check${on ? ' cart-check--on' : ''}`}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
    >
      {on ? '✓' : ''}
    </View>
  );
}

/** 库存不足 on a line asking for more than is left (the stepper already stops at the stock). */
function StockNote({ id, quantity, stock }: { id: string; quantity: number; stock: number | undefined }) {
  if (stock === undefined || quantity <= stock) return null;
  return (
    <Text id={id} className="cart-line__stock">
      {stock <= 0 ? '库存不足：已售罄' : `库存不足：仅剩 ${stock} 件`}
    </Text>
  );
}

function CartContent() {
  const [lines, setLines] = useCart();
  const stock = useCartStock(lines);
  const selected = lines.filter((l) => l.selected);
  const totalFen = selected.length > 0 ? priceWithoutPromotions(selected.map((l) => ({ ...l, lineId: l.skuId })), Date.now()).totalFen : ZERO_FEN;
  const allOn = lines.length > 0 && selected.length === lines.length;

  const patch = (skuId: string, change: Partial<CartLine>) =>
    setLines(lines.map((l) => (l.skuId === skuId ? { ...l, ...change } : l)));

  const remove = async (line: CartLine) => {
    const { confirm } = await Taro.showModal({ title: '删除商品', content: `确定从购物车删除「${line.title}」吗？` });
    if (confirm) setLines(lines.filter((l) => l.skuId !== line.skuId));
  };

  const checkout = () => {
    if (selected.length === 0) {
      void Taro.showToast({ title: '请选择要结算的商品', icon: 'none' });
      return;
    }
    void openPage(PAGES.checkout, { from: 'cart' });
  };

  if (lines.length === 0) {
    return (
      <EmptyState
        text="购物车还是空的"
        action={
          <Button type="primary" size="small" onClick={() => void openPage(PAGES.home)}>
            去逛逛
          </Button>
        }
      />
    );
  }

  return (
    <View className="cart with-bottom-bar">
      <View className="card cart__list">
        {lines.map((line) => (
          <View key={line.skuId} className="cart-line">
            <Check on={line.selected} onClick={() => patch(line.skuId, { selected: !line.selected })} />
            <Image
              className="cart-line__image"
              src={line.imageUrl}
              mode="aspectFill"
              onClick={() => void openPage(PAGES.product, { productId: line.productId })}
            />
            <View className="cart-line__body">
              <Text className="cart-line__title">{line.title}</Text>
              <Text className="cart-line__specs">{line.specs}</Text>
              <View className="row-between cart-line__foot">
                <Price fen={line.unitPriceFen} size="small" />
                <QuantityStepper
                  value={line.quantity}
                  max={Math.max(1, Math.min(MAX_LINE_QUANTITY, stock.get(line.skuId) ?? MAX_LINE_QUANTITY))}
                  onChange={(quantity) => patch(line.skuId, { quantity })}
                />
              </View>
              <StockNote id={`cart-stock-${line.skuId}`} quantity={line.quantity} stock={stock.get(line.skuId)} />
              <Text className="cart-line__remove" onClick={() => void remove(line)}>
                删除
              </Text>
            </View>
          </View>
        ))}
      </View>

      <View className="bottom-bar cart__bar">
        <View className="row cart__all" onClick={() => setLines(lines.map((l) => ({ ...l, selected: !allOn })))}>
          <Check on={allOn} onClick={() => setLines(lines.map((l) => ({ ...l, selected: !allOn })))} />
          <Text className="cart__all-text">全选</Text>
        </View>
        <View className="cart__total">
          <Text className="cart__total-label">合计：</Text>
          <Price fen={totalFen} id="cart-total" />
        </View>
        <Button id="cart-checkout" type="primary" onClick={checkout}>
          去结算（{selected.reduce((n, l) => n + l.quantity, 0)}）
        </Button>
      </View>
    </View>
  );
}

export default function CartPage() {
  return <PageShell page={PAGES.cart}>{() => <CartContent />}</PageShell>;
}
