/** The evaluation sets by name (`npm run eval -- --set NAME`): article folder and gold folder. */
export const SETS: Record<string, { articles: string; gold: string }> = {
  dev: { articles: 'tests/fixtures/dev/articles', gold: 'tests/fixtures/dev/gold' },
  holdout: { articles: 'tests/fixtures/holdout/articles', gold: 'tests/fixtures/holdout/gold' },
  blind: { articles: 'tests/fixtures/blind/articles', gold: 'tests/fixtures/blind/gold' },
  real: { articles: 'tests/fixtures/real/articles', gold: 'tests/fixtures/real/gold' },
  seeds: { articles: 'seeds', gold: 'tests/fixtures/seeds-gold' },
};
