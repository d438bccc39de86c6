import { useEffect, useState } from 'react';
import type { ShopProfileView } from '@/contracts/catalog';
import { getShopProfile } from '@/services/catalog';

/** Shown until the profile arrives (and if it cannot be loaded): a neutral name, no logo, no phone. */
export const FALLBACK_SHOP_PROFILE: ShopProfileView = { shopName: '商城', logoUrl: '', servicePhone: '' };

let cached: Promise<ShopProfileView> | null = null;

/** The shop's name, logo and 客服 phone from 店铺设置, asked once per app session and shared by every page. */
export function loadShopProfile(): Promise<ShopProfileView> {
  cached ??= getShopProfile().catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}

export function useShopProfile(): ShopProfileView {
  const [profile, setProfile] = useState<ShopProfileView | null>(null);
  useEffect(() => {
    let live = true;
    loadShopProfile().then(
      (p) => live && setProfile(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return profile ?? FALLBACK_SHOP_PROFILE;
}
