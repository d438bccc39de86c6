export default definePageConfig({ navigationBarTitleText: '经营数据', enablePullDownRefresh: true });
