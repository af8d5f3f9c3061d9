// The library methods the game calls that Chromium 86 (360 Secure Browser 13's fast mode, QQ
// Browser, Sogou) lacks, each from core-js, which installs it only where it is missing. Loaded by
// gate.ts only in a browser that misses one of them; gate.ts checks the same list. The build's
// syntax is lowered for Chromium 86 separately (vite.config.ts, build.target). A method newer
// than Chromium 86 added to the game's code needs its line here (the old-kernel test fails
// until it has one).
import 'core-js/actual/object/has-own'; // Chromium 93
import 'core-js/actual/array/at'; // Chromium 92
import 'core-js/actual/string/at'; // Chromium 92
import 'core-js/actual/structured-clone'; // Chromium 98 (the level studio)
