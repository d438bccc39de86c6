export default definePageConfig({ navigationBarTitleText: '到店预约' });
