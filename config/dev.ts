import type { UserConfigExport } from '@tarojs/cli';

/** Where `npm start` (the local server with the /api gateway) listens while the H5 dev server is used. */
const LOCAL_SERVER = process.env.WFX_LOCAL_SERVER ?? 'http://localhost:10086';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      // 10086 belongs to `npm start`; the watch build's dev server sits beside it and forwards backend calls to it.
      port: 10087,
      // No hot reload: neither react-refresh nor its webpack plugin is installed (babel.config.js turns it off too).
      hot: false,
      historyApiFallback: true,
      // Keep dist/h5 current as well, so the local server itself always serves the latest build.
      devMiddleware: { writeToDisk: true },
      proxy: [{ context: ['/api', '/files'], target: LOCAL_SERVER, changeOrigin: true }],
    },
  },
} satisfies UserConfigExport<'webpack5'>;
