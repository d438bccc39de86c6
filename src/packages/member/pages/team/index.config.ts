export default definePageConfig({
  navigationBarTitleText: '我的团队',
  onReachBottomDistance: 120,
});
