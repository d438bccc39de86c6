/**
 * Spreadsheet text can hold characters XML 1.0 cannot (control characters); OOXML writes them as `_xHHHH_`, and a
 * literal "_x0041_" in a cell as "_x005F_x0041_" so it survives. These two undo each other.
 */
export function encodeOoxmlText(text: string): string {
  return text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function decodeOoxmlText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
