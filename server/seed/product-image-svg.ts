/**
 * A square product picture drawn locally (no network, no emoji font needed): a gradient, the first character of
 * the product's name large in a circle, and the name below.
 */
export function productImageSvg(title: string, colors: readonly [string, string]): string {
  const safeTitle = title.replace(/[<>&"']/g, '');
  const glyph = Array.from(safeTitle)[0] ?? '';
  const font = 'Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/></linearGradient></defs>
<rect width="600" height="600" fill="url(#g)"/>
<circle cx="300" cy="250" r="160" fill="#ffffff" fill-opacity="0.3"/>
<text x="300" y="310" font-size="170" font-family="${font}" font-weight="700" fill="#ffffff" text-anchor="middle">${glyph}</text>
<text x="300" y="530" font-size="52" font-family="${font}" font-weight="700" fill="#ffffff" text-anchor="middle">${safeTitle}</text>
</svg>`;
}
