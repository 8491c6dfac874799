/** npm start when its port is taken (issue 11.10): a message saying what to do, and an exit, not a hang. */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { testConfig } from './helpers/database';

test('a second npm start on a port in use exits at once with a clear message', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as { port: number }).port;
  try {
    const env = { ...process.env, PORT: String(port), NEO4J_URI: testConfig().neo4jUri, NEO4J_HTTP_PORT: String(testConfig().neo4jHttpPort) };
    const started = Date.now();
    const run = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['src/cli/start.ts'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal).toBeNull(); // not killed by the timeout: it exited by itself
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`armsgraph: port ${port} is in use: another \`npm start\` or another program listens on 127.0.0.1:${port}. Stop it, or set PORT in .env (or the environment) to a free port.`);
    expect(run.stderr).not.toMatch(/EADDRINUSE|\bat /);
    expect(Date.now() - started).toBeLessThan(60_000);
  } finally {
    taken.close();
  }
});
