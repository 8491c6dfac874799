/**
 * The predicate lexicon: every way a language says that arms are given, sold, bought, ordered,
 * sent, received, pledged, requested, negotiated, denied or stopped. An entry reads like a
 * dictionary entry — lemma, the forms inflection rules derive from it, the slots that hold
 * supplier, recipient and item, and what it means for the status — and carries examples that
 * the tests run. Data: `src/lexicon/data/predicates.de.jsonl`, `predicates.en.jsonl`.
 */
import type { Category, Language, Status } from '../../record';

/**
 * Where a role's filler stands relative to the predicate.
 * - `subj`: the subject (nominative; English: before the verb);
 * - `acc` / `dat` / `gen`: German case objects; `obj` / `iobj`: English direct and indirect
 *   objects ("sent Ukraine tanks": iobj Ukraine, obj tanks);
 * - `prep:X`: a phrase with preposition X ("prep:an", "prep:to", "prep:from", "prep:bei");
 * - `poss`: a possessor before a noun ("Russia's deliveries", "Russlands Lieferungen");
 * - `adj`: an origin adjective before a noun ("russische Lieferungen", "Iranian shipments");
 * - `compound`: the left part of a compound or hyphenated form ("US-geliefert", "Iranian-made").
 */
export type Slot = 'subj' | 'acc' | 'dat' | 'gen' | 'obj' | 'iobj' | 'poss' | 'adj' | 'compound' | `prep:${string}`;

export type Role = 'supplier' | 'recipient' | 'item';

/** What the predicate says happens; the transfer stage reads direction and status from it. */
export type Meaning =
  | 'give' // liefern, supply, hand over, cede, lend, donate
  | 'send' // schicken, ship, smuggle, transport
  | 'sell' // verkaufen, export
  | 'buy' // kaufen, purchase, acquire (subject receives)
  | 'order' // bestellen, order, contract for (subject receives, later)
  | 'receive' // erhalten, bekommen, take delivery (subject receives)
  | 'pledge' // zusagen, promise, commit
  | 'offer' // anbieten, offer
  | 'request' // anfordern, bitten um, ask for (subject would receive)
  | 'approve' // genehmigen, clear, authorise (an export)
  | 'negotiate' // verhandeln, in talks
  | 'deny' // dementieren, bestreiten, deny (a party says it did not happen)
  | 'stop'; // stoppen, aussetzen, verweigern, block, suspend, cancel

export type PartOfSpeech = 'verb' | 'noun' | 'phrase' | 'adjective';

/** One example sentence and exactly the tuples an extractor must read from it. */
export interface PredicateExample {
  text: string;
  expected: Array<{ supplier: string; recipient: string; category: Category; status: Status }>;
}

export interface PredicateEntry {
  lemma: string;
  language: Language;
  pos: PartOfSpeech;
  meaning: Meaning;
  /** Short gloss in English, as a dictionary gives it. */
  gloss: string;
  /**
   * Irregular principal parts; regular forms come from the language's inflection rules.
   * German: { present3: "gibt", past: "gab", participle: "gegeben" } (Konjunktiv II from past);
   * English: { past: "sent", participle: "sent" }.
   */
  parts?: { present3?: string; past?: string; participle?: string; konj2?: string };
  /** German separable particle ("zu" in zusagen, "über" in übergeben is not separable). */
  particle?: string;
  reflexive?: boolean;
  /** verb: nouns before which its participle is an adjective, no predicate ("armed forces", "armed groups"). */
  adjectiveBefore?: string[];
  /** phrase: the fixed words around the inflected head ("zur Verfügung" + stellen, "on hold" + put). */
  fixed?: string[];
  /** phrase: the inflected head verb's lemma. */
  head?: string;
  /** noun: gender and plural ending ("f", "-en"); English nouns take -s unless given. */
  gender?: 'm' | 'f' | 'n';
  plural?: string;
  /** Which slots hold each role, in order of preference. A role with no slot is left to discourse. */
  slots: Partial<Record<Role, Slot[]>>;
  /** The status the predicate implies by itself (order, pledge → expected; talks → negotiating). Null: read from tense and mood. */
  status: Status | null;
  examples: PredicateExample[];
}

/** Grammatical features of one surface form. */
export interface FormFeatures {
  finite: boolean;
  tense?: 'present' | 'past';
  mood?: 'indicative' | 'konj1' | 'konj2';
  /** participle (Partizip II / past participle), infinitive, zu-infinitive, present participle (-ing), noun (singular/plural). */
  kind: 'finite' | 'participle' | 'infinitive' | 'zu-infinitive' | 'gerund' | 'noun' | 'adjective';
  plural?: boolean;
  /** German: the finite form stands without its separable particle, which comes at the clause end. */
  separated?: boolean;
}

export interface PredicateForm {
  /** The form as written, lower case ("liefert", "geliefert", "zuzusagen", "sagt" with particle "zu"). */
  surface: string;
  features: FormFeatures;
}
