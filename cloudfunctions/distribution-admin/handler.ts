import { distributionAdminApi } from '../../src/contracts/api/distribution-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { designateDistributor } from './actions/designate-distributor';
import { getPolicy } from './actions/get-policy';
import { getProductCommission } from './actions/get-product-commission';
import { listApplications } from './actions/list-applications';
import { listBindings } from './actions/list-bindings';
import { listDistributors } from './actions/list-distributors';
import { rebindUser } from './actions/rebind-user';
import { reviewApplication } from './actions/review-application';
import { setDistributorGrade } from './actions/set-distributor-grade';
import { setDistributorStatus } from './actions/set-distributor-status';
import { setProductCommission } from './actions/set-product-commission';
import { updatePolicy } from './actions/update-policy';

/**
 * 分销管理: the distribution policy, applications, distributor status and grade, and staff rebinding.
 * Every action needs the 'distribution' permission; every change is audited in the transaction that makes it.
 */
export const distributionAdminHandler = createHandler(distributionAdminApi, {
  getPolicy,
  updatePolicy,
  listApplications,
  reviewApplication,
  designateDistributor,
  setDistributorStatus,
  setDistributorGrade,
  rebindUser,
  listDistributors,
  listBindings,
  getProductCommission,
  setProductCommission,
});
