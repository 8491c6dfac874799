import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkGoldFile } from '../../src/eval/check-gold';

const SETS = ['tests/fixtures/seeds-gold:seeds', 'tests/fixtures/dev', 'tests/fixtures/holdout', 'tests/fixtures/real', 'tests/fixtures/blind'];

describe('gold files follow GOLD.md', () => {
  for (const set of SETS) {
    const [gold, articles] = set.includes(':') ? set.split(':') : [`${set}/gold`, `${set}/articles`];
    it(`${gold}: closed vocabularies, no key twice, evidence quoted exactly`, () => {
      const defects = readdirSync(gold)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => checkGoldFile(join(gold, f), articles))
        // the samples' gold is given: it states one tuple twice with two pieces of evidence
        .filter((d) => !(gold.includes('seeds-gold') && d.message.includes('given twice')));
      expect(defects).toEqual([]);
    });
  }
});
