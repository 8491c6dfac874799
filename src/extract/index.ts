/**
 * The rule-based extractor: read → clean → segment → entities → transfers → normalise → resolve
 * (with the claim scorer between normalise and resolve in `scoredExtractor`).
 * Each stage is a function over the growing document; `ruleExtractor` runs them in order.
 */
import type { ArticleInput, ArticleRecord, Extractor } from '../record';
import { clean } from './clean';
import { findMentions } from './entities';
import { detectLanguage } from './language';
import { normalise } from './normalise';
import { toRecord } from './resolve';
import { keepLikely } from './scorer';
import { segment } from './segment';
import { findFrames } from './transfers';
import type { Claim, Doc } from './types';

export { readArticleFile } from './read';
export { resolveName } from '../lexicon';
export { clean } from './clean';
export { segment } from './segment';
export { findMentions } from './entities';
export { findFrames } from './transfers';
export { normalise } from './normalise';
export { toRecord } from './resolve';
export { detectLanguage } from './language';
export { findWhen, parseFullDate } from './dates';
export type { Doc, Claim, Mention, Sentence } from './types';

/** Runs the stages up to and including entity recognition. */
export function analyse(input: ArticleInput): Doc {
  const cleaned = clean(input);
  const sentences = segment(cleaned);
  const language = input.language ?? detectLanguage(cleaned.norm);
  return { ...cleaned, language, sentences, ...findMentions(cleaned, sentences) };
}

/** The candidate claims of an article before the scorer weighs them (what the scorer is trained on). */
export function candidateClaims(input: ArticleInput): { doc: Doc; claims: Claim[] } {
  const doc = analyse(input);
  return { doc, claims: normalise(doc, findFrames(doc)) };
}

const NAME = 'armsgraph-rules';
const VERSION = '0.8.4';

export const ruleExtractor: Extractor = {
  name: NAME,
  version: VERSION,
  extract(input: ArticleInput): ArticleRecord {
    const { doc, claims } = candidateClaims(input);
    return toRecord(doc, claims, { name: NAME, version: VERSION });
  },
};

/**
 * The same stages with the claim scorer after them. Not the default: on the blind holdout it did
 * not beat the rules alone (tests/fixtures/blind/README.md); `npm run eval -- --with-scorer` measures it.
 */
export const scoredExtractor: Extractor = {
  name: `${NAME}-scored`,
  version: VERSION,
  extract(input: ArticleInput): ArticleRecord {
    const { doc, claims } = candidateClaims(input);
    return toRecord(doc, keepLikely(doc, claims), { name: `${NAME}-scored`, version: VERSION });
  },
};
