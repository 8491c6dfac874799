/** One extraction thread (see ./workers.ts): article inputs in, checked records out. */
import { parentPort } from 'node:worker_threads';
import { ruleExtractor } from '../extract';
import { ArticleInput } from '../record';
import { extractArticle } from './ingest';

parentPort!.on('message', ({ id, input }: { id: number; input: ArticleInput }) => {
  parentPort!.postMessage({ id, checked: extractArticle(ruleExtractor, input) });
});
