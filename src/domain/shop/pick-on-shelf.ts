/**
 * The products a shop shows: its picks in the owner's order, keeping only those still found (on shelf).
 * Taking a product off shelf hides it from every shop without editing the shops.
 */
export function pickOnShelf<P extends { id: string }>(productIds: readonly string[], onShelf: readonly P[]): P[] {
  const byId = new Map(onShelf.map((p) => [p.id, p]));
  return productIds.flatMap((id) => {
    const product = byId.get(id);
    return product === undefined ? [] : [product];
  });
}
