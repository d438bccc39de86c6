/** A square product picture drawn locally (no network): a gradient, the product's emoji and its name. */
export function productImageSvg(title: string, emoji: string, colors: readonly [string, string]): string {
  const safeTitle = title.replace(/[<>&"']/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/></linearGradient></defs>
<rect width="600" height="600" fill="url(#g)"/>
<circle cx="300" cy="260" r="170" fill="#ffffff" fill-opacity="0.25"/>
<text x="300" y="330" font-size="200" text-anchor="middle">${emoji}</text>
<text x="300" y="530" font-size="52" font-family="Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" font-weight="700" fill="#ffffff" text-anchor="middle">${safeTitle}</text>
</svg>`;
}
