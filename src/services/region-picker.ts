import Taro from '@tarojs/taro';

/** WeChat draws a complete 省市区 picker (`<Picker mode="region">`); the H5 shop uses its own short list instead. */
export const HAS_NATIVE_REGION_PICKER = process.env.TARO_ENV === 'weapp';

/** 从微信导入: only the mini program can read the addresses saved in WeChat (chooseAddress). */
export const CAN_IMPORT_WECHAT_ADDRESS = process.env.TARO_ENV === 'weapp';

export interface ImportedAddress {
  name: string;
  phone: string;
  region: string;
  detail: string;
}

/** Opens WeChat's address list; null when the shopper backs out. */
export async function importWechatAddress(): Promise<ImportedAddress | null> {
  try {
    const a = await Taro.chooseAddress();
    return { name: a.userName, phone: a.telNumber, region: [a.provinceName, a.cityName, a.countyName].filter(Boolean).join(' '), detail: a.detailInfo };
  } catch {
    return null;
  }
}
