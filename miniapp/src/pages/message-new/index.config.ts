export default definePageConfig({
  navigationBarTitleText: '我要留言',
})
