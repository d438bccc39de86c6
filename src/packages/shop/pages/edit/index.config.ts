export default definePageConfig({
  navigationBarTitleText: '我的店铺',
  onReachBottomDistance: 120,
  enableShareAppMessage: true,
});
