export default definePageConfig({
  navigationBarTitleText: '全部分类',
  disableScroll: true,
});
