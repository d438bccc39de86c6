import { columnLetters, parseCellRef } from './column-letters';
import { decodeOoxmlText } from './ooxml-text';
import { walkXml } from './walk-xml';
import { invalidXlsx, tooLargeXlsx, unsupportedXlsx } from './xlsx-errors';

/** One non-empty sheet row: its own row number (1-based, as the spreadsheet shows it) and its cells from column A. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface SheetLimits {
  /** Highest row number a value may sit in. */
  maxRows: number;
  /** Columns a value may sit in (A = 1). */
  maxColumns: number;
  /** Cells with a value, shared strings included. */
  maxCells: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = { maxRows: 10_000, maxColumns: 100, maxCells: 100_000 };

/** A part of the package by its path ("xl/workbook.xml"), as text; null when the package has no such part. */
export type ReadPart = (path: string) => string | null;

/**
 * The first worksheet (in tab order) of an .xlsx package as text rows: follows _rels/.rels → workbook →
 * its relationships → the sheet and the shared-strings table. Values: shared and inline strings, numbers (as the
 * spreadsheet shows them, 15 significant digits: 39.9 stays "39.9"), booleans (TRUE / FALSE), error values
 * (#N/A…) and formula results as text. Missing cells are empty; rows without any value are dropped.
 */
export function readXlsxParts(readPart: ReadPart, limits: SheetLimits = DEFAULT_SHEET_LIMITS): SheetRow[] {
  const workbookPath = relationships(readPart, '', '_rels/.rels').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = readPart(workbookPath);
  if (workbook === null) throw invalidXlsx('缺少工作簿');
  let firstSheetId: string | null = null;
  walkXml(workbook, workbookPath, {
    open(name, attrs) {
      if (name !== 'sheet' || firstSheetId !== null) return;
      const idKey = Object.keys(attrs).find((k) => k === 'id' || k.endsWith(':id'));
      firstSheetId = idKey ? (attrs[idKey] ?? null) : null;
    },
  });
  if (firstSheetId === null) throw invalidXlsx('工作簿中没有工作表');
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships(readPart, dir, `${dir}_rels/${workbookPath.slice(dir.length)}.rels`);
  const sheetRel = rels.find((r) => r.id === firstSheetId);
  if (!sheetRel) throw invalidXlsx('找不到第一个工作表');
  if (!sheetRel.type.endsWith('/worksheet')) throw unsupportedXlsx('第一个工作表不是普通表格（可能是图表页），请把商品数据放在第一个工作表');
  const sstRel = rels.find((r) => r.type.endsWith('/sharedStrings'));
  const sst = sstRel ? sharedStrings(readPart(sstRel.target), sstRel.target, limits) : [];
  const sheet = readPart(sheetRel.target);
  if (sheet === null) throw invalidXlsx('缺少工作表内容');
  return sheetRows(sheet, sheetRel.target, sst, limits);
}

interface Relationship {
  id: string;
  type: string;
  /** Package path, resolved against the part's folder. */
  target: string;
}

function relationships(readPart: ReadPart, dir: string, path: string): Relationship[] {
  const xml = readPart(path);
  if (xml === null) return [];
  const out: Relationship[] = [];
  walkXml(xml, path, {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      out.push({ id: attrs.Id ?? '', type: attrs.Type ?? '', target: resolvePath(dir, attrs.Target ?? '') });
    },
  });
  return out;
}

/** "worksheets/sheet1.xml" against "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is already absolute; ".." goes up. */
export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The text of each `<si>`: its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
function sharedStrings(xml: string | null, path: string, limits: SheetLimits): string[] {
  if (xml === null) throw invalidXlsx('缺少共享字符串表');
  const out: string[] = [];
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  walkXml(xml, path, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        if (out.length >= limits.maxCells) throw tooLargeXlsx(`表格内容过多（超过 ${limits.maxCells} 个文字单元格），请分批导入`);
        if (selfClosing) out.push('');
        else current = '';
      } else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && !selfClosing) inT = true;
    },
    close(name) {
      if (name === 'si' && current !== null) {
        out.push(decodeOoxmlText(current));
        current = null;
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 't') inT = false;
    },
    text(text) {
      if (current !== null && inT && phonetic === 0) current += text;
    },
  });
  return out;
}

interface CellState {
  column: number;
  type: string;
  value: string;
  inline: string;
  hasFormula: boolean;
  /** A `<v>` element was there, even empty: a formula whose result is "" still has one. */
  hasValue: boolean;
  hasInline: boolean;
}

