/**
 * jsdom for miniprogram-simulate, with the Node globals the shop's server code uses when the component tests run
 * it in the same process (text codecs for QR codes, structuredClone for the store, immediates). The client side of
 * those tests is the jsdom renderer; WeChat's own globals are tested by the vm-based runtime suite.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const SERVER_GLOBALS = ['TextEncoder', 'TextDecoder', 'structuredClone', 'setImmediate', 'clearImmediate'];

class JsdomWithServerGlobals extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SERVER_GLOBALS) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithServerGlobals;
