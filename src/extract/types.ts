/** The one document every stage reads and adds to. */
import type { ArticleInput, Category, Language, Quantity, Status } from '../record';

/** A stretch of the article text, by offsets into the text as read. */
export interface Range {
  start: number;
  end: number;
}

/** Result of the clean stage: the text as read, and a folded copy with boilerplate blanked. */
export interface CleanDoc {
  input: ArticleInput;
  /** The article text exactly as read; every offset points into it. */
  text: string;
  /** Same length as `text`: lowercased, diacritics stripped, boilerplate replaced by spaces. */
  norm: string;
  boilerplate: Range[];
  title: string | null;
  /** The day the article was published (YYYY-MM-DD), from its metadata or a date or dateline line. */
  publishedAt: string | null;
  /** As precise as the text gives it ("2024-05" from "KINSHASA, Mai 2024 –"): what dates are read against. */
  reportDate: string | null;
  url: string | null;
  outlet: string | null;
}

export interface Sentence extends Range {
  index: number;
  /** Line-delimited paragraph the sentence sits in. */
  paragraph: number;
  question: boolean;
}

export type MentionType = 'actor' | 'person' | 'place' | 'weapon' | 'item';
/** 'context': a weapon alias that is an ordinary word ("Puma", "Tiger"); it names the system only in a context of weapons. */
/** 'description' ("das Land", "the kingdom") and 'pronoun' (a subject "sie", "it"): resolved to a party named before. */
/** 'reference' ("den Transporter", "the vessels"): resolved to a system named before. */
export type MentionForm = 'name' | 'adjective' | 'demonym' | 'standin' | 'short' | 'context' | 'description' | 'pronoun' | 'reference';

export interface Mention extends Range {
  type: MentionType;
  id: string;
  form: MentionForm;
  sentence: number;
  /** weapon/item: the category of what is named. */
  category?: Category;
  /** Canonical name of an entity the lexicon does not list (people found by name pattern, calibre classes). */
  name?: string;
  /** item: a named system the item mention also names (calibre classes). */
  weaponId?: string;
}

export interface Doc extends CleanDoc {
  language: Language;
  sentences: Sentence[];
  mentions: Mention[];
  /** Mentions by sentence index. */
  bySentence: Mention[][];
  /** person id → role and affiliation the text gives. */
  personInfo: Map<string, { role: string | null; affiliation: string | null }>;
}

/** One transfer as a sentence states it: who supplies what to whom, how far it has got. */
export interface Claim {
  supplier: string;
  recipient: string;
  category: Category;
  status: Status;
  items: Mention[];
  sentence: number;
  /** Where the evidence ends when it runs on into a following sentence. */
  evidenceEnd: number;
  quantity: Quantity | null;
  when: string | null;
  attribution: string | null;
  /** How the first frame stating it was found (see `Frame`): what the scorer weighs. */
  basis: string;
  by: { supplier: string; recipient: string };
  filled: number;
  redirected: boolean;
  /** Frames that state it. */
  statements: number;
}
