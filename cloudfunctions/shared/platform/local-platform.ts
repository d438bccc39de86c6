import fs from 'node:fs/promises';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Platform } from './platform';

/**
 * Local stand-ins: a mini-program code becomes a real QR PNG whose content is the H5 URL of the same page with
 * the same scene, written under `<dataDir>/codes/` and served by the local server at `/files/codes/`.
 */
export function createLocalPlatform(options: { dataDir: string; publicBaseUrl: string }): Platform {
  return {
    mode: 'local',
    async createCodeImage({ scene, page }) {
      const h5Url = `${options.publicBaseUrl}/${page}?scene=${encodeURIComponent(scene)}`;
      const dir = path.join(options.dataDir, 'codes');
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `${scene}.png`), await QRCode.toBuffer(h5Url, { width: 430, margin: 2 }));
      return { imageUrl: `/files/codes/${scene}.png`, h5Url };
    },
  };
}
