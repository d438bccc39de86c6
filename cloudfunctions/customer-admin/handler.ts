import { customerAdminApi } from '../../src/contracts/api/customer-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { addCustomerNote } from './actions/add-customer-note';
import { exportCustomers } from './actions/export-customers';
import { getCustomer } from './actions/get-customer';
import { listCustomers } from './actions/list-customers';
import { setCustomerTags } from './actions/set-customer-tags';

/** 顾客管理 (CRM): customers with spend and superior, staff tags and notes, CSV export. Every action needs 'orders'. */
export const customerAdminHandler = createHandler(customerAdminApi, { listCustomers, getCustomer, setCustomerTags, addCustomerNote, exportCustomers });
