export default definePageConfig({
  navigationBarTitleText: '好友代付',
});
