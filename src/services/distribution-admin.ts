import { DISTRIBUTION_ADMIN_FN } from '../contracts/distribution-admin';
import { apiClient } from './call-function';
import type { distributionAdminApi } from '../contracts/api/distribution-admin';

const distributionAdminClient = apiClient<typeof distributionAdminApi>(DISTRIBUTION_ADMIN_FN);

export const getPolicy = () => distributionAdminClient.getPolicy();
export const updatePolicy = distributionAdminClient.updatePolicy;
export const listApplications = distributionAdminClient.listApplications;
export const reviewApplication = distributionAdminClient.reviewApplication;
export const listDistributors = distributionAdminClient.listDistributors;
export const setDistributorStatus = (userId: string, status: 'ACTIVE' | 'FROZEN' | 'REVOKED') => distributionAdminClient.setDistributorStatus({ userId, status });
export const setDistributorGrade = (userId: string, gradeId: string | null) => distributionAdminClient.setDistributorGrade({ userId, gradeId });
export const rebindUser = (userId: string, newSuperiorId: string | null) => distributionAdminClient.rebindUser({ userId, newSuperiorId });
export const listBindings = distributionAdminClient.listBindings;
export const getProductCommission = (productId: string) => distributionAdminClient.getProductCommission({ productId });
export const setProductCommission = distributionAdminClient.setProductCommission;
