import { invalidXlsx } from './xlsx-errors';

export interface XmlVisitor {
  /** `name` without its namespace prefix (`x:c` → `c`); attribute names keep theirs (`r:id`). */
  open?(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities and character references; anything else stays as written. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * A small streaming reader for the XML of a workbook part: elements, attributes, text and CDATA, in document
 * order. It refuses a DOCTYPE (entity expansion is how an XML bomb works; no spreadsheet part has one) and tags left
 * open mid-way; it does not check that closing tags match — the workbook readers only look at the elements they know.
 */
export function walkXml(xml: string, part: string, visitor: XmlVisitor): void {
  let i = 0;
  const n = xml.length;
  const fail = (what: string) => invalidXlsx(`${part} ${what}`);
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && visitor.text) visitor.text(decodeXmlText(xml.slice(i, textEnd)));
    if (lt === -1) return;
    if (xml.startsWith('<?', lt) || xml.startsWith('<!--', lt)) {
      const end = xml.indexOf(xml[lt + 1] === '?' ? '?>' : '-->', lt + 2);
      if (end === -1) throw fail('的内容不完整');
      i = end + (xml[lt + 1] === '?' ? 2 : 3);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) throw fail('的内容不完整');
      if (visitor.text) visitor.text(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      throw fail('含有不允许的 DOCTYPE 声明');
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt + 2);
      if (end === -1) throw fail('的内容不完整');
      if (visitor.close) visitor.close(localName(xml.slice(lt + 2, end).trim()));
      i = end + 1;
    } else {
      i = readOpenTag(xml, lt, visitor, fail);
    }
  }
}

/** Reads `<name a="1" b='2'>` or `<name/>` starting at `lt`; returns the index after it. */
function readOpenTag(xml: string, lt: number, visitor: XmlVisitor, fail: (what: string) => Error): number {
  const n = xml.length;
  let i = lt + 1;
  while (i < n && !/[\s/>]/.test(xml[i] as string)) i += 1;
  const name = xml.slice(lt + 1, i);
  if (!name) throw fail('的标签不正确');
  // No prototype: a hostile attribute called __proto__ or constructor is just a key.
  const attrs = Object.create(null) as Record<string, string>;
  for (;;) {
    while (i < n && /\s/.test(xml[i] as string)) i += 1;
    if (i >= n) throw fail('的内容不完整');
    if (xml[i] === '>' || xml.startsWith('/>', i)) break;
    const eq = xml.indexOf('=', i);
    if (eq === -1) throw fail('的属性不正确');
    const attr = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && /\s/.test(xml[q] as string)) q += 1;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw fail('的属性不正确');
    const close = xml.indexOf(quote, q + 1);
    if (close === -1 || !attr) throw fail('的属性不正确');
    attrs[attr] = decodeXmlText(xml.slice(q + 1, close));
    i = close + 1;
  }
  const selfClosing = xml[i] === '/';
  const local = localName(name);
  if (visitor.open) visitor.open(local, attrs, selfClosing);
  if (selfClosing && visitor.close) visitor.close(local);
  return i + (selfClosing ? 2 : 1);
}

/** Text for a `<t>` element or attribute value: the five characters XML reserves, escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
