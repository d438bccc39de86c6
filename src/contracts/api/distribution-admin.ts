import { defineApi, returns, type ResultsOf } from './define-api';
import { distributionAdminInputs } from '../distribution-admin-inputs';
import { DISTRIBUTION_ADMIN_FN, type ApplicationView, type BindingView, type DistributorAdminView, type DistributorListItemView, type PolicyView, type ProductCommissionView, type RebindResult } from '../distribution-admin';
import type { Page } from '../paging';

/** The distribution-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const distributionAdminApi = defineApi(DISTRIBUTION_ADMIN_FN, {
  getPolicy: { input: distributionAdminInputs.getPolicy, result: returns<PolicyView>(), permission: 'distribution' },
  updatePolicy: { input: distributionAdminInputs.updatePolicy, result: returns<PolicyView>(), permission: 'distribution' },
  listApplications: { input: distributionAdminInputs.listApplications, result: returns<Page<ApplicationView>>(), permission: 'distribution' },
  reviewApplication: { input: distributionAdminInputs.reviewApplication, result: returns<DistributorAdminView>(), permission: 'distribution' },
  designateDistributor: { input: distributionAdminInputs.designateDistributor, result: returns<DistributorAdminView>(), permission: 'distribution' },
  setDistributorStatus: { input: distributionAdminInputs.setDistributorStatus, result: returns<DistributorAdminView>(), permission: 'distribution' },
  setDistributorGrade: { input: distributionAdminInputs.setDistributorGrade, result: returns<DistributorAdminView>(), permission: 'distribution' },
  rebindUser: { input: distributionAdminInputs.rebindUser, result: returns<RebindResult>(), permission: 'distribution' },
  listDistributors: { input: distributionAdminInputs.listDistributors, result: returns<Page<DistributorListItemView>>(), permission: 'distribution' },
  listBindings: { input: distributionAdminInputs.listBindings, result: returns<Page<BindingView>>(), permission: 'distribution' },
  getProductCommission: { input: distributionAdminInputs.getProductCommission, result: returns<ProductCommissionView>(), permission: 'distribution' },
  setProductCommission: { input: distributionAdminInputs.setProductCommission, result: returns<ProductCommissionView>(), permission: 'distribution' },
});

/** Every action's result by name (from the API map). */
export type DistributionAdminResults = ResultsOf<typeof distributionAdminApi>;
