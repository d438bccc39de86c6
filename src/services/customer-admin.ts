import { CUSTOMER_ADMIN_FN, type CustomerAdminResults, type CustomerFilter, type ListCustomersInput } from '../contracts/customer-admin';
import { callAction } from './call-function';

export const listCustomers = (payload: ListCustomersInput = {}) => callAction<CustomerAdminResults['listCustomers']>(CUSTOMER_ADMIN_FN, 'listCustomers', payload);

export const getCustomer = (userId: string) => callAction<CustomerAdminResults['getCustomer']>(CUSTOMER_ADMIN_FN, 'getCustomer', { userId });

export const setCustomerTags = (payload: { userId: string; tags: string[]; expectedVersion: number }) =>
  callAction<CustomerAdminResults['setCustomerTags']>(CUSTOMER_ADMIN_FN, 'setCustomerTags', payload);

export const addCustomerNote = (payload: { requestId: string; userId: string; text: string }) =>
  callAction<CustomerAdminResults['addCustomerNote']>(CUSTOMER_ADMIN_FN, 'addCustomerNote', payload);

export const exportCustomers = (filter: CustomerFilter = {}) => callAction<CustomerAdminResults['exportCustomers']>(CUSTOMER_ADMIN_FN, 'exportCustomers', filter);