function sheetRows(xml: string, path: string, sst: readonly string[], limits: SheetLimits): SheetRow[] {
  const rows = new Map<number, string[]>();
  let rowNumber = 0;
  let lastColumn = -1;
  let cell: CellState | null = null;
  let into: 'v' | 'inlineT' | null = null;
  let phonetic = 0;
  let inInline = false;
  let cellCount = 0;
  const where = (column: number) => `第 ${rowNumber} 行 ${columnLetters(column)} 列`;

  const finish = (c: CellState) => {
    const text = cellText(c, sst, () => where(c.column));
    if (text === '') return;
    if (rowNumber > limits.maxRows) throw tooLargeXlsx(`表格超过 ${limits.maxRows} 行，请分批导入`);
    if (c.column >= limits.maxColumns) throw tooLargeXlsx(`表格超过 ${limits.maxColumns} 列（${where(c.column)}有内容），请删除多余的列`);
    cellCount += 1;
    if (cellCount > limits.maxCells) throw tooLargeXlsx(`表格内容过多（超过 ${limits.maxCells} 个单元格），请分批导入`);
    const cells = rows.get(rowNumber) ?? [];
    while (cells.length < c.column) cells.push('');
    cells[c.column] = text;
    rows.set(rowNumber, cells);
  };

  walkXml(xml, path, {
    open(name, attrs, selfClosing) {
      if (name === 'row') {
        const r = attrs.r === undefined ? rowNumber + 1 : Number(attrs.r);
        if (!Number.isInteger(r) || r < 1 || r > 1_048_576) throw invalidXlsx(`${path} 的行号 ${attrs.r ?? ''} 不正确`);
        rowNumber = r;
        lastColumn = -1;
      } else if (name === 'c') {
        let column = lastColumn + 1;
        if (attrs.r !== undefined) {
          const ref = parseCellRef(attrs.r);
          if (!ref || ref.row !== rowNumber) throw invalidXlsx(`${path} 的单元格位置 ${attrs.r} 不正确`);
          column = ref.column;
        }
        lastColumn = column;
        cell = { column, type: attrs.t ?? 'n', value: '', inline: '', hasFormula: false, hasValue: false, hasInline: false };
        if (selfClosing) cell = null;
      } else if (cell) {
        if (name === 'v') {
          cell.hasValue = true;
          if (!selfClosing) into = 'v';
        }
        else if (name === 'f') cell.hasFormula = true;
        else if (name === 'is') {
          cell.hasInline = true;
          inInline = !selfClosing;
        } else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
        else if (name === 't' && inInline && !selfClosing) into = 'inlineT';
      }
    },
    close(name) {
      if (name === 'c' && cell) {
        finish(cell);
        cell = null;
      } else if (name === 'v' || name === 't') into = null;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
    },
    text(text) {
      if (!cell) return;
      if (into === 'v') cell.value += text;
      else if (into === 'inlineT' && phonetic === 0) cell.inline += text;
    },
  });
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .filter(([, cells]) => cells.some((c) => c.trim() !== ''))
    .map(([row, cells]) => ({ row, cells }));
}

/** What the cell shows, as text; the cell's kind (`t`) decides how its value is read. */
function cellText(c: CellState, sst: readonly string[], where: () => string): string {
  const value = c.value.trim();
  if (c.hasFormula && !c.hasValue && c.type !== 'inlineStr') {
    throw unsupportedXlsx(`${where()}的公式没有计算结果，请在 Excel / WPS 中打开并保存后再导入`);
  }
  switch (c.type) {
    case 's': {
      const text = /^\d{1,9}$/.test(value) ? sst[Number(value)] : undefined;
      if (text === undefined) throw invalidXlsx(`${where()}引用的共享字符串不存在`);
      return text;
    }
    case 'inlineStr':
      return decodeOoxmlText(c.hasInline ? c.inline : c.value);
    case 'str':
      return decodeOoxmlText(c.value);
    case 'e':
    case 'd':
      return value;
    case 'b':
      if (value === '1' || value === '0') return value === '1' ? 'TRUE' : 'FALSE';
      if (value === '') return '';
      throw invalidXlsx(`${where()}的布尔值不正确`);
    case 'n': {
      if (value === '') return '';
      const n = Number(value);
      if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value)) throw invalidXlsx(`${where()}的数字不正确`);
      return numberText(n);
    }
    default:
      throw invalidXlsx(`${where()}的类型 ${c.type} 无法识别`);
  }
}

/** A number as a spreadsheet shows it in the General format: 15 significant digits, so 39.900000000000006 → "39.9". */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}
