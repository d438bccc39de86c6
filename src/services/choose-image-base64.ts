import Taro from '@tarojs/taro';
import type { ShopImageType } from '../contracts/distributor';

export interface ChosenImage {
  contentType: ShopImageType;
  dataBase64: string;
}

/** The call body is capped near 100 KB (CloudBase and the local gateway), so an image must fit well inside it. */
const MAX_BASE64_CHARS = 90_000;

/** The type the bytes really are (the server checks the same signature), read from the base64 prefix. */
function typeOf(base64: string): ShopImageType | null {
  if (base64.startsWith('/9j/')) return 'image/jpeg';
  if (base64.startsWith('iVBORw0KGgo')) return 'image/png';
  return null;
}

/** H5: draw onto a canvas at most `maxSide` wide/high on white, then JPEG, lowering quality until it fits. */
async function scaleInBrowser(src: string, maxSide: number): Promise<string> {
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new window.Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('图片读取失败'));
    img.src = src;
  });
  const scale = Math.min(1, maxSide / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const g = canvas.getContext('2d');
  if (!g) throw new Error('图片处理失败');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(image, 0, 0, canvas.width, canvas.height);
  for (const quality of [0.85, 0.7, 0.5, 0.35]) {
    const base64 = canvas.toDataURL('image/jpeg', quality).replace(/^data:image\/jpeg;base64,/, '');
    if (base64.length <= MAX_BASE64_CHARS) return base64;
  }
  throw new Error('图片太大，请换一张');
}

/** Mini program: the platform compresses and resizes; the file is read back as base64. */
async function scaleInWeapp(src: string, maxSide: number): Promise<string> {
  const compressed = await Taro.compressImage({ src, quality: 70, compressedWidth: maxSide });
  const base64 = Taro.getFileSystemManager().readFileSync(compressed.tempFilePath, 'base64') as string;
  if (base64.length > MAX_BASE64_CHARS) throw new Error('图片太大，请换一张');
  return base64;
}

/** Lets the user pick one image and returns it small enough to upload in one call; null if they cancelled. */
export async function chooseImageBase64(maxSide: number): Promise<ChosenImage | null> {
  let picked: Taro.chooseImage.SuccessCallbackResult;
  try {
    picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  } catch {
    return null;
  }
  const src = picked.tempFilePaths[0];
  if (!src) return null;
  const dataBase64 = process.env.TARO_ENV === 'weapp' ? await scaleInWeapp(src, maxSide) : await scaleInBrowser(src, maxSide);
  const contentType = typeOf(dataBase64);
  if (contentType === null) throw new Error('请上传 PNG 或 JPG 图片');
  return { contentType, dataBase64 };
}
