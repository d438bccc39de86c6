/** Byte-order mark: without it Excel opens a UTF-8 CSV as GBK and the Chinese comes out garbled. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/**
 * RFC 4180 text with a UTF-8 BOM and CRLF line ends. Every cell is text: quoted when it holds a comma, quote or line
 * break; a cell starting with = + - @ (or tab / CR) gets a leading apostrophe so a spreadsheet never runs it as a
 * formula (CSV injection) — amounts are passed already formatted, so "-12.30" is exempt as a plain number.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
