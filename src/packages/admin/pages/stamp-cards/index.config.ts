export default definePageConfig({ navigationBarTitleText: '集点卡' });
