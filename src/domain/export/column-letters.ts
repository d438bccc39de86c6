/** Spreadsheet columns beyond XFD (16384) do not exist in Excel or WPS. */
export const MAX_SHEET_COLUMNS = 16_384;
/** Rows beyond 1048576 do not exist in Excel or WPS. */
export const MAX_SHEET_ROWS = 1_048_576;

/** Zero-based column index → letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "B12" → { column: 1, row: 12 }; null for anything that is not a cell reference inside the sheet limits. */
export function parseCellRef(ref: string): { column: number; row: number } | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (column > MAX_SHEET_COLUMNS || row < 1 || row > MAX_SHEET_ROWS) return null;
  return { column: column - 1, row };
}
