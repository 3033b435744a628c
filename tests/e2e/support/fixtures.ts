import { test as base } from '@playwright/test';
import { startTestServer, type TestServer } from './web-server';

/** Every test gets its own server and its own empty workspaces folder: no shared state between tests. */
export const test = base.extend<{ server: TestServer }>({
  // Playwright requires the destructuring pattern for the (unused) fixtures argument.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startTestServer();
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
