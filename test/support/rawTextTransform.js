// Jest stand-in for webpack's raw .txt imports: returns the file's text.
module.exports = {
  process(_src, filename) {
    return { code: `module.exports = ${JSON.stringify(require('fs').readFileSync(filename, 'utf8'))};` };
  },
};
