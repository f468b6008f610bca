export default defineAppConfig({
  // The main package holds what the first screen needs; the message form (with its validation
  // library) is a subpackage, downloaded when the citizen opens it. Its page path stays
  // pages/message-new/index.
  pages: ['pages/index/index', 'pages/coming-soon/index'],
  subPackages: [{ root: 'pages/message-new', pages: ['index'] }],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pages/message-new'] },
  },
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f3f5f8',
    navigationBarBackgroundColor: '#1f5fa8',
    navigationBarTitleText: '政民互动',
    navigationBarTextStyle: 'white',
  },
})
