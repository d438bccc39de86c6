import { MEMBER_FN, type MemberResults } from '../contracts/member';
import { callAction } from './call-function';

export const setFavourite = (productId: string, on: boolean) => callAction<MemberResults['setFavourite']>(MEMBER_FN, 'setFavourite', { productId, on });
export const listFavourites = (payload: { cursor?: number; limit?: number } = {}) => callAction<MemberResults['listFavourites']>(MEMBER_FN, 'listFavourites', payload);
/** Records the visit in 足迹 and answers whether the product is a favourite. */
export const recordProductView = (productId: string) => callAction<MemberResults['recordProductView']>(MEMBER_FN, 'recordProductView', { productId });
export const listHistory = (payload: { cursor?: number; limit?: number } = {}) => callAction<MemberResults['listHistory']>(MEMBER_FN, 'listHistory', payload);
export const clearHistory = () => callAction<MemberResults['clearHistory']>(MEMBER_FN, 'clearHistory', {});

export const listAddresses = () => callAction<MemberResults['listAddresses']>(MEMBER_FN, 'listAddresses', {});
export const saveAddress = (payload: { addressId: string; name: string; phone: string; region: string; detail: string; isDefault?: boolean }) =>
  callAction<MemberResults['saveAddress']>(MEMBER_FN, 'saveAddress', payload);
export const deleteAddress = (addressId: string) => callAction<MemberResults['deleteAddress']>(MEMBER_FN, 'deleteAddress', { addressId });
export const setDefaultAddress = (addressId: string) => callAction<MemberResults['setDefaultAddress']>(MEMBER_FN, 'setDefaultAddress', { addressId });
