/**
 * Scoring stage: is a claim a transfer the article states? The rules find candidates; a
 * logistic model over what the stages know about each one (how it was found, which sides the
 * sentence names itself, its status and category, where it stands in the article) weighs them,
 * and claims below the model's threshold are dropped. The weights are data
 * (`scorer-model.json`), trained from the development gold by `npm run train:scorer`
 * (`src/eval/train-scorer.ts`), deterministic.
 */
import { lexicon } from '../lexicon';
import { CATEGORIES, STATUSES } from '../record';
import model from './scorer-model.json';
import type { Claim, Doc } from './types';

const SIDES = ['marked', 'order', 'origin', 'other'];
const BASES = ['give', 'send', 'sell', 'buy', 'order', 'receive', 'pledge', 'offer', 'request', 'approve', 'negotiate', 'deny', 'stop', 'pattern', 'continued', 'personnel'];

/** The features, in the order of the model's weights. */
export const FEATURES: readonly string[] = [
  'bias',
  'filled.one', 'filled.both', 'redirected',
  ...SIDES.flatMap((side) => [`supplier.by.${side}`, `recipient.by.${side}`]),
  ...BASES.map((b) => `basis.${b}`),
  ...STATUSES.map((s) => `status.${s}`),
  ...CATEGORIES.map((c) => `category.${c}`),
  'item.named', 'items.several',
  'sentence.headline', 'sentence.lead', 'sentence.long', 'sentence.negated', 'sentence.quote', 'sentence.attributed',
  'sentence.actors.two', 'sentence.actors.more', 'sentence.claims.more',
  'supplier.inSentence', 'recipient.inSentence', 'supplier.company', 'recipient.company', 'recipient.nonstate',
  'pair.repeated', 'pair.reversed', 'statements.more',
  'language.de',
];

const NEGATION = /\b(?:nicht|kein\w*|nie|niemals|not|no|never|none)\b/;

export function featuresOf(doc: Doc, claim: Claim, claims: Claim[]): number[] {
  const lex = lexicon();
  const s = doc.sentences[claim.sentence];
  const norm = doc.norm.slice(s.start, s.end);
  const mentions = doc.bySentence[claim.sentence];
  const actors = new Set(mentions.filter((m) => m.type === 'actor' && m.form !== 'demonym').map((m) => m.id));
  const kind = (id: string) => lex.actors.get(id)?.kind;
  const on = new Set<string>(['bias']);
  const set = (name: string, yes: boolean) => yes && on.add(name);
  set('filled.one', claim.filled === 1);
  set('filled.both', claim.filled === 2);
  set('redirected', claim.redirected);
  for (const side of SIDES) {
    set(`supplier.by.${side}`, claim.by.supplier === side);
    set(`recipient.by.${side}`, claim.by.recipient === side);
  }
  on.add(`basis.${BASES.includes(claim.basis) ? claim.basis : 'pattern'}`);
  on.add(`status.${claim.status}`);
  on.add(`category.${claim.category}`);
  set('item.named', claim.items.some((m) => m.type === 'weapon' || !!m.weaponId));
  set('items.several', claim.items.length > 1);
  set('sentence.headline', claim.sentence === 0);
  set('sentence.lead', claim.sentence > 0 && claim.sentence <= 3);
  set('sentence.long', norm.split(/\s+/).length > 40);
  set('sentence.negated', NEGATION.test(norm));
  set('sentence.quote', /"/.test(norm));
  set('sentence.attributed', claim.attribution !== null);
  set('sentence.actors.two', actors.size === 2);
  set('sentence.actors.more', actors.size > 2);
  set('sentence.claims.more', claims.filter((c) => c.sentence === claim.sentence).length > 2);
  set('supplier.inSentence', actors.has(claim.supplier));
  set('recipient.inSentence', actors.has(claim.recipient));
  set('supplier.company', kind(claim.supplier) === 'company');
  set('recipient.company', kind(claim.recipient) === 'company');
  set('recipient.nonstate', kind(claim.recipient) !== 'state' && kind(claim.recipient) !== 'company');
  set('pair.repeated', claims.some((c) => c !== claim && c.supplier === claim.supplier && c.recipient === claim.recipient));
  set('pair.reversed', claims.some((c) => c.supplier === claim.recipient && c.recipient === claim.supplier));
  set('statements.more', claim.statements > 1);
  set('language.de', doc.language === 'de');
  return FEATURES.map((f) => (on.has(f) ? 1 : 0));
}

export interface ScorerModel {
  features: string[];
  weights: number[];
  threshold: number;
}

export function probability(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/** The claims the model keeps. A model trained on other features than these is refused, not misread. */
export function keepLikely(doc: Doc, claims: Claim[], m: ScorerModel = model as ScorerModel): Claim[] {
  if (m.features.length !== FEATURES.length || m.features.some((f, i) => f !== FEATURES[i])) {
    throw new Error('src/extract/scorer-model.json was trained on other features than src/extract/scorer.ts computes: run `npm run train:scorer`.');
  }
  return claims.filter((c) => probability(m.weights, featuresOf(doc, c, claims)) >= m.threshold);
}
