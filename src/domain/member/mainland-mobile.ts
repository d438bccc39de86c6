/** A mainland China mobile number: 11 digits, 1 then 3–9 (no landlines, no country code, no separators). */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export const isMainlandMobile = (phone: string): boolean => MAINLAND_MOBILE.test(phone);
