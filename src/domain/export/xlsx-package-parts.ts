import type { Fen } from '../money/fen';
import { columnLetters } from './column-letters';
import { fenToYuanText } from './fen-to-yuan-text';
import { encodeOoxmlText } from './ooxml-text';
import { escapeXml } from './walk-xml';

/** An amount of money in 分 written as a number of 元 with two decimals (the 0.00 format), so Excel can sum it. */
export interface MoneyCell {
  fen: Fen;
}

/** Text stays text (never a formula), numbers are numbers, empty cells are left out. */
export type SheetCell = string | number | MoneyCell | null | undefined;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Cell styles (cellXfs): 0 plain, 1 bold header, 2 money "0.00" (built-in number format 2). */
const STYLE = { header: 1, money: 2 } as const;

/**
 * The parts of a one-sheet .xlsx workbook (path → XML text) holding `header` in bold and `rows` below it. Strings go
 * through a shared-strings table (what Excel itself writes; repeated product columns are stored once). The ZIP
 * container is the caller's job.
 */
export function xlsxPackageParts(sheetName: string, header: readonly string[], rows: ReadonlyArray<readonly SheetCell[]>): Record<string, string> {
  const strings = new Map<string, number>();
  const stringIndex = (text: string) => {
    let index = strings.get(text);
    if (index === undefined) {
      index = strings.size;
      strings.set(text, index);
    }
    return index;
  };
  const cellXml = (value: SheetCell, ref: string, style: number): string => {
    const s = style ? ` s="${style}"` : '';
    if (value === null || value === undefined || value === '') return '';
    if (typeof value === 'string') return `<c r="${ref}" t="s"${s}><v>${stringIndex(value)}</v></c>`;
    if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : cellXml(String(value), ref, style);
    return `<c r="${ref}" s="${STYLE.money}"><v>${fenToYuanText(value.fen)}</v></c>`;
  };
  const rowXml = (cells: readonly SheetCell[], index: number, style: number) =>
    `<row r="${index + 1}">${cells.map((v, col) => cellXml(v, `${columnLetters(col)}${index + 1}`, style)).join('')}</row>`;
  const sheetRows = [rowXml(header, 0, STYLE.header), ...rows.map((r, i) => rowXml(r, i + 1, 0))].join('');
  const total = rows.reduce((n, r) => n + r.filter((v) => typeof v === 'string' && v !== '').length, header.filter(Boolean).length);
  const sst = [...strings.keys()].map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${escapeXml(encodeOoxmlText(t))}</t></si>`).join('');
  return {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeXml(safeSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    'xl/worksheets/sheet1.xml': `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${sheetRows}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${total}" uniqueCount="${strings.size}">${sst}</sst>`,
  };
}

/** Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet1';
}
