export default definePageConfig({
  navigationBarTitleText: '代录入留言',
})
