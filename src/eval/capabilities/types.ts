/**
 * A behavioural test case in the manner of CheckList (Ribeiro et al., ACL 2020): one short text
 * generated from a template, and the exact transfer tuples an extractor must give for it (none
 * when the text states no transfer).
 */
import type { Category, Language, Status } from '../../record';

export interface ExpectedTuple {
  supplier: string;
  recipient: string;
  category: Category;
  status: Status;
}

export interface CapabilityCase {
  /** What the case tests, e.g. "tense: Perfekt", "voice: passive without agent", "invariance: unrelated sentence". */
  capability: string;
  language: Language;
  text: string;
  /** Canonical English actor names, as gold files give them. */
  expected: ExpectedTuple[];
  /** Where the case comes from: the template and the lexicon entry it was built with. */
  origin: string;
}
