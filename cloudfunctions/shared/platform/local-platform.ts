import fs from 'node:fs/promises';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Platform } from './platform';

/**
 * Local stand-ins: a mini-program code becomes a real QR PNG whose content is the H5 URL of the same page with
 * the same scene, written under `<dataDir>/codes/` and served by the local server at `/files/codes/`.
 */
export function createLocalPlatform(options: { dataDir: string; publicBaseUrl: string }): Platform {
  const h5UrlFor = ({ scene, page }: { scene: string; page: string }) => `${options.publicBaseUrl}/${page}?scene=${encodeURIComponent(scene)}`;
  return {
    mode: 'local',
    h5UrlFor,
    async renderCode(input) {
      const dir = path.join(options.dataDir, 'codes');
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `${input.scene}.png`), await QRCode.toBuffer(h5UrlFor(input), { width: 430, margin: 2 }));
      return `/files/codes/${input.scene}.png`;
    },
  };
}
