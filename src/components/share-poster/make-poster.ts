import { drawCanvasImage, saveCanvasImage } from '@/services/canvas-image';
import { POSTER_HEIGHT, POSTER_WIDTH, drawPoster, type Poster2D, type PosterContent } from './draw-poster';

export function makePoster(content: PosterContent): Promise<string> {
  return drawCanvasImage(POSTER_WIDTH, POSTER_HEIGHT, [content.imageUrl, content.codeUrl], (g, [picture, code]) => drawPoster(g as Poster2D, content, picture, code));
}

export const savePoster = (src: string): Promise<void> => saveCanvasImage(src, 'poster.png');
