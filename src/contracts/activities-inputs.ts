import { z } from 'zod';
import { addressInput } from './orders-inputs';

/** Ids the server made (activity, group, bargain and pay-request ids): base62 with a kind letter. */
const ID = z.string().regex(/^[0-9A-Za-z_-]{6,40}$/);
const ORDER_ID = z.string().regex(/^[0-9A-Za-z_-]{8,32}$/);
const REQUEST_ID = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/);
const fen = z.number().int().min(0).max(9_999_999_999);
const at = z.string().datetime();

const buy = { requestId: REQUEST_ID, address: addressInput, remark: z.string().max(200).optional() };

/** Payload schemas of the activities function (server side; the client imports only ./activities). */
export const activitiesInputs = {
  listActivities: z.object({}).strict(),
  getFlashSale: z.object({ saleId: ID }).strict(),
  buyFlashSale: z.object({ ...buy, saleId: ID, quantity: z.number().int().min(1).max(99) }).strict(),
  getGroupBuy: z.object({ activityId: ID }).strict(),
  openGroup: z.object({ ...buy, activityId: ID }).strict(),
  joinGroup: z.object({ ...buy, groupId: ID }).strict(),
  getGroup: z.object({ groupId: ID }).strict(),
  getBargainActivity: z.object({ activityId: ID }).strict(),
  startBargain: z.object({ activityId: ID }).strict(),
  helpBargain: z.object({ bargainId: ID }).strict(),
  getBargain: z.object({ bargainId: ID }).strict(),
  buyBargain: z.object({ ...buy, bargainId: ID }).strict(),
  createPayRequest: z.object({ orderId: ORDER_ID }).strict(),
  getPayRequest: z.object({ payRequestId: ID }).strict(),
  payForFriend: z.object({ payRequestId: ID }).strict(),
};

const common = {
  /** Absent: create (the id comes from requestId, so a retried create makes one activity). Present: edit that one. */
  id: ID.optional(),
  requestId: REQUEST_ID,
  skuId: z.string().min(1).max(64),
  startAt: at,
  endAt: at,
  paysCommission: z.boolean().optional(),
};
const windowOrdered = (a: { startAt: string; endAt: string }) => a.startAt < a.endAt;
const windowMessage = { message: '结束时间必须晚于开始时间' };

/** Payload schemas of the activity-admin function. */
export const activityAdminInputs = {
  listFlashSales: z.object({}).strict(),
  saveFlashSale: z
    .object({ ...common, priceFen: fen, stockTotal: z.number().int().min(1).max(1_000_000), perUserLimit: z.number().int().min(1).max(99).nullable() })
    .strict()
    .refine(windowOrdered, windowMessage),
  deleteFlashSale: z.object({ id: ID }).strict(),
  listGroupBuys: z.object({}).strict(),
  saveGroupBuy: z
    .object({ ...common, priceFen: fen, leaderPriceFen: fen.nullable(), requiredMembers: z.number().int().min(2).max(20), hours: z.number().int().min(1).max(72) })
    .strict()
    .refine(windowOrdered, windowMessage),
  deleteGroupBuy: z.object({ id: ID }).strict(),
  listBargainActivities: z.object({}).strict(),
  saveBargainActivity: z
    .object({ ...common, floorFen: fen, helps: z.number().int().min(1).max(50), minCutFen: fen, maxCutFen: fen, hours: z.number().int().min(1).max(72) })
    .strict()
    .refine(windowOrdered, windowMessage),
  deleteBargainActivity: z.object({ id: ID }).strict(),
  listGroups: z.object({ activityId: ID.optional() }).strict(),
  listBargains: z.object({ activityId: ID.optional() }).strict(),
};
