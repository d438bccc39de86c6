import type { DistributorStatus } from '../domain/distribution/distributor-lifecycle';
import { DISTRIBUTION_ADMIN_FN, type DistributionAdminResults, type SetProductCommissionInput, type UpdatePolicyInput } from '../contracts/distribution-admin';
import { callAction } from './call-function';

type PageArgs = { cursor?: number; limit?: number };
const call = <K extends keyof DistributionAdminResults>(action: K, payload: object = {}) =>
  callAction<DistributionAdminResults[K]>(DISTRIBUTION_ADMIN_FN, action, payload);

export const getPolicy = () => call('getPolicy');
export const updatePolicy = (payload: UpdatePolicyInput) => call('updatePolicy', payload);
export const listApplications = (payload: PageArgs = {}) => call('listApplications', payload);
export const reviewApplication = (payload: { userId: string; approve: boolean; note?: string }) => call('reviewApplication', payload);
export const listDistributors = (payload: PageArgs & { status?: DistributorStatus } = {}) => call('listDistributors', payload);
export const setDistributorStatus = (userId: string, status: 'ACTIVE' | 'FROZEN' | 'REVOKED') => call('setDistributorStatus', { userId, status });
export const setDistributorGrade = (userId: string, gradeId: string | null) => call('setDistributorGrade', { userId, gradeId });
export const rebindUser = (userId: string, newSuperiorId: string | null) => call('rebindUser', { userId, newSuperiorId });
export const listBindings = (payload: PageArgs & { userId: string }) => call('listBindings', payload);
export const getProductCommission = (productId: string) => call('getProductCommission', { productId });
export const setProductCommission = (payload: SetProductCommissionInput) => call('setProductCommission', payload);
