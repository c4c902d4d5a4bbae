// The release build served on 127.0.0.1 and a Chromium to open it, shared by a test file.
import { after, before } from 'node:test';
import { serveDist } from './server.mjs';
import { launchChromium } from './chromium.mjs';

/** Registers the file's setup and teardown; the returned object holds `server` and `browser`. */
export function withApp() {
  const app = {};
  before(async () => {
    app.server = await serveDist();
    app.browser = await launchChromium();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
