export default definePageConfig({ navigationBarTitleText: '门店与代理' });
