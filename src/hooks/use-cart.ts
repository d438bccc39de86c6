import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { ProductDetail, SkuView } from '@/contracts/catalog';
import type { OrderLineView } from '@/contracts/orders';

/** What a line shows before the server prices it: an order line without its id and amount. */
export type LinePreview = Omit<OrderLineView, 'lineId' | 'amountFen'>;

/** The line a product page or 立即购买 makes of one SKU of a product. */
export function linePreviewOf(product: Pick<ProductDetail, 'id' | 'title' | 'imageUrl'>, sku: Pick<SkuView, 'id' | 'specs' | 'priceFen'>, quantity: number): LinePreview {
  return { productId: product.id, skuId: sku.id, title: product.title, specs: sku.specs, imageUrl: product.imageUrl, unitPriceFen: sku.priceFen, quantity };
}

/** A cart line lives only on this device (Taro storage); the server re-prices everything at checkout. */
export interface CartLine extends LinePreview {
  selected: boolean;
}

const CART_KEY = 'wfx.cart';
export const MAX_LINE_QUANTITY = 99;

export function readCart(): CartLine[] {
  const saved: unknown = Taro.getStorageSync(CART_KEY);
  return Array.isArray(saved) ? (saved as CartLine[]) : [];
}

export function writeCart(lines: CartLine[]): void {
  Taro.setStorageSync(CART_KEY, lines);
}

/** Adding a SKU already in the cart raises its quantity (capped) instead of adding a second line. */
export function addToCart(line: Omit<CartLine, 'selected'>): void {
  const lines = readCart();
  const existing = lines.find((l) => l.skuId === line.skuId);
  if (existing) {
    existing.quantity = Math.min(MAX_LINE_QUANTITY, existing.quantity + line.quantity);
    existing.unitPriceFen = line.unitPriceFen;
    existing.selected = true;
  } else {
    lines.unshift({ ...line, selected: true });
  }
  writeCart(lines);
}

export function removeFromCart(skuIds: readonly string[]): void {
  writeCart(readCart().filter((l) => !skuIds.includes(l.skuId)));
}

export function cartCount(): number {
  return readCart().reduce((n, l) => n + l.quantity, 0);
}

/** The cart as page state, re-read whenever the page shows (another page may have changed it). */
export function useCart(): [CartLine[], (next: CartLine[]) => void] {
  const [lines, setLines] = useState<CartLine[]>(() => readCart());
  useDidShow(() => setLines(readCart()));
  const update = useCallback((next: CartLine[]) => {
    writeCart(next);
    setLines(next);
  }, []);
  return [lines, update];
}
