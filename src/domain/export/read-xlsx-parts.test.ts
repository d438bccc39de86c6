import fc from 'fast-check';
import { toFen } from '../money/fen';
import { columnLetters, parseCellRef } from './column-letters';
import { decodeOoxmlText, encodeOoxmlText } from './ooxml-text';
import { numberText, readXlsxParts, resolvePath, type SheetLimits } from './read-xlsx-parts';
import { XLSX_ERRORS } from './xlsx-errors';
import { xlsxPackageParts } from './xlsx-package-parts';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal package around hand-written sheet XML (and optionally a shared-strings table), as Excel lays it out. */
function pkg(sheetData: string, sst?: string, extra: Record<string, string> = {}): (path: string) => string | null {
  const parts: Record<string, string> = {
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="商品" sheetId="3" r:id="rId7"/><sheet name="其他" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>${sst === undefined ? '' : `<Relationship Id="rId9" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`}</Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>错的工作表</t></is></c></row></sheetData></worksheet>`,
    'xl/worksheets/sheet2.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN}><dimension ref="A1:D4"/><sheetData>${sheetData}</sheetData></worksheet>`,
    ...(sst === undefined ? {} : { 'xl/sharedStrings.xml': `<sst ${MAIN} count="9" uniqueCount="9">${sst}</sst>` }),
    ...extra,
  };
  return (path) => parts[path] ?? null;
}

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    return (e as { code?: string }).code ?? 'untyped';
  }
  return 'no error';
};

test('the first sheet in tab order, shared strings (rich runs, phonetic guides left out), sparse cells, numbers as shown', () => {
  const sst = '<si><t>商品名称</t></si><si><t>价格(元)</t></si><si><r><rPr><b/></rPr><t>云南</t></r><r><t xml:space="preserve"> 蓝莓</t></r><rPh sb="0" eb="1"><t>ウン</t></rPh></si><si><t>a &amp; b &lt;c&gt; _x000D_</t></si>';
  const rows = readXlsxParts(
    pkg(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s" s="1"><v>1</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"/><c r="C3" s="2"><v>39.900000000000006</v></c></row>' +
        '<row r="4"><c r="C4"><v>5</v></c><c r="D4" t="s"><v>3</v></c></row>' +
        '<row r="5"><c r="A5" t="s" s="1"/><c r="B5" t="inlineStr"><is><t>  </t></is></c></row>',
      sst,
    ),
  );
  expect(rows).toEqual([
    { row: 1, cells: ['商品名称', '', '价格(元)'] },
    { row: 3, cells: ['云南 蓝莓', '', '39.9'] },
    { row: 4, cells: ['', '', '5', 'a & b <c> \r'] },
  ]);
});

test('inline strings, formula results, booleans, errors, cells and rows without r, a namespace prefix', () => {
  const sheet =
    '<x:row><x:c t="inlineStr"><x:is><x:t>柚子</x:t></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:f>A1&amp;"!"</x:f><x:v>柚子!</x:v></x:c></x:row>' +
    '<x:row><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="E2" t="b"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>富</x:t></x:r><x:r><x:t>文本</x:t></x:r></x:is></x:c></x:row>' +
    '<x:row r="7"><x:c r="B7"><x:v>-1.5E+3</x:v></x:c><x:c><![CDATA[ignored]]></x:c><x:c t="str"><x:f>""</x:f><x:v></x:v></x:c></x:row>';
  const rows = readXlsxParts(pkg('', undefined, { 'xl/worksheets/sheet2.xml': `<x:worksheet xmlns:x="urn"><x:sheetData>${sheet}</x:sheetData></x:worksheet>` }));
  expect(rows).toEqual([
    { row: 1, cells: ['柚子', 'TRUE', '柚子!'] },
    { row: 2, cells: ['2', '#DIV/0!', '', '', 'FALSE', '富文本'] },
    { row: 7, cells: ['', '-1500'] },
  ]);
});

