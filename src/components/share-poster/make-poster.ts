import Taro from '@tarojs/taro';
import { POSTER_HEIGHT, POSTER_WIDTH, drawPoster, type Poster2D, type PosterContent } from './draw-poster';

function loadBrowserImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new window.Image();
    img.crossOrigin = 'anonymous';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('海报图片加载失败'));
    img.src = src;
  });
}

/** H5: a PNG data URL, shown in the sheet and downloadable. */
async function makeInBrowser(content: PosterContent): Promise<string> {
  const [picture, code, logo] = await Promise.all([
    loadBrowserImage(content.imageUrl),
    loadBrowserImage(content.codeUrl),
    // A logo that fails to load leaves the badge with the name only.
    content.brandLogoUrl ? loadBrowserImage(content.brandLogoUrl).catch(() => null) : null,
  ]);
  const canvas = document.createElement('canvas');
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('海报生成失败');
  drawPoster(g as unknown as Poster2D, content, picture, code, logo);
  return canvas.toDataURL('image/png');
}

/** A cloud file id (the code in production) is not an image URL: the canvas needs its temporary https URL. */
async function displayable(src: string): Promise<string> {
  if (!src.startsWith('cloud://')) return src;
  const res = await Taro.cloud.getTempFileURL({ fileList: [src] });
  return res.fileList[0]?.tempFileURL ?? src;
}

/** Mini program: an offscreen 2D canvas, exported to a temporary file that can be shown and saved to the album. */
async function makeInWeapp(content: PosterContent): Promise<string> {
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: POSTER_WIDTH, height: POSTER_HEIGHT }) as unknown as {
    getContext(kind: '2d'): Poster2D;
    createImage(): { src: string; onload: () => void; onerror: () => void };
  };
  const load = async (src: string) => {
    const url = await displayable(src);
    return new Promise<unknown>((resolve, reject) => {
      const img = canvas.createImage();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new Error('海报图片加载失败'));
      img.src = url;
    });
  };
  const [picture, code, logo] = await Promise.all([load(content.imageUrl), load(content.codeUrl), content.brandLogoUrl ? load(content.brandLogoUrl).catch(() => null) : null]);
  drawPoster(canvas.getContext('2d'), content, picture, code, logo);
  const file = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' } as Taro.canvasToTempFilePath.Option);
  return file.tempFilePath;
}

export function makePoster(content: PosterContent): Promise<string> {
  return process.env.TARO_ENV === 'weapp' ? makeInWeapp(content) : makeInBrowser(content);
}

/** Mini program: into the album (asks for the album permission the first time). H5: a download of the PNG. */
export async function savePoster(src: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.saveImageToPhotosAlbum({ filePath: src });
    return;
  }
  const a = document.createElement('a');
  a.href = src;
  a.download = 'poster.png';
  a.click();
}
