import { memberApi } from '../../src/contracts/api/member';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { clearHistory } from './actions/clear-history';
import { deleteAddress } from './actions/delete-address';
import { listAddresses } from './actions/list-addresses';
import { listFavourites } from './actions/list-favourites';
import { listHistory } from './actions/list-history';
import { recordProductView } from './actions/record-product-view';
import { saveAddress } from './actions/save-address';
import { setDefaultAddress } from './actions/set-default-address';
import { setFavourite } from './actions/set-favourite';

/** 我的 for the signed-in shopper: 收藏, 足迹 and the 地址簿. */
export const memberHandler = createHandler(memberApi, { setFavourite, listFavourites, recordProductView, listHistory, clearHistory, listAddresses, saveAddress, deleteAddress, setDefaultAddress });
