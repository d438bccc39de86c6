import { defineApi, returns, type ResultsOf } from './define-api';
import { customerAdminInputs } from '../customer-admin-inputs';
import { CUSTOMER_ADMIN_FN, type CustomerDetailView, type CustomerView } from '../customer-admin';
import type { ExportFileView } from '../export-file';
import type { Page } from '../paging';

/** The customer-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const customerAdminApi = defineApi(CUSTOMER_ADMIN_FN, {
  listCustomers: { input: customerAdminInputs.listCustomers, result: returns<Page<CustomerView>>(), permission: 'orders' },
  getCustomer: { input: customerAdminInputs.getCustomer, result: returns<CustomerDetailView>(), permission: 'orders' },
  setCustomerTags: { input: customerAdminInputs.setCustomerTags, result: returns<CustomerDetailView>(), permission: 'orders' },
  addCustomerNote: { input: customerAdminInputs.addCustomerNote, result: returns<CustomerDetailView>(), permission: 'orders' },
  exportCustomers: { input: customerAdminInputs.exportCustomers, result: returns<ExportFileView>(), permission: 'orders' },
});

/** Every action's result by name (from the API map). */
export type CustomerAdminResults = ResultsOf<typeof customerAdminApi>;
