import { z } from 'zod';

/**
 * 关注公众号 on the pages a scan opens: in the mini program WeChat's own `official-account` component (it renders
 * only for scan scenes, and only for the account bound to the mini program); in H5 the account's QR image instead.
 */
export interface OfficialAccountView {
  /** Staff's choice: show the follow block on scan-opened pages. */
  showOnScan: boolean;
  /** The account's name, shown beside the QR image in H5. */
  name: string;
  /** The account's QR image (H5): what uploadProductImage / uploadStoreImage return, or https. */
  qrImageUrl: string | null;
}

export const officialAccountInputs = {
  getOfficialAccount: z.object({}).strict(),
  setOfficialAccount: z
    .object({
      showOnScan: z.boolean(),
      name: z.string().trim().max(30),
      qrImageUrl: z.string().max(500).regex(/^(\/files\/|cloud:\/\/|https:\/\/)/, '图片地址不正确').nullable(),
    })
    .strict(),
  /** Shoppers: what the follow block shows (`showOnScan: false` until staff switch it on). */
  getFollowInfo: z.object({}).strict(),
};

