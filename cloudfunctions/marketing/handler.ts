import { marketingApi } from '../../src/contracts/api/marketing';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { claimCoupon } from './actions/claim-coupon';
import { getMyMemberLevel } from './actions/get-my-member-level';
import { getPointsAccount } from './actions/get-points-account';
import { listCouponCentre } from './actions/list-coupon-centre';
import { listMyCoupons } from './actions/list-my-coupons';
import { previewCheckout } from './actions/preview-checkout';
import { signIn } from './actions/sign-in';
import { listOpenLuckyDraws } from './actions/list-open-lucky-draws';
import { getLuckyDraw } from './actions/get-lucky-draw';
import { drawPrize } from './actions/draw-prize';
import { listMyDrawRecords } from './actions/list-my-draw-records';
import { listMyStampCards } from './actions/list-my-stamp-cards';

/** 营销 for customers: coupon centre, my coupons, the checkout preview, sign-in, points and member level, 刮刮卡 / 大转盘, 集点卡. */
export const marketingHandler = createHandler(marketingApi, { listCouponCentre, claimCoupon, listMyCoupons, previewCheckout, signIn, getPointsAccount, getMyMemberLevel, listOpenLuckyDraws, getLuckyDraw, drawPrize, listMyDrawRecords, listMyStampCards });
