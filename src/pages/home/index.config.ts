export default definePageConfig({
  navigationBarTitleText: '微分销商城',
  onReachBottomDistance: 120,
});
