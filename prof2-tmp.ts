import { loadConfig } from './src/config';
import { connect } from './src/graph/database';
import { query } from './src/graph/queries';
(async () => {
  const driver = await connect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7699', NEO4J_HTTP_PORT: '7498' }));
  const ids = ['north-korea->russia:missile','north-korea->russia:ammunition','north-korea->russia:artillery','russia->north-korea:technology','russia->north-korea:aircraft'];
  const r = await driver.executeQuery('PROFILE ' + query('transfers-by-id'), { ids });
  const walk = (p: any, d = 0): void => { console.log(' '.repeat(d) + p.operatorType, 'rows', p.rows, 'hits', p.dbHits); p.children.forEach((c: any) => walk(c, d + 1)); };
  walk(r.summary.profile);
  await driver.close();
})();
