import { CUSTOMER_ADMIN_FN } from '../contracts/customer-admin';
import { apiClient } from './call-function';
import type { customerAdminApi } from '../contracts/api/customer-admin';

const customerAdminClient = apiClient<typeof customerAdminApi>(CUSTOMER_ADMIN_FN);

export const listCustomers = customerAdminClient.listCustomers;

export const getCustomer = (userId: string) => customerAdminClient.getCustomer({ userId });

export const setCustomerTags = customerAdminClient.setCustomerTags;

export const addCustomerNote = customerAdminClient.addCustomerNote;

export const exportCustomers = customerAdminClient.exportCustomers;
