export default defineAppConfig({
  // The main package holds what the first screen needs; the message form (with its validation
  // library) is a subpackage, downloaded when the citizen opens it. Its page path stays
  // pages/message-new/index.
  pages: ['pages/index/index'],
  // 我的留言, 回复选登, 办事指南 and the staff pages (login, inbox, message, publishing) are subpackages too.
  subPackages: [
    { root: 'pages/message-new', pages: ['index'] },
    { root: 'pages/my-messages', pages: ['index'] },
    { root: 'pages/publications', pages: ['index', 'detail'] },
    { root: 'pages/guides', pages: ['index', 'detail'] },
    {
      root: 'staff',
      pages: [
        'login/index',
        'inbox/index',
        'detail/index',
        'publications/index',
        'publications/editor',
        'guides/index',
        'guides/editor',
        'dashboard/index',
      ],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pages/message-new', 'pages/my-messages'] },
  },
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f3f5f8',
    navigationBarBackgroundColor: '#1f5fa8',
    navigationBarTitleText: '政民互动',
    navigationBarTextStyle: 'white',
  },
})
