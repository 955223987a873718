import { Logger } from '@nestjs/common';

// Outside a test app (database specs, migrations), Nest's static logger would print to the
// console; keep test output readable unless TEST_LOG_LEVEL asks for logs.
if (!process.env.TEST_LOG_LEVEL) {
  Logger.overrideLogger(false);
}
