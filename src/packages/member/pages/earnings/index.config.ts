export default definePageConfig({
  navigationBarTitleText: '我的收益',
  onReachBottomDistance: 120,
});
