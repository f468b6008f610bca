// Component tests of the mini-program: React + Taro components in jsdom. @tarojs/taro is
// replaced by a small test double (test/taro.ts) whose functions are jest mocks.
const path = require('node:path')

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'miniapp',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.m?[jt]sx?$': ['babel-jest', { configFile: path.join(__dirname, 'babel.config.js') }],
  },
  // Taro's components and their dependencies ship untranspiled ES modules, some of them in
  // node_modules nested inside another package (…/lib/react/node_modules/.pnpm/…/tslib).
  transformIgnorePatterns: ['/node_modules/(?!.*(@tarojs|@stencil|swiper|ssr-window|dom7|tslib)/)'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/taro.ts',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '\\.(css|scss|sass|less)$': 'identity-obj-proxy',
  },
  setupFiles: ['<rootDir>/test/setup-env.js'],
  globals: {
    // The build-time constants of miniapp/config (defineConstants), as the H5 build has them.
    ZHENGMIN_API_BASE: '',
    ZHENGMIN_WECHAT_ACCOUNT_NAME: '',
    ZHENGMIN_WECHAT_QR_URL: '',
    ZHENGMIN_ANSWER_TEMPLATE_ID: 'answer-template-0001',
    // Constants Taro's build defines for its runtime and components.
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: false,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: false,
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
  clearMocks: true,
}
