// `npm test` after its machine check (./e2e-needs.ts): every check, in two stages laid out for two
// cores. The browser suite keeps both cores busy for about eleven minutes; the other checks need
// about two minutes of one core between them, and most of that can hide beside it.
//   1. The build the browser suite plays, with the unit tests, the class hub's loopback tests and
//      the level checker beside it. The tests keep time (timeouts, a hub's sockets and timers), so
//      they run before the browser suite loads the cores.
//   2. The browser suite, its output printed as it comes, with the type checks and ESLint beside
//      it at a lower priority: they keep no time, and take the cores when the browsers leave them.
// A stage that fails stops the run: no browser suite for a build or a unit test that failed.
import { sideBySide } from './parallel';

const stages = [
  [{ script: 'build' }, { script: 'test:unit' }, { script: 'test:class' }, { script: 'levels:check' }],
  [{ script: 'test:browser', live: true }, { script: 'typecheck', yields: true }, { script: 'lint', yields: true }],
];

for (const stage of stages) if (!(await sideBySide(stage))) process.exit(1);
