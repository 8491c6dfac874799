/** npm run build: bundles the explorer page into dist/explorer (npm start does it too). */
import path from 'node:path';
import { EXPLORER_DIR, buildExplorer } from '../api/explorer';
import { runCli } from './run';

runCli(async () => {
  const begin = Date.now();
  const bytes = await buildExplorer();
  console.log(`Explorer built in ${path.relative(process.cwd(), EXPLORER_DIR) || EXPLORER_DIR}: ${(bytes / 1024).toFixed(0)} KB in ${Date.now() - begin} ms.`);
});
