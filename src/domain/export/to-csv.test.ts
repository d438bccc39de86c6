import { toFen } from '../money/fen';
import { fenToYuanText } from './fen-to-yuan-text';
import { parseCsv } from './parse-csv';
import { csvCell, toCsv, UTF8_BOM } from './to-csv';

test('a BOM, CRLF lines, quoting only where needed', () => {
  expect(toCsv(['编号', '名称'], [['u1', '张三, "小张"'], ['u2', null]])).toBe(`${UTF8_BOM}编号,名称\r\nu1,"张三, ""小张"""\r\nu2,\r\n`);
});

test('formula-looking text is defused, negative amounts are not', () => {
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvCell('+86 138')).toBe("'+86 138");
  expect(csvCell('-12.30')).toBe('-12.30');
  expect(csvCell('@sum')).toBe("'@sum");
});

test('fen as yuan text with two decimals', () => {
  expect(fenToYuanText(toFen(1230))).toBe('12.30');
  expect(fenToYuanText(toFen(5))).toBe('0.05');
  expect(fenToYuanText(toFen(-300))).toBe('-3.00');
  expect(fenToYuanText(toFen(0))).toBe('0.00');
});

test('parseCsv reads what toCsv writes, and Excel-style quoting', () => {
  const text = toCsv(['a', 'b'], [['1', 'x,"y"\nz'], ['2', '']]);
  expect(parseCsv(text)).toEqual([['a', 'b'], ['1', 'x,"y"\nz'], ['2', '']]);
  expect(parseCsv('a,b\n\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  expect(parseCsv('a,"b')).toBeNull();
});
