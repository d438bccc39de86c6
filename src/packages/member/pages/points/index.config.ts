export default definePageConfig({
  navigationBarTitleText: '签到与积分',
});
