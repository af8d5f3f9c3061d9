// Stands in, in the build, for Phaser's whole Math namespace (node_modules/phaser/src/math/index.js,
// ≈20 KB gzip of matrices, quaternions and noise the game never uses). Only core/Config.js and
// utils/object/GetAdvancedValue.js require the namespace, and only for its random number generator:
// Config creates `RND` here and GetAdvancedValue reads it. Every other Phaser file requires the math
// functions it needs one by one. See the `phaser-math` plugin in vite.config.ts.
module.exports = {
  RandomDataGenerator: require('phaser-source/math/random-data-generator/RandomDataGenerator.js'),
  RND: null,
};
