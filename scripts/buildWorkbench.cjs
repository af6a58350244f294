// Builds the workbench (webpack --env workbench) into dist/workbench through webpack's Node API, so npm start and the
// e2e tests need no shell. Rejects with webpack's own error text when the build fails.
const path = require('node:path');
const webpack = require('webpack');
const makeConfig = require('../webpack.config.js');

const ROOT = path.resolve(__dirname, '..');
const OUTPUT = path.join(ROOT, 'dist', 'workbench');

function buildWorkbench({ mode = 'production' } = {}) {
  const config = { ...makeConfig({ workbench: true }, { mode }), context: ROOT };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) {
        const messages = stats.toJson({ all: false, errors: true }).errors.map((e) => e.message).slice(0, 5);
        return reject(new Error(`The workbench build failed:\n${messages.join('\n\n')}`));
      }
      resolve(OUTPUT);
    });
  });
}

module.exports = { buildWorkbench, WORKBENCH_OUTPUT: OUTPUT };
