import { loadConfig } from './src/config';
import { connect } from './src/graph/database';
import { readRows } from './src/graph/reader';
(async () => {
  const driver = await connect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7699', NEO4J_HTTP_PORT: '7498' }));
  const time = async (label: string, f: () => Promise<any>) => {
    for (let i = 0; i < 5; i++) await f();
    const t: number[] = [];
    for (let i = 0; i < 20; i++) { const s = performance.now(); await f(); t.push(performance.now() - s); }
    t.sort((a, b) => a - b);
    console.log(label.padEnd(20), 'median', t[10].toFixed(1), 'ms  min', t[0].toFixed(1));
  };
  const counts = await readRows(driver, 'stats');
  console.log(JSON.stringify(counts[0]).slice(0, 300));
  await time('entity-lookup', () => readRows(driver, 'entity-lookup', { labels: ['Actor'], keys: ['nordkorea', 'russland'] }));
  const rows = await readRows<any>(driver, 'exchange', { from: 'north-korea', to: 'russia' });
  await time('exchange', () => readRows(driver, 'exchange', { from: 'north-korea', to: 'russia' }));
  const ids = rows.filter((r) => r.section === 'sent' || r.section === 'expectedInReturn').map((r) => r.transfer);
  console.log('transfers', ids.length);
  const tr = await readRows<any>(driver, 'transfers-by-id', { ids });
  await time('transfers-by-id', () => readRows(driver, 'transfers-by-id', { ids }));
  const claimIds = tr.flatMap((t) => t.transfer.claimIds.slice(0, 20));
  console.log('claims', claimIds.length, 'claimCounts', tr.map((t) => t.transfer.claimCount).join(','));
  await time('claims-by-id', () => readRows(driver, 'claims-by-id', { ids: claimIds }));
  await driver.close();
})();
