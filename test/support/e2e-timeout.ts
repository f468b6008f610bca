// Browser and process tests build pages and start servers: give each test and hook two minutes.
// (A project's `testTimeout` in jest.config.js is not applied when several projects run
// together, so the limit is set here, per test file.)
jest.setTimeout(120_000)
