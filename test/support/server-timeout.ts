// Server tests open the test database in their hooks; on a busy machine that can take longer
// than Jest's 5-second default, which then fails a whole file for no fault of the code.
jest.setTimeout(30_000)
