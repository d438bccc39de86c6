export default definePageConfig({ navigationBarTitleText: '顾客管理' });
