/** Where an order is shipped: the recipient, their mobile number, the region (省市区) and the street address. */
export interface Address {
  name: string;
  phone: string;
  region: string;
  detail: string;
}
