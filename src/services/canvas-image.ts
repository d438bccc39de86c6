import Taro from '@tarojs/taro';

/** An image to draw: a URL, or one that may fail to load (the picture is then drawn without it: null). */
export type CanvasSource = string | { src: string; optional: true };

const srcOf = (source: CanvasSource) => (typeof source === 'string' ? source : source.src);

/** Loads every source in order; an optional one that fails becomes null, any other failure fails the whole. */
function loadAll(sources: CanvasSource[], load: (src: string) => Promise<unknown>): Promise<unknown[]> {
  return Promise.all(sources.map((source) => (typeof source === 'string' ? load(source) : load(srcOf(source)).catch(() => null))));
}

function loadBrowserImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new window.Image();
    img.crossOrigin = 'anonymous';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('海报图片加载失败'));
    img.src = src;
  });
}

/** H5: a PNG data URL, shown on the page and downloadable. */
async function drawInBrowser(width: number, height: number, sources: CanvasSource[], draw: (g: unknown, images: unknown[]) => void): Promise<string> {
  const images = await loadAll(sources, loadBrowserImage);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('海报生成失败');
  draw(g, images);
  return canvas.toDataURL('image/png');
}

/** A cloud file id (the code in production) is not an image URL: the canvas needs its temporary https URL. */
async function displayable(src: string): Promise<string> {
  if (!src.startsWith('cloud://')) return src;
  const res = await Taro.cloud.getTempFileURL({ fileList: [src] });
  return res.fileList[0]?.tempFileURL ?? src;
}

/** Mini program: an offscreen 2D canvas, exported to a temporary file that can be shown and saved to the album. */
async function drawInWeapp(width: number, height: number, sources: CanvasSource[], draw: (g: unknown, images: unknown[]) => void): Promise<string> {
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height }) as unknown as {
    getContext(kind: '2d'): unknown;
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
  const images = await loadAll(sources, load);
  draw(canvas.getContext('2d'), images);
  const file = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' } as Taro.canvasToTempFilePath.Option);
  return file.tempFilePath;
}

/**
 * Draws on a 2D canvas of this runtime once every source image has loaded (in `sources` order) and returns the
 * picture as something an <Image> shows and `saveCanvasImage` saves.
 */
export function drawCanvasImage(width: number, height: number, sources: CanvasSource[], draw: (g: unknown, images: unknown[]) => void): Promise<string> {
  return process.env.TARO_ENV === 'weapp' ? drawInWeapp(width, height, sources, draw) : drawInBrowser(width, height, sources, draw);
}

/** The mini program saves into the album (asking for the album permission the first time); a browser downloads. */
export const savesToAlbum = (): boolean => process.env.TARO_ENV === 'weapp';

/** Keeps a drawn picture: into the album, or a download of the PNG. */
export async function saveCanvasImage(src: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.saveImageToPhotosAlbum({ filePath: src });
    return;
  }
  const a = document.createElement('a');
  a.href = src;
  a.download = fileName;
  a.click();
}
