// Runs before every test file: see harness/env.ts.
import './harness/env';