test('what we refuse comes back as a typed error', () => {
  const sheet = (data: string) => () => readXlsxParts(pkg(data, '<si><t>x</t></si>'));
  expect(codeOf(sheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>'))).toBe(XLSX_ERRORS.INVALID_FILE);
  expect(codeOf(sheet('<row r="1"><c r="A1"><f>SUM(B:B)</f></c></row>'))).toBe(XLSX_ERRORS.UNSUPPORTED);
  expect(codeOf(sheet('<row r="1"><c r="A1"><v>12abc</v></c></row>'))).toBe(XLSX_ERRORS.INVALID_FILE);
  expect(codeOf(sheet('<row r="1"><c r="A2"><v>1</v></c></row>'))).toBe(XLSX_ERRORS.INVALID_FILE);
  expect(codeOf(sheet('<row r="1"><c r="A1" t="x"><v>1</v></c></row>'))).toBe(XLSX_ERRORS.INVALID_FILE);
  expect(codeOf(sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"'))).toBe(XLSX_ERRORS.INVALID_FILE);
  expect(codeOf(() => readXlsxParts(pkg('', undefined, { 'xl/worksheets/sheet2.xml': `<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet ${MAIN}/>` })))).toBe(XLSX_ERRORS.INVALID_FILE);
  expect(codeOf(() => readXlsxParts(() => null))).toBe(XLSX_ERRORS.INVALID_FILE);
  // Attribute names are plain keys: a hostile __proto__ or constructor cannot reach a prototype.
  expect(readXlsxParts(pkg('<row r="1" __proto__="x" constructor="y"><c r="A1" t="inlineStr" __proto__="z"><is><t>ok</t></is></c></row>'))).toEqual([{ row: 1, cells: ['ok'] }]);
  const chart = pkg('', undefined, { 'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId7" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>` });
  expect(codeOf(() => readXlsxParts(chart))).toBe(XLSX_ERRORS.UNSUPPORTED);
});

test('a huge or far-flung sheet is refused by the limits, however few bytes it takes', () => {
  const limits: SheetLimits = { maxRows: 100, maxColumns: 20, maxCells: 50 };
  const read = (data: string) => () => readXlsxParts(pkg(data), limits);
  expect(codeOf(read('<row r="101"><c r="A101"><v>1</v></c></row>'))).toBe(XLSX_ERRORS.TOO_LARGE);
  expect(codeOf(read('<row r="1"><c r="XFD1"><v>1</v></c></row>'))).toBe(XLSX_ERRORS.TOO_LARGE);
  expect(codeOf(read(Array.from({ length: 51 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('')))).toBe(XLSX_ERRORS.TOO_LARGE);
  // Empty cells far away cost nothing: only values count.
  expect(read('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="3"/></row><row r="900000" s="1" customFormat="1"/>')()).toEqual([{ row: 1, cells: ['1'] }]);
});

test('what xlsxPackageParts writes reads back: Chinese, empty cells, numbers, money, awkward text', () => {
  const header = ['商品编号', '商品名称', '价格(元)', '库存', '描述'];
  const rows = [
    ['p01', '云南蓝莓', { fen: toFen(3990) }, 20, '产地直发, "当季"\n第二行'],
    ['', '  前后空格  ', { fen: toFen(1) }, 0, null],
    ['_x0041_', '=HYPERLINK("x")', { fen: toFen(99_999_999) }, 999_999, '\u0001<&>'],
  ];
  const parts = xlsxPackageParts('商品/导出', header, rows);
  expect(parts['xl/workbook.xml']).toContain('name="商品 导出"');
  expect(readXlsxParts((p) => parts[p] ?? null)).toEqual([
    { row: 1, cells: header },
    { row: 2, cells: ['p01', '云南蓝莓', '39.9', '20', '产地直发, "当季"\n第二行'] },
    { row: 3, cells: ['', '  前后空格  ', '0.01', '0'] },
    { row: 4, cells: ['_x0041_', '=HYPERLINK("x")', '999999.99', '999999', '\u0001<&>'] },
  ]);
});

test('any text and number survives a write and a read', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 6 }), { maxLength: 8 }), (rows) => {
      const parts = xlsxPackageParts('S', ['h'], rows);
      const read = readXlsxParts((p) => parts[p] ?? null);
      const expected = [{ row: 1, cells: ['h'] }, ...rows.map((r, i) => ({ row: i + 2, cells: r.map((v) => (typeof v === 'number' ? numberText(v) : v)) }))]
        .map((r) => ({ ...r, cells: r.cells.slice(0, r.cells.reduce((last, c, i) => (c !== '' ? i + 1 : last), 0)) }))
        .filter((r) => r.cells.some((c) => c.trim() !== ''));
      expect(read).toEqual(expected);
    }),
  );
});

test('damaged workbook XML: rows or a typed XLSX refusal, never a crash', () => {
  const parts = xlsxPackageParts('S', ['商品编号', '价格(元)'], [['p01', { fen: toFen(3990) }], [null, 5, '富 & <文本>']]);
  const names = Object.keys(parts);
  fc.assert(
    fc.property(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', '/', '&', '=', ' ', 'r', '9', 'A', '')), { minLength: 1, maxLength: 4 }), (name, edits) => {
      let xml = parts[name] as string;
      for (const [at, ch] of edits) {
        const i = at % xml.length;
        xml = xml.slice(0, i) + ch + xml.slice(i + 1);
      }
      try {
        expect(Array.isArray(readXlsxParts((p) => (p === name ? xml : (parts[p] ?? null))))).toBe(true);
      } catch (e) {
        expect((e as { code?: string }).code).toMatch(/^XLSX\.[A-Z_]+$/);
      }
    }),
    { numRuns: 500 },
  );
});

test('cell references, column letters, OOXML escapes and part paths', () => {
  expect([0, 25, 26, 701, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'XFD']);
  expect(parseCellRef('AB12')).toEqual({ column: 27, row: 12 });
  expect([parseCellRef('XFE1'), parseCellRef('A0'), parseCellRef('A1048577'), parseCellRef('1A')]).toEqual([null, null, null, null]);
  for (let i = 0; i < 20_000; i += 997) expect(parseCellRef(`${columnLetters(i % 16_384)}7`)?.column).toBe(i % 16_384);
  expect(decodeOoxmlText(encodeOoxmlText('_x0041_ \u0000\u001f ok'))).toBe('_x0041_ \u0000\u001f ok');
  expect(resolvePath('xl/', '../docProps/app.xml')).toBe('docProps/app.xml');
  expect(resolvePath('xl/', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
  expect(numberText(0.1 + 0.2)).toBe('0.3');
});
