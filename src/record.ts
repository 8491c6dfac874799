/**
 * The article record: what extraction produces and loading consumes.
 *
 * One record per article, written one per line as JSONL by `npm run extract`. A person can
 * read it, correct it and load it back (`npm run load`), so field names are stable and
 * every name is a canonical English name. Offsets (`start`, `end`) are UTF-16 code-unit
 * offsets into `article.text`, the article text as read (before cleaning), so
 * `article.text.slice(start, end) === text` holds for every mention and evidence.
 */

/** Closed vocabulary for what a transfer moves (see README, "Categories"). */
export const CATEGORIES = [
  'aircraft',
  'air-defence',
  'armoured-vehicle',
  'artillery',
  'missile',
  'drone',
  'ammunition',
  'naval',
  'space',
  'technology',
  'equipment',
  'personnel',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Closed vocabulary for how far a transfer has got, as one sentence states it. */
export const STATUSES = ['delivered', 'expected', 'negotiating', 'unconfirmed', 'denied', 'halted'] as const;
export type Status = (typeof STATUSES)[number];

export const ENTITY_TYPES = ['actor', 'person', 'place', 'weapon'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type Language = 'de' | 'en';

/** A span of the article text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ArticleMeta {
  /** Stable id: a hash of the normalised text (and URL where given). */
  id: string;
  /** Where the article came from, relative to the working directory; null when read from stdin. */
  file: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null when neither metadata nor text gives one. */
  publishedAt: string | null;
  language: Language;
  outlet: string | null;
  url: string | null;
  /** The article text as read; all offsets point into it. */
  text: string;
}

export interface Entity {
  /** Stable slug of the canonical name, e.g. "north-korea". */
  id: string;
  type: EntityType;
  /** Canonical English name. */
  name: string;
  mentions: Span[];
  /** actor: state | alliance | organisation | armed-force | company; place: city | region | facility | ... */
  kind?: string | null;
  /** person: role as the text gives it, e.g. "spokesman". */
  role?: string | null;
  /** person: id of the actor (state, institution) the person speaks for. */
  affiliation?: string | null;
  /** weapon: category from CATEGORIES. */
  category?: Category | null;
  /** weapon: id of the producing state where known. */
  origin?: string | null;
  /** place: WGS84 coordinates where the gazetteer knows them. */
  lat?: number | null;
  lon?: number | null;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface Quantity {
  /** Numeric value, or null for vague amounts ("several", "Hunderte"). */
  value: number | null;
  /** "exact", "more than", "about", "at least", "up to", "several", "hundreds", ... */
  approx: string;
  /** Singular English unit: "missile", "container", "soldier", "shell", ... */
  unit: string | null;
}

export interface TransferItem {
  /** Entity id of a named weapon system, when the item is one. */
  id?: string | null;
  /** Canonical English name of the item or item class, e.g. "ballistic missile". */
  name: string;
}

export interface TransferRecord {
  supplier: EntityRef;
  recipient: EntityRef;
  category: Category;
  status: Status;
  items: TransferItem[];
  quantity: Quantity | null;
  /** When the transfer happened or is expected: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null if unknown. */
  when: string | null;
  /** Canonical name of who the sentence attributes the statement to, e.g. "John Kirby". */
  attribution: string | null;
  /** The sentence (or clause) that supports the transfer. */
  evidence: Span;
}

export interface ArticleRecord {
  /** Version of this record form; bumped on incompatible change. */
  recordVersion: 1;
  /** Which extractor produced the record; "manual" for hand-made or corrected ones. */
  extractor: { name: string; version: string };
  article: ArticleMeta;
  entities: Entity[];
  transfers: TransferRecord[];
}

/** An article as it enters extraction: text plus whatever metadata the source had. */
export interface ArticleInput {
  text: string;
  file?: string | null;
  id?: string | null;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
  language?: Language | null;
}

/** Anything that turns an article into a record: the rule-based extractor, or another one. */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(input: ArticleInput): ArticleRecord;
}
