// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// `hot: false`: watch builds are served by the local server, so React Fast Refresh (react-refresh) is not used.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', hot: false }]],
};
