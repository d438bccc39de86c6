import { defineApi, returns, type ResultsOf } from './define-api';
import { memberInputs } from '../member-inputs';
import { MEMBER_FN, type AddressView, type SavedProductView } from '../member';
import type { Page } from '../paging';

/** The member function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const memberApi = defineApi(MEMBER_FN, {
  clearHistory: { input: memberInputs.clearHistory, result: returns<{ cleared: number }>(), permission: 'user' },
  deleteAddress: { input: memberInputs.deleteAddress, result: returns<AddressView[]>(), permission: 'user' },
  /** The default first, then the rest in the order they were added. */
  listAddresses: { input: memberInputs.listAddresses, result: returns<AddressView[]>(), permission: 'user' },
  listFavourites: { input: memberInputs.listFavourites, result: returns<Page<SavedProductView>>(), permission: 'user' },
  listHistory: { input: memberInputs.listHistory, result: returns<Page<SavedProductView>>(), permission: 'user' },
  recordProductView: { input: memberInputs.recordProductView, result: returns<{ favourited: boolean }>(), permission: 'user' },
  saveAddress: { input: memberInputs.saveAddress, result: returns<AddressView[]>(), permission: 'user' },
  setDefaultAddress: { input: memberInputs.setDefaultAddress, result: returns<AddressView[]>(), permission: 'user' },
  setFavourite: { input: memberInputs.setFavourite, result: returns<{ favourited: boolean }>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type MemberResults = ResultsOf<typeof memberApi>;
