import { candidateClaims, scoredExtractor } from '../../src/extract';
import { FEATURES, featuresOf, keepLikely, probability } from '../../src/extract/scorer';
import model from '../../src/extract/scorer-model.json';

const text = 'Nordkorea hat Russland Artilleriegranaten geliefert. Im Gegenzug soll Russland Nordkorea Kampfflugzeuge liefern.';

describe('claim scorer', () => {
  it('was trained on the features the stage computes (retrain with npm run train:scorer after changing them)', () => {
    expect(model.features).toEqual([...FEATURES]);
    expect(model.weights).toHaveLength(FEATURES.length);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('describes each candidate by binary features, the bias always on', () => {
    const { doc, claims } = candidateClaims({ text, language: 'de' });
    expect(claims.length).toBe(2);
    for (const c of claims) {
      const x = featuresOf(doc, c, claims);
      expect(x).toHaveLength(FEATURES.length);
      expect(x.every((v) => v === 0 || v === 1)).toBe(true);
      expect(x[FEATURES.indexOf('bias')]).toBe(1);
      expect(x[FEATURES.indexOf(`status.${c.status}`)]).toBe(1);
    }
  });

  it('keeps what clears the threshold and drops the rest', () => {
    const { doc, claims } = candidateClaims({ text, language: 'de' });
    const zero = FEATURES.map(() => 0);
    expect(keepLikely(doc, claims, { features: [...FEATURES], weights: zero, threshold: 0.5 })).toHaveLength(2);
    const bias = FEATURES.map((f) => (f === 'bias' ? -5 : 0));
    expect(keepLikely(doc, claims, { features: [...FEATURES], weights: bias, threshold: 0.5 })).toHaveLength(0);
    expect(probability(bias, featuresOf(doc, claims[0], claims))).toBeLessThan(0.01);
  });

  it('refuses a model trained on other features', () => {
    const { doc, claims } = candidateClaims({ text, language: 'de' });
    expect(() => keepLikely(doc, claims, { features: ['bias'], weights: [0], threshold: 0.5 })).toThrow(/npm run train:scorer/);
  });

  it('keeps the headline exchange of the samples', () => {
    const tuples = scoredExtractor.extract({ text, language: 'de' }).transfers.map((t) => `${t.supplier.id}>${t.recipient.id} ${t.category} ${t.status}`);
    expect(tuples).toEqual(['north-korea>russia ammunition delivered', 'russia>north-korea aircraft expected']);
  });
});
