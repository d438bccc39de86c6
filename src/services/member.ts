import { MEMBER_FN } from '../contracts/member';
import { apiClient } from './call-function';
import type { memberApi } from '../contracts/api/member';

const memberClient = apiClient<typeof memberApi>(MEMBER_FN);

export const setFavourite = (productId: string, on: boolean) => memberClient.setFavourite({ productId, on });
export const listFavourites = memberClient.listFavourites;
/** Records the visit in 足迹 and answers whether the product is a favourite. */
export const recordProductView = (productId: string) => memberClient.recordProductView({ productId });
export const listHistory = memberClient.listHistory;
export const clearHistory = () => memberClient.clearHistory();

export const listAddresses = () => memberClient.listAddresses();
export const saveAddress = memberClient.saveAddress;
export const deleteAddress = (addressId: string) => memberClient.deleteAddress({ addressId });
export const setDefaultAddress = (addressId: string) => memberClient.setDefaultAddress({ addressId });
