import type { Fen } from '@/domain/money/fen';
import { formatFen } from '@/domain/money/format-fen';

/** What a poster shows: the picture, a title, a price (products only), whose shop, and the code to scan. */
export interface PosterContent {
  imageUrl: string;
  title: string;
  priceFen: Fen | null;
  shopName: string;
  codeUrl: string;
  /** The merchant's name and logo ('' none) from 店铺设置, drawn over the picture's top-left corner. */
  brandName: string;
  brandLogoUrl: string;
}

/** The subset of the 2D canvas API both the browser and the mini program's `type: '2d'` canvas offer. */
export interface Poster2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  measureText(text: string): { width: number };
  drawImage(image: never, dx: number, dy: number, dw: number, dh: number): void;
}

/** The merchant's badge: a white band with the logo (when it loaded) and the shop name. */
function drawBrand(g: Poster2D, name: string, logo: unknown): void {
  g.font = `600 24px ${FONT}`;
  const textWidth = Math.min(g.measureText(name).width, POSTER_WIDTH - 160);
  const logoSpace = logo ? 52 : 0;
  g.fillStyle = 'rgba(255, 255, 255, 0.92)';
  g.fillRect(20, 20, textWidth + logoSpace + 32, 56);
  if (logo) g.drawImage(logo as never, 30, 26, 44, 44);
  g.fillStyle = '#1a1a1a';
  g.textBaseline = 'middle';
  g.fillText(name, 36 + logoSpace, 48, POSTER_WIDTH - 160);
}

export const POSTER_WIDTH = 600;
export const POSTER_HEIGHT = 900;
const FONT = `'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif`;

/** Greedy wrap by measured width, at most `maxLines` lines (the last ends with … when cut). */
function wrap(g: Poster2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(text)) {
    if (g.measureText(line + ch).width > width && line) {
      lines.push(line);
      line = ch;
      if (lines.length === maxLines) return [...lines.slice(0, -1), `${lines[maxLines - 1]?.slice(0, -1) ?? ''}…`];
    } else line += ch;
  }
  return line ? [...lines, line] : lines;
}

/** 600 × 900: the picture on top, title and price, then the shop name beside the code. */
export function drawPoster(g: Poster2D, content: PosterContent, picture: unknown, code: unknown, logo: unknown = null): void {
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  g.drawImage(picture as never, 0, 0, POSTER_WIDTH, POSTER_WIDTH);
  if (content.brandName) drawBrand(g, content.brandName, logo);
  g.textBaseline = 'top';
  g.fillStyle = '#1a1a1a';
  g.font = `600 30px ${FONT}`;
  wrap(g, content.title, POSTER_WIDTH - 60, 2).forEach((line, i) => g.fillText(line, 30, 624 + i * 40));
  if (content.priceFen !== null) {
    g.fillStyle = '#fa2c19';
    g.font = `700 40px ${FONT}`;
    g.fillText(formatFen(content.priceFen), 30, 710);
  }
  g.fillStyle = '#5c6066';
  g.font = `26px ${FONT}`;
  g.fillText(content.shopName, 30, 790, POSTER_WIDTH - 230);
  g.fillStyle = '#6b7079';
  g.font = `22px ${FONT}`;
  g.fillText('长按识别或扫码进店', 30, 830);
  g.drawImage(code as never, POSTER_WIDTH - 190, 700, 170, 170);
}
