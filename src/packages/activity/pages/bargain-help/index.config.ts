export default definePageConfig({
  navigationBarTitleText: '帮好友砍价',
});
