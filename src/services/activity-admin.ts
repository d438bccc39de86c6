import { ACTIVITY_ADMIN_FN, type ActivityAdminResults } from '../contracts/activities';
import { callAction } from './call-function';

const call = <K extends keyof ActivityAdminResults>(action: K, payload: object = {}) => callAction<ActivityAdminResults[K]>(ACTIVITY_ADMIN_FN, action, payload);

interface Common {
  id?: string;
  requestId: string;
  skuId: string;
  startAt: string;
  endAt: string;
  paysCommission: boolean;
}

export const listFlashSales = () => call('listFlashSales');
export const saveFlashSale = (p: Common & { priceFen: number; stockTotal: number; perUserLimit: number | null }) => call('saveFlashSale', p);
export const deleteFlashSale = (id: string) => call('deleteFlashSale', { id });
export const listGroupBuys = () => call('listGroupBuys');
export const saveGroupBuy = (p: Common & { priceFen: number; leaderPriceFen: number | null; requiredMembers: number; hours: number }) => call('saveGroupBuy', p);
export const deleteGroupBuy = (id: string) => call('deleteGroupBuy', { id });
export const listBargainActivities = () => call('listBargainActivities');
export const saveBargainActivity = (p: Common & { floorFen: number; helps: number; minCutFen: number; maxCutFen: number; hours: number }) => call('saveBargainActivity', p);
export const deleteBargainActivity = (id: string) => call('deleteBargainActivity', { id });
export const listGroups = () => call('listGroups');
export const listBargains = () => call('listBargains');
