import { existsSync } from 'node:fs';
import { ruleExtractor } from '../../src/extract';
import { formatReport, scoreDirectory, type Report } from '../../src/eval/score';

function check(report: Report, transferF1: number, entityF1: number): void {
  expect(report.strict.f1).toBeGreaterThanOrEqual(transferF1);
  for (const s of Object.values(report.entities)) expect(s.f1).toBeGreaterThanOrEqual(entityF1);
}

describe('extraction quality against gold', () => {
  it('meets the targets on the sample articles', async () => {
    const report = await scoreDirectory(ruleExtractor, 'seeds', 'tests/fixtures/seeds-gold');
    console.log(`samples\n${formatReport(report)}`);
    expect(report.articles).toBe(5);
    check(report, 0.9, 0.9);
  });

  const dev = 'tests/fixtures/dev';
  (existsSync(`${dev}/gold`) ? it : it.skip)('holds its floor on the development set', async () => {
    const report = await scoreDirectory(ruleExtractor, `${dev}/articles`, `${dev}/gold`);
    console.log(`development set\n${formatReport(report)}`);
    expect(report.articles).toBeGreaterThanOrEqual(12);
    // Floors the extractor reaches today; raise them as it improves.
    expect(report.strict.f1).toBeGreaterThanOrEqual(DEV_FLOOR.strict);
    expect(report.lenient.f1).toBeGreaterThanOrEqual(DEV_FLOOR.lenient);
    for (const s of Object.values(report.entities)) expect(s.f1).toBeGreaterThanOrEqual(DEV_FLOOR.entity);
  });

  const holdout = 'tests/fixtures/holdout';
  it('holds its floor on the held-out set (never tuned on: see its README)', async () => {
    const report = await scoreDirectory(ruleExtractor, `${holdout}/articles`, `${holdout}/gold`);
    console.log(`held-out set\n${formatReport(report)}`);
    expect(report.articles).toBe(12);
    expect(report.strict.f1).toBeGreaterThanOrEqual(HOLDOUT_FLOOR.strict);
    expect(report.lenient.f1).toBeGreaterThanOrEqual(HOLDOUT_FLOOR.lenient);
    for (const s of Object.values(report.entities)) expect(s.f1).toBeGreaterThanOrEqual(HOLDOUT_FLOOR.entity);
  });
});

// A regression guard on articles no rule was fitted to; set just under extractor 0.5.1's figures (0.6.0 holds them).
const HOLDOUT_FLOOR = { strict: 0.58, lenient: 0.74, entity: 0.74 };
const DEV_FLOOR = { strict: 0.72, lenient: 0.78, entity: 0.94 };
