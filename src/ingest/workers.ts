/**
 * Extraction on several cores (issue 9 §2): the rule extractor runs in worker threads while
 * the main thread reads and writes. Records come out in input order, and at most
 * `threads × IN_FLIGHT` articles are being extracted at once, so memory stays bounded whatever
 * the input size: reading waits when the workers are behind, and the workers wait when
 * writing is behind (nothing is pulled that the batch has not asked for).
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ArticleInput, ArticleRecord } from '../record';
import type { Checked } from '../validate/checked';
import { fromChecked, Item } from './item';

/** Articles handed to each worker ahead of the one being written. */
const IN_FLIGHT = 8;

/** Default extraction threads: one core is left to the main thread (and to a local Neo4j). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 2));
}

interface Job {
  resolve: (checked: Checked<ArticleRecord>) => void;
}

class ExtractionWorker {
  private readonly worker: Worker;
  private readonly jobs = new Map<number, Job>();
  private next = 0;
  private failure: string | null = null;

  constructor() {
    // tsx compiles the TypeScript worker, as it does the main thread (and under jest).
    const file = path.join(__dirname, 'extract-worker.ts');
    this.worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true });
    this.worker.on('message', ({ id, checked }: { id: number; checked: Checked<ArticleRecord> }) => {
      this.jobs.get(id)?.resolve(checked);
      this.jobs.delete(id);
    });
    const fail = (reason: string) => {
      this.failure = reason;
      for (const job of this.jobs.values()) job.resolve({ ok: false, reason });
      this.jobs.clear();
    };
    this.worker.on('error', (error) => fail(`extraction thread failed: ${error.message}`));
    this.worker.on('exit', (code) => fail(`extraction thread exited (code ${code})`));
  }

  get load(): number {
    return this.jobs.size;
  }

  extract(input: ArticleInput): Promise<Checked<ArticleRecord>> {
    if (this.failure) return Promise.resolve({ ok: false, reason: this.failure });
    const id = this.next++;
    return new Promise((resolve) => {
      this.jobs.set(id, { resolve });
      this.worker.postMessage({ id, input });
    });
  }

  stop(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}

/** The rule extractor over `inputs` in `threads` worker threads; failed and skipped inputs pass through in place. */
export async function* extractInWorkers(inputs: AsyncIterable<Item<ArticleInput>>, threads: number): AsyncGenerator<Item<ArticleRecord>> {
  const workers = Array.from({ length: threads }, () => new ExtractionWorker());
  const queue: Array<Promise<Item<ArticleRecord>>> = [];
  try {
    for await (const item of inputs) {
      if (item.kind !== 'ok') queue.push(Promise.resolve(item));
      else {
        const worker = workers.reduce((a, b) => (b.load < a.load ? b : a));
        queue.push(worker.extract(item.value).then((checked) => fromChecked(item.origin, checked, item.warnings)));
      }
      while (queue.length >= threads * IN_FLIGHT) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}
