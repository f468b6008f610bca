// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// Also used by jest (babel-jest) for the component tests.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
