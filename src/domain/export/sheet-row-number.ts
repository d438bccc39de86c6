/**
 * The spreadsheet row of the k-th (1-based) of a file's non-empty rows, given each one's own row number; past the
 * last one the numbering just continues. Import rules count rows 1, 2, 3…; the report must name the rows the
 * merchant sees in Excel, where empty rows in between still count.
 */
export function sheetRowNumber(rowNumbers: readonly number[], k: number): number {
  const own = rowNumbers[k - 1];
  if (own !== undefined) return own;
  return (rowNumbers[rowNumbers.length - 1] ?? 0) + (k - rowNumbers.length);
}
