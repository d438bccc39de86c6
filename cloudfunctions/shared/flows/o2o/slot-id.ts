/** The capacity document of one slot: deterministic, so every booking of the slot competes on the same document. */
export function slotIdFor(storeId: string, date: string, time: string): string {
  return `${storeId}_${date.replace(/-/g, '')}_${time.replace(':', '')}`;
}
