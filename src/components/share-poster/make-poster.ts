import { drawCanvasImage, saveCanvasImage } from '@/services/canvas-image';
import { POSTER_HEIGHT, POSTER_WIDTH, drawPoster, type Poster2D, type PosterContent } from './draw-poster';

export function makePoster(content: PosterContent): Promise<string> {
  // A logo that fails to load leaves the badge with the name only.
  const logo = content.brandLogoUrl ? [{ src: content.brandLogoUrl, optional: true as const }] : [];
  return drawCanvasImage(POSTER_WIDTH, POSTER_HEIGHT, [content.imageUrl, content.codeUrl, ...logo], (g, [picture, code, brand]) =>
    drawPoster(g as Poster2D, content, picture, code, brand ?? null),
  );
}

export const savePoster = (src: string): Promise<void> => saveCanvasImage(src, 'poster.png');
