/**
 * Transfers stage: per sentence, a transfer frame — a cue (deliver, receive, in return,
 * exchange, unload), the items it moves, and the actors in the roles the grammar gives them
 * (prepositions: "an/nach/to" recipient, "von/aus/from/by" supplier; item adjectives
 * "nordkoreanische Raketen" origin; subject by word order). Sentences that only continue the
 * previous one ("Darunter fallen ...") inherit its frame; what a sentence leaves open is
 * filled from the article's main supplier→recipient pair.
 */
import { fold, lexicon } from '../lexicon';
import type { PredicateEntry } from '../lexicon/predicates';
import type { Category, Status } from '../record';
import { previousWord } from './entities';
import { predicateCuesIn, type PredicateCue } from './predicates';
import { quantityBefore } from './quantities';
import { conditionEnd, cueStatus, isHypothetical, isNegated, refusesSupply, reportsCompletion, withholdsConfirmation } from './status';
import type { Doc, Mention, Range, Sentence } from './types';

type CueKind = 'supply' | 'receive' | 'arrive' | 'exchange';
interface Cue extends Range {
  kind: CueKind;
  /** The predicate lexicon's entry, where the cue is one of its forms. */
  predicate?: PredicateCue;
}

/** Between a transfer noun and what it moves: "of", "von", a genitive article, a few modifiers; no clause break. */
const NOUN_OBJECT = /^\s+(?:(?:of|von|vom|von weiteren|der|des|an|for|fur|uber|on|from|aus|to|nach)\s+)(?:[^\s,;:.]+\s+){0,4}$/;
/** A deal names its other party before what it is for: "a contract with South Korea for Cheongung-II batteries", "Vertrag mit Frankreich über 42 Rafale". */
const DEAL_OBJECT = /^\s+(?:with|mit|between|zwischen)\s+(?:[^\s,;:.]+\s+){1,4}(?:for|fur|uber|on|of)\s+(?:[^\s,;:.]+\s+){0,3}$/;
const DEALS = new Set(['order', 'buy', 'sell', 'pledge']);
/** "Lieferung deutscher Panzer", "Schenkung australischer Bushmaster": a genitive adjective phrase without article. */
const GENITIVE_PHRASE = /^\s+\p{Ll}+er\s+(?:[^\s,;:.]+\s+){0,3}$/u;

/** "Zu den französischen Lieferungen gehören Radare", "the deliveries included shells": what a transfer noun holds, named after a verb of containing. */
const CONTENTS_VERB = /^(?:\s+[^\s,;:.]+){0,4}?\s+(?:gehor\w*|zahl\w*|umfass\w*|enthalt\w*|beinhalt\w*|includ\w*|compris\w*|covers?|covered|contain\w*)\s+(?:[^\s,;:.]+\s+){0,4}$/u;

/** Whether the text between a transfer noun and an item makes the item its object: "of", a genitive, the noun's own item preposition past its genitive ("Versorgung Russlands mit Drohnen"). */
function nounObject(doc: Doc, p: PredicateCue, between: string): boolean {
  if (NOUN_OBJECT.test(between) || (DEALS.has(p.entry.meaning) && DEAL_OBJECT.test(between))) return true;
  if (doc.language === 'de' && GENITIVE_PHRASE.test(between)) return true;
  if (CONTENTS_VERB.test(between)) return true;
  const own = (p.entry.slots.item ?? []).filter((slot) => slot.startsWith('prep:')).map((slot) => fold(slot.slice(5)));
  const m = /^(?:\s+[^\s,;:.]+){1,4}?\s+(\p{L}+)\s+(?:[^\s,;:.]+\s+){0,3}$/u.exec(between);
  return !!m && own.includes(m[1]);
}
/** Destinations and quantifiers that name no recipient: abroad, to the whole world, any or every sale, usually. */
const ANY_RECIPIENT = /\b(?:abroad|overseas|worldwide|to other (?:countries|states)|to (?:any|third) (?:countries|country|parties|party)|ins ausland|im ausland|in alle welt|weltweit|an andere (?:staaten|lander)|an drittstaaten|in drittstaaten|(?:any|every|each) (?:\S+ )?(?:sale|export|transfer|delivery)|(?:jeder|jede|jedes|jeden|jedem) (?:\S+ )?(?:export|verkauf|lieferung|ausfuhr)\w*|usually|in der regel|ublicherweise)\b/;
/** Item names that are transfers themselves: "Waffenlieferungen", "Rüstungsexporte". */
const TRANSFER_COMPOUND = /(?:lieferung|export|transfer|paket|package)\w*$/;
/** Before a transfer noun: the item as a modifier ("drone shipments", "Patriot deliveries"). */
const NOUN_MODIFIER = /^[\s-]*$/;

/** The entry's slots say who the subject is: the receiver ("kauft", "ordered"), what moves ("trafen ein", "gelangt"), or else the supplier. */
function cueKind(p: PredicateCue): CueKind {
  const { slots, meaning } = p.entry;
  // talks and denials name either side as subject: their direction comes from the article, the maker or "with"
  if (meaning === 'negotiate' || meaning === 'deny') return 'supply';
  // a noun has no subject of its own: a purchase or an order is read from the buyer's side ("verhandelt … über den Kauf von")
  if (p.entry.pos === 'noun') return meaning === 'buy' || meaning === 'order' || meaning === 'receive' || meaning === 'request' ? 'receive' : 'supply';
  if (slots.recipient?.includes('subj')) return 'receive';
  if (slots.item?.includes('subj') && !slots.supplier?.includes('subj')) return 'arrive';
  return 'supply';
}

/** Cue words over folded text (umlauts stripped: "übergeben" → "ubergeben"). Order matters only for ties. */
const CUES: Array<[CueKind, RegExp]> = [
  ['exchange', /\b(?:eintausch\w*|einzutauschen|tausch\w*|exchange \w+(?: \w+){0,4} for|trade \w+(?: \w+){0,4} for|swap\w*)\b/g],
  ['receive', /\b(?:bestell\w*|placed (?:an )?orders?|orders? for|take delivery|takes delivery|taken delivery|took delivery|taking delivery|in empfang|im gegenzug|als gegenleistung|in return|in exchange|erhalt|erhalte|erhalten|erhaltst|erhielt\w*|bekomm\w*|bekam\w*|bezieh\w*|bezog\w*|bezogen|kauf\w*|gekauft|erwirb\w*|erwarb\w*|erworben|importier\w*|beschaff\w*|receiv\w*|obtain\w*|acquir\w*|buy\w*|bought|purchas\w*|procur\w*|seek\w*|sought|request\w*|asked for|asks for|ask for|gebeten|bittet|bat um|angefordert|anforder\w*|fordert\w* \S+ (?:mehr|weitere)\w*)\b/g],
  ['arrive', /\b(?:entlad\w*|eingetroffen|eintreff\w*|eintraf\w*|(?:traf|trafen) (?:\S+ ){0,6}?ein\b|angekommen|ankunft|gelangt\w*|(?:ein)?geflossen|arriv\w*|unload\w*|reached)\b/g],
  ['supply', /\b(?:\w+(?:lieferung|export|transport)\w*|liefer\w*|lieferant\w*|abgeb\w*|abgegeben|abzugeben|supplier\w*|geliefert\w*|beliefer\w*|schick\w*|geschickt|zu schicken|entsand\w*|entsend\w*|gesandt|ubergeb\w*|ubergab\w*|uberlass\w*|bereitgestellt|bereitstell\w*|bereitzustellen|zur verfugung (?:zu )?(?:stell\w*|gestellt)|transferier\w*|transport\w*|verkauf\w*|exportier\w*|verschiff\w*|verlad\w*|zugesagt|zusag\w*|versproch\w*|verspricht|zukommen|spende\w*|gespendet|supply|supplies|supplied|supplying|deliver\w*|send|sends|sent|sending|ship|shipped|shipping|shipment\w*|provid\w*|transfer\w*|sell|sells|sold|selling|sale|sales|export\w*|give|gives|gave|given|handed over|hand over|pledg\w*|promis\w*|donat\w*|package|packages|\w*paket|\w*pakete[ns]?|talks|verhand(?:l|el)\w*|negotiat\w*|(?<!\bvon\b[^,.;:]{0,40})gesprochen|(?:to|will|would|shall) follow|(?:soll|sollen) (?:\S+ ){0,3}folgen|folgen (?:soll|sollen))\b/g],
];

const RECIPIENT_PREPS = new Set(['an', 'nach', 'to', 'into', 'fur', 'for']);
const SUPPLIER_PREPS = new Set(['von', 'vom', 'aus', 'from', 'by']);
// ("Vor Aserbaidschan hatten bereits Myanmar JF-17 gekauft", "Außer Brasilien haben Portugal … geordert", "unlike Washington": who is compared with is no party of this clause)
const OTHER_PREPS = new Set('als as gegen against in im auf uber over on at bei beim with mit unter under um gegenuber toward towards inside within across near nahe zwischen between and und sowie vor außer ausser besides unlike except'.split(' '));
/** Skipped when looking for the preposition that governs an actor ("an die russische Armee"). */
const SKIP = new Set('der die das den dem des ein eine einen einem einer eines the a its their seine seinen seinem seiner ihre ihren ihrem ihrer sein ihr russischen'.split(' '));
/** A classifier noun before a company's name, with the word before that noun phrase. */
const APPOSITION = /(?:^|\s)(an|nach|to|into|fur|for|von|vom|aus|from|by|bei|beim|mit|with|in|im)\s+(?:(?:der|dem|den|des|die|the)\s+)?(?:[\p{L}.]+[\s-]+){0,2}(?:\p{L}*(?:konzern|hersteller|unternehmen|firma|werft|gruppe)|company|firm|manufacturer|maker|group|shipyard|contractor|producer)\s+$/u;
/** Nouns after an actor adjective that make it the state: "die russische Armee", "ukrainischen Streitkräften". */
const FORCE_NOUN = /^\s*(?:(?:und|and|oder|or)\s+\p{L}+\s+)?(?:armee|heer|heeres|kustenwache|grenzschutz|polizei|nationalgarde|spezialkraft\w*|coast guard|marines|special forces|national guard|police|streitkraft\w*|truppen|militar\w*|\p{L}*regierung|fuhrung|marine|luftwaffe|behorde\w*|\p{L}*ministerium\w*|army|forces|armed forces|military|government|navy|air force|troops|authorities|ministry|defence ministry|defense ministry|schiff\w*|ships?|officials?|beamte\w*|vertreter\w*|diplomat\w*|unternehmen|firmen|companies|firms|seite|side|\p{L}*minister\w*|\p{L}*prasident\w*|president|sprecher\w*|spokes\w*|\p{L}*chef|\p{L}*kanzler\w*|chancellor|premier\w*|prime minister|leader|machthaber|staatsfuhrung)\b/u;
/** A sentence saying what a transfer just stated holds ("Das Paket umfasst …", "It includes …"): its pair and status are that transfer's. */
const CONTENTS = /^\s*(?:[^\s,;:]+\s+){1,5}?(?:includ\w*|covers?|compris\w*|consists? of|contains?|umfass\w*|enthalt\w*|beinhalt\w*|bestehen aus|besteht aus)\b/;

/** The claim of the sentence before, named again: "das", "die Darstellung", "den Bericht", "the accusation", "it". */
const CLAIM_REFERENCE = /\b(?:das|dies|es|it|this|that|(?:den|die|diesen|diese|the|these|such|solche) (?:bericht\w*|darstellung\w*|angabe\w*|anschuldigung\w*|beschuldigung\w*|vorwurf\w*|vorwurfe\w*|behauptung\w*|meldung\w*|spekulation\w*|reports?|claims?|accusations?|allegations?|charges?|suggestions?|speculation))\b/;

/** A deal named as the subject of a verb of containing, anywhere in its sentence. */
const DEAL_CONTENTS = /(?:^|[,;:]\s*|\b(?:the|this|that|das|dieses|der|dieser|die|diese)\s+)(?:deal|package|arrangement|agreement|contract|order|sale|purchase|paket|geschaft|vertrag|vereinbarung|abkommen|auftrag|kauf|es|it)\s+(?:\S+\s+){0,4}?(?:umfass\w*|enthalt\w*|beinhalt\w*|covers?|covered|includ\w*|compris\w*)\b/;

/** Words by which a sentence continues the previous one's transfer. */
const ANAPHOR = /\b(?:package|paket|darunter|darin|dabei|dazu|davon|hinzu|diese|dieser|diesen|dieses|dies|these|this|those|among them|including|einschließlich|includ\w*|contains?|containing|covers?|covering|compris\w*|consists? of|enthalt\w*|umfass\w*|beinhalt\w*|folg\w*|follow\w*|weitere\w*|further|additional)\b/;
/** Phrases that open a subordinate clause: roles are read after the last one before the items. */
const CLAUSE_OPENER = /\b(?:dass|that|ob|whether|wonach|sagte|sagten|erklarte|erklart|betonte|berichtet\w*|behauptet\w*|said|says|told|reported|claimed)\b/g;
/** "It was Russia that delivered …": a cleft's "that" opens no clause of its own; the focused name is the subject. */
const CLEFT = /\bit (?:was|is|were) (?:[\p{L}.'-]+ ){1,4}$/u;
/** Speech verbs among the clause openers: an infinitive after them has the speaker as subject. */
const SPEECH_OPENER = /^(?:sagte|sagten|erklarte|erklart|betonte|berichtet\w*|behauptet\w*|said|says|told|reported|claimed)$/;
/** "Material für die Herstellung ...": the item is production technology, and what it produces is no item of its own. */
const PURPOSE = /^\s*,?\s*(?:etwa |z\. ?b\. |unter anderem |such as |e\.g\. |including )?(?:used |needed |verwendet |benotigt |genutzt )?(?:fur (?:die|den) (?:herstellung|produktion|fertigung|bau|entwicklung)|zur (?:herstellung|produktion|fertigung|entwicklung)|zum bau|for (?:the )?(?:production|manufacture|manufacturing|building|construction|development)(?: of)?|(?:in order )?to (?:produce|build|make|manufacture|develop))\b/;
/** Production means named before an item: "Produktionsanlagen für", "machine tools for making", "components for". */
const MEANS_FOR = /\b(?:produktionsanlage\w*|produktionslinie\w*|fertigungsanlage\w*|fertigungslinie\w*|werkzeugmaschine\w*|maschinen|bauteile\w*|komponenten|production (?:lines?|facilit\w+|equipment|machinery)|assembly lines?|machine tools|tooling|components)\s+(?:fur|for)\s+(?:die |den |das |the |making |producing |building )?(?:\S+\s+)?$/;

/** Words after an item noun that make it a modifier, not a thing moved: "satellite programme", "Raketenangriffe". */
const NOT_AN_ITEM = /^\s*(?:depots?|stores|dumps?|programme|program|programs|programm|industry|industrie|imagery|images|bilder|attacks?|angriff\w*|strikes?|production|produktion|factory|factories|fabrik\w*|plant|range|reichweite|launch(?:es)?|sites?|base|stützpunkt\w*|pilots?|piloten|crews?|developers?|makers?|manufacturers?|producers?|companies|company|firms?|hersteller\w*|produzent\w*|konzern\w*|unternehmen|firm\w*)\b/;
/** Words for what was just named: "vier zusätzliche Systeme", "sie", "them". */
const GENERIC_REFERENCE = /\b(?:systeme|systems|sie|they|them|these|those|diese|davon|tranche\w*|batch\w*|charge|shipment|the first|die ersten|der erste)\b/;
/** The deal just told, named again by a noun: "das Geschäft", "das Vorhaben", "the sale", "further deliveries" — what a later stop, denial or talk is about. */
const DEAL_REFERENCE = /\b(?:das|dieses|den|diesen|die|der|the|this|that|further|weitere\w*) (?:geschaft|deal|vorhaben|projekt|kauf|verkauf|vertrag|auftrag|ubergabe|lieferung|lieferungen|sale|purchase|contract|order|transfer|handover|delivery|deliveries|plan|plans)\b/;
/**
 * A dash between two statements ("Granaten in der Ukraine – Rom verhandelt"); a dash that opens a
 * list or an apposition ("– darunter Kampfflugzeuge", "– including tanks") continues its clause.
 */
const STATEMENT_DASH = String.raw`\s-(?!\s*(?:darunter|including|included|etwa|insbesondere|vor allem|namentlich|unter anderem|zum beispiel|namely|such as|among them|notably|especially|mainly)\b)`;
/** A comma with a conjunction, or a dash between statements, opens a new clause: ", and Russia may have provided". */
const CLAUSE_BREAK = new RegExp(String.raw`(?:[;:]|${STATEMENT_DASH}|,\s*(?:und|and|aber|but|while|wahrend|whereas|doch|jedoch))\s`, 'g');
/** Items joined in a list: "Munition und militärischer Ausrüstung", "tanks, howitzers". */
const LIST_JOIN = /^\s*(?:,|und|oder|and|or|sowie|as well as)\s+(?:\p{L}+\s+){0,2}$/u;
/** Actors joined in a list share a role: "from Denmark and the Netherlands", "Die USA, Deutschland, die Niederlande und Rumänien". */
const COORDINATION = /^\s*(?:,|und|and|sowie|as well as|oder|or|,\s*und|,\s*and)\s*(?:die|der|das|den|dem|the)?\s*$/;
/** "weder an Kiew noch an Moskau", "to Kyiv or to Moscow", "from A and from B": a list that repeats its preposition. */
const PREP_COORDINATION = /^\s*,?\s*(?:und|and|oder|or|noch|nor|sowie|as well as)\s+(?:an|nach|to|von|vom|aus|from|by)\s+(?:die|der|das|den|dem|the)?\s*$/;
/**
 * Who sanctions, accuses or condemns is no party to the transfer: "US sanctions on Chinese firms
 * that supplied ...", "Die EU hat ... sanktioniert", "Kyiv accused Tehran of sending ...".
 */
const AGENT_OF = /^[\s-]*(?:[^\s,;:.]+\s+){0,4}?(?:sanction\w*|sanktion\w*|accus\w*|beschuldig\w*|wirft|warf|werfen|warfen|vorgeworfen|condemn\w*|verurteil\w*|blacklist\w*|kritisier\w*|criticis\w*|criticiz\w*)\b/;
/** The accused is the supplier: "accused Iran of sending", "wirft Belarus vor, ... zu liefern". */
const ACCUSED = /\b(?:accus\w*|beschuldig\w*|wirft|warf|werfen|warfen)\s+(?:[^\s,;:]+\s+){0,2}$/;
/** "Russian-supplied launchers", "US-gelieferte Panzer": the adjective names who supplied them. */
const SUPPLIED_BY = /^-(?:supplied|delivered|donated|provided|geliefert\w*|gespendet\w*|bereitgestellt\w*)\b/;
/** "Vorwürfe aus Moskau", "claims from Kyiv": where a claim comes from is no party to the transfer. */
const CLAIM_SOURCE = /\b(?:vorwurf\w*|vorwurfe\w*|beschuldigung\w*|anschuldigung\w*|behauptung\w*|berichte\w*|kritik|warnung\w*|accusations?|allegations?|claims?|reports?|criticism|warnings?)\s+(?:aus|from|von|vom|by)\s+(?:der |dem |the )?$/;
/** Receiving verbs that make a delivery noun their object (no "in return" or purchase words: those name a deal, not its delivery). */
const RECEIVE_VERB = /\b(?:erhalt|erhalten|erhielt\w*|bekomm\w*|bekam\w*|in empfang|receiv\w*|obtain\w*|took|take|takes|taken|taking)\b/;
/** A purchase or order right after "in/bei X". */
const ORDERED_AT = /^\s*(?:[^\s,.;:]+\s+){0,3}(?:bestellt\w*|gekauft\w*|eingekauft\w*|erworben\w*|beschafft\w*)\b/;
/** Purchase words: who buys for someone else passes on what it buys. */
const PURCHASE = /^(?:bestell\w*|placed (?:an )?orders?|orders? for|kauf\w*|gekauft|erwirb\w*|erwarb\w*|erworben|beschaff\w*|buy\w*|bought|purchas\w*|procur\w*|acquir\w*)$/;
/** A relative clause after the items names who moves them: "the jets that Denmark is preparing to deliver", "die Panzer, die Polen erhielt". */
const RELATIVE = /^(?:-\p{L}+)?(?:\s+(?:aus|von|vom|der|des|mit|of|from|with)(?:\s+[\p{L}\d-]+){1,3})?(?:\s+\p{Ll}+en)?\s*,?\s*(?:that|which|die|den|das|welche\w*|von denen|of which)\s+(?:the\s+)?$/u;
/** "in talks with Kyiv about", "verhandelt mit Kiew über": the other side of a deal. */
const COUNTERPART = new Set(['with', 'mit']);

/** "Gespräche zwischen Moskau und Teheran": a pair without direction. */
const BETWEEN = /\b(?:zwischen|between)\b/;

/** "beide Länder", "both sides": the parties are the pair the article has just named. */
const BOTH_SIDES = /\b(?:beide[nr]? (?:lander|staaten|regierungen|seiten|partner)|die beiden (?:lander|staaten|regierungen|seiten|partner)|both (?:countries|governments|sides|nations|partners)|the two (?:countries|governments|sides|nations))\b/;
/** The conjunction that closes a list of names. */
const LIST_END = /\b(?:und|and|sowie|oder|or|as well as)\b/;

/** "missiles made by MBDA", "Raketen des Herstellers MBDA": the maker describes the item and is no party. */
const MADE_BY = /\b(?:(?:made|built|produced|manufactured|developed|designed) by|des herstellers)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/** A government named by its seat: "die Regierung in Teheran", "the authorities in Bamako". */
const SEAT_OF = /\b(?:regierung|fuhrung|behorden|parlament|machthaber|militarjunta|junta|government|authorities|leadership|parliament|regime)\s+(?:in|im)\s+$/;

/** An actor joined to the item it owns: "EU-Militärhilfe", "US-Waffen", "America's aid". */
const OWNER = /^(?:-|['’]s\s+(?:\p{Ll}[\p{L}-]*\s+)?)$/u;
/** Items that name aid as such: what the aid consists of, where it is named, is the item. */
const AID = new Set(['military-aid', 'arms-export-licence']);

/** What a frame moves: an item class or named system, with the category it counts under. */
export interface ItemRef {
  mention: Mention;
  category: Category;
}

interface Participant extends Range {
  id: string;
  role: 'supplier' | 'recipient' | 'free' | 'between' | 'counterpart' | 'other';
  /** An adjective that qualifies an item: "nordkoreanische Raketen". */
  origin: boolean;
  /** Named by an adjective ("amerikanischen Flugzeugträgergruppe"): no recipient by word order alone. */
  adjective: boolean;
  /** Companies make and sell; word order alone does not make one a recipient ("Turkey's Baykar has sold Ukraine drones"). */
  company: boolean;
  /** The preposition that governs the actor's phrase, or "". */
  prep: string;
  /** Names whose items they are, in a compound or possessive: "EU-Militärhilfe", "America's aid". */
  owner?: boolean;
  /** Opens a main clause of its own after a comma ("…, Spanien stoppte …"). */
  opensClause?: boolean;
  /** Named in the genitive right after a transfer noun ("der Wunsch Kiews"): the noun's slot, not word order, gives the role. */
  genitive?: boolean;
  /** A German dative by its article, with no preposition: "dem Iran", "der Ukraine", "den USA". */
  dative?: boolean;
  /** Named only by a description ("das Land", "the country"), resolved by the entities stage. */
  described?: boolean;
}

export type Side = 'marked' | 'order' | 'origin' | 'other' | 'none';

/** A frame before the article-level pass: one side may still be open. */
export interface Frame {
  sentence: number;
  supplier: string | null;
  recipient: string | null;
  /** Direction unknown ("between A and B"): supplier/recipient hold the pair in text order. */
  undirected: boolean;
  /** Direction read only from "in talks with": the article's stated direction for the pair wins. */
  guessed?: boolean;
  /** A purchase or order: who buys names its own side; the article's pair does not fill an open one ("ordered for its own needs", "bought on the open market"). */
  bought?: boolean;
  /** Recipient to take when the article's main pair does not fill the open side. */
  fallbackRecipient?: string | null;
  /** The sentence names the parties only as "both sides": the pair of a transfer just stated fills them. */
  mutual?: boolean;
  /** The sentence sells to no one in particular ("stopped selling arms abroad", "jeder Export des Eurofighters"): the article fills no recipient. */
  anyRecipient?: boolean;
  items: ItemRef[];
  status: Status;
  evidenceEnd: number;
  /** What found the frame: the predicate entry's meaning, 'pattern' (a cue word outside the lexicon), 'continued' (a sentence going on with the one before) or 'personnel'. */
  basis: string;
  /** How the sentence named supplier and recipient ('none': the article fills it). */
  by: { supplier: Side; recipient: Side };
  /** Sides taken from the article rather than the sentence (0–2); whether the direction came from elsewhere in the article. */
  filled: number;
  redirected: boolean;
  /** A side named only by a description ("dem Land", "das Land"), which the article's pair may correct. */
  describedRecipient?: boolean;
  describedSupplier?: boolean;
}

export function findFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [];
  const lower = doc.text.toLowerCase();
  let previous: Frame | null = null;
  let recent: Frame | null = null;
  for (const s of doc.sentences) {
    const deal = recent && s.index - recent.sentence <= 3 ? recent : null;
    const own: Frame[] = s.question ? [] : sentenceFrames(doc, lower, s, previous, deal);
    frames.push(...own);
    previous = own.find((f) => f.items.some((i) => i.category !== 'personnel')) ?? null;
    recent = previous?.supplier && previous.recipient ? previous : recent;
  }
  return oneDirection(completeFrames(frames.map(noPartyReceives)));
}

/**
 * Alliances and companies are frameworks and makers, not where arms go: "fünf U-Boote im Rahmen von AUKUS",
 * "cooperates with Bharat Forge on drone components"; an alliance gives only where it owns arms (the EU), the others
 * act through their members ("compatible with NATO networks"). A frame that names one so leaves the side open.
 */
function noPartyReceives(f: Frame): Frame {
  if (f.undirected) return f;
  const actors = lexicon().actors;
  const recipient = f.recipient ? actors.get(f.recipient) : undefined;
  const supplier = f.supplier ? actors.get(f.supplier) : undefined;
  const noRecipient = recipient?.kind === 'alliance' || recipient?.kind === 'company';
  const noSupplier = supplier?.kind === 'alliance' && !supplier.ownsArms;
  return noRecipient || noSupplier ? { ...f, recipient: noRecipient ? null : f.recipient, supplier: noSupplier ? null : f.supplier } : f;
}

/** One sentence states one direction per category: a reversed pair beside it comes from a clause inside it ("hand Kyiv the weapon it has been pressing for"). */
function oneDirection(frames: Frame[]): Frame[] {
  const seen = new Set<string>();
  const out: Frame[] = [];
  for (const f of frames) {
    const cats = f.items.map((i) => i.category);
    const reversed = cats.some((c) => seen.has(`${f.sentence}|${f.recipient}>${f.supplier}|${c}`));
    for (const c of cats) seen.add(`${f.sentence}|${f.supplier}>${f.recipient}|${c}`);
    if (!reversed) out.push(f);
  }
  return out;
}

/** `previous`: the transfer of the sentence before; `deal`: the latest one with both sides, a few sentences back, which a list of contents continues. */
function sentenceFrames(doc: Doc, lower: string, s: Sentence, previous: Frame | null, deal: Frame | null): Frame[] {
  const norm = doc.norm.slice(s.start, s.end);
  const ms = doc.bySentence[s.index];
  const attribution = attributionRanges(doc, s);
  const inAttribution = (m: Range) => attribution.some((a) => a.start <= m.start && m.end <= a.end);
  let items = itemRefs(doc, ms).filter((i) => !inAttribution(i.mention));
  // "Washington's military aid to Kyiv includes ATACMS": aid is the item only where its sentence names nothing more specific.
  if (items.some((i) => !AID.has(i.mention.id))) items = items.filter((i) => !AID.has(i.mention.id));
  const appositions = appositionsIn(doc, s, ms);
  const participants = actorsOf(doc, ms, items)
    .filter((p) => !inAttribution(p))
    .map((p) => (appositions.some((a) => a.start <= p.start && p.end <= a.end) ? { ...p, role: 'other' as const } : p));
  const clause = lower.slice(s.start, s.end);
  const frames: Frame[] = [];

  // Commas that only list actors ("Denmark, the Netherlands and Norway") or open a relative clause on an item ("Haubitzen, die Frankreich lieferte") do not end its clause.
  let clauseNorm = norm;
  const blank = (a: number, b: number) => (clauseNorm = clauseNorm.slice(0, a) + ' '.repeat(b - a) + clauseNorm.slice(b));
  // "Großbritannien setzte Lizenzen aus, Spanien stoppte seine Verkäufe": a name after a comma with an indicative verb of its own opens a main clause
  // (a Konjunktiv, "…, sein Land versorge die Ukraine", is reported under the verb before it)
  const opensClause = (p: Participant) => /,\s*(?:(?:der|die|das|the)\s+)?$/.test(doc.norm.slice(Math.max(s.start, p.start - 8), p.start)) && predicateCuesIn(doc, p.end, Math.min(s.end, p.end + 30)).some((c) => c.start <= p.end + 1 && isIndicative(doc, c));
  for (let k = 1; k < participants.length; k++) {
    const [a, b] = [participants[k - 1].end - s.start, participants[k].start - s.start];
    if (opensClause(participants[k])) {
      participants[k].opensClause = true;
      const comma = norm.lastIndexOf(',', b);
      if (comma >= 0) clauseNorm = clauseNorm.slice(0, comma) + ';' + clauseNorm.slice(comma + 1);
    } else if (a < b && COORDINATION.test(norm.slice(a, b)) && !opensRelative(doc.norm, participants[k - 1], participants[k])) blank(a, b);
  }
  for (const i of items) {
    // "Haubitzen, die", "Rafale-Maschinen, die", "Minenjagdboote der Royal Navy, die": the comma after the item and its attributes
    const comma = RELATIVE_COMMA.exec(norm.slice(i.mention.end - s.start));
    if (comma) blank(i.mention.end - s.start + comma[0].length - 1, i.mention.end - s.start + comma[0].length);
  }
  // "die Patronen aus Schweizer Fertigung, die sie für den Gepard lagert, nicht … abgeben": a relative clause with no transfer of
  // its own only describes its head; the clause runs on around it, and what it names is not moved.
  const described = new Set<Mention>();
  for (const r of attributeClauses(doc, s, items)) {
    blank(r.start - s.start, r.start - s.start + 1);
    blank(r.end - s.start - 1, r.end - s.start);
    for (const i of items) if (i.mention.start > r.start && i.mention.end < r.end) described.add(i.mention);
    for (const p of participants) if (p.start > r.start && p.end < r.end) p.role = 'other';
  }
  if (described.size) items = items.filter((i) => !described.has(i.mention));
  // "1,200 missiles", "14.000 Schuss", "7,4 Milliarden Euro": a separator between digits is no clause break
  clauseNorm = clauseNorm.replace(/(?<=\d)[,.](?=\d)/g, ' ');
  // "Das Geschäft umfasst …", "…; es umfasst den Quellen zufolge Drohnen", "the arrangement also covers drones": what a deal named before contains
  const contents = (previous ?? deal) !== null && (CONTENTS.test(norm) || DEAL_CONTENTS.test(norm));
  if (contents) previous ??= deal;
  const groups = items.length && !contents ? groupByCue(doc, clauseNorm, s.start, items) : new Map<Cue, ItemRef[]>();
  for (const [cue, group] of groups) frames.push(...cueFrames(doc, lower, s, cue, group, participants, Math.min(cue.start, ...group.map((i) => i.mention.start))));
  if (groups.size) {
    // handled above
  } else if (previous && !items.length && (GENERIC_REFERENCE.test(norm) || BOTH_SIDES.test(norm) || DEAL_REFERENCE.test(norm) || CLAIM_REFERENCE.test(norm))) {
    // "Die USA ... würden Kiew vier zusätzliche Systeme zur Verfügung stellen", "nun verhandeln beide Seiten die Einzelheiten": the items are the previous sentence's.
    // "Das Vorhaben wurde jedoch auf Eis gelegt": a deal named again is stopped, denied or talked about, not made again.
    const first = firstCue(doc, norm, s.start);
    // "Moskau weist das zurück", "Belgrad wies die Darstellung zurück": a claim named again is only denied
    const claimOnly = !GENERIC_REFERENCE.test(norm) && !BOTH_SIDES.test(norm) && !DEAL_REFERENCE.test(norm);
    const again = (f: Frame) => (claimOnly ? f.status === 'denied' : GENERIC_REFERENCE.test(norm) || BOTH_SIDES.test(norm) || f.status === 'halted' || f.status === 'denied' || f.status === 'negotiating');
    // the side the sentence leaves open is the one the deal or claim named: "Pjöngjang nennt die Anschuldigung haltlos" (of shells for Russia)
    const fromPrevious = (f: Frame): Frame =>
      f.supplier && !f.recipient && f.supplier === previous.supplier ? { ...f, recipient: previous.recipient } : !f.supplier && f.recipient && f.recipient === previous.recipient ? { ...f, supplier: previous.supplier } : f;
    if (first) frames.push(...cueFrames(doc, lower, s, first, previous.items, participants, first.start).filter(again).map(fromPrevious));
  } else if (items.length && previous && ANAPHOR.test(norm)) {
    // "Darunter fallen Kampfflugzeuge ...": same parties as the sentence before.
    const goods = items.filter((i) => i.category !== 'personnel');
    const parties = participants.filter((p) => p.role !== 'other' && !p.origin);
    if (goods.length && parties.every((p) => p.id === previous.supplier || p.id === previous.recipient)) {
      const status = cueStatus(clause) === 'delivered' ? previous.status : cueStatus(clause);
      frames.push({ ...previous, sentence: s.index, items: goods, status, evidenceEnd: s.end, basis: 'continued' });
    }
  }
  frames.push(...laterHalts(doc, s, frames, items));
  const moved = new Set(frames.flatMap((f) => f.items.map((i) => i.mention)));
  frames.push(...personnelFrames(doc, lower, s, items.filter((i) => !moved.has(i.mention)), participants));
  return frames;
}

/**
 * "Venezuela wollte 36 Super Tucano kaufen, doch die USA verhinderten das Geschäft", "…, but Washington blocked the sale":
 * a later clause that stops the deal just told, naming it again and no items of its own, halts each transfer of the clause before.
 */
function laterHalts(doc: Doc, s: Sentence, frames: Frame[], items: ItemRef[]): Frame[] {
  const open = frames.filter((f) => f.status !== 'halted' && f.status !== 'denied');
  if (!open.length) return [];
  const lastItem = Math.max(...items.map((i) => i.mention.end));
  const comma = doc.norm.slice(lastItem, s.end).search(/[,;]/);
  if (comma < 0) return [];
  const from = lastItem + comma;
  const tail = doc.norm.slice(from, s.end);
  const stop = predicateCuesIn(doc, from, s.end).some((c) => c.entry.status === 'halted');
  return stop && DEAL_REFERENCE.test(tail) && !items.some((i) => i.mention.start > from) ? open.map((f) => ({ ...f, status: 'halted' as const })) : [];
}

/** The comma that opens a relative clause on an item, after a compound tail or a few attribute words. */
const RELATIVE_COMMA = /^(?:-[\p{L}]+)?(?:\s+(?:aus|von|vom|der|des|mit|of|from|with)(?:\s+[\p{L}\d-]+){1,3})?(?:\s+\p{Ll}+en)?\s*,(?=\s*(?:die|den|das|welche\w*|von denen|of which)\s)/u;
/** A relative clause after an item and its attributes, closed by a comma: ", die sie für den Gepard lagert,". */
const ATTRIBUTE_CLAUSE = /^(?:\s+(?:aus|von|vom|der|des|mit|fur|of|from|with|for)?\s*[\p{L}\d-]+){0,4}?\s*(,\s*(?:die|der|das|den|dem|deren|dessen|welche\w*|which|that)\s[^,;:]{3,90}?,)/u;

/** A relative clause closed by a comma after a noun: "des Rundfunks, der sich auf Regierungskreise beruft,", "the agency, which reported it,". */
const NOUN_RELATIVE = /(?<=\p{L}),\s*(?:die|der|das|den|dem|deren|dessen|welche\w*|which|who|whose)\s[^,;:]{3,90}?,/gu;

/** Relative clauses that describe an item or another noun and state no transfer: spans from their opening to their closing comma. */
function attributeClauses(doc: Doc, s: Sentence, items: ItemRef[]): Range[] {
  const candidates: Range[] = [];
  for (const i of items) {
    const m = ATTRIBUTE_CLAUSE.exec(doc.norm.slice(i.mention.end, s.end));
    if (!m) continue;
    const start = i.mention.end + m[0].length - m[1].length;
    candidates.push({ start, end: start + m[1].length });
  }
  const norm = doc.norm.slice(s.start, s.end);
  for (const m of norm.matchAll(NOUN_RELATIVE)) {
    // a German head noun is capitalised: "…, die USA liefern" after a verb is a clause of its own
    const head = /(\p{L}+)$/u.exec(doc.text.slice(s.start, s.start + m.index!))?.[1] ?? '';
    if (doc.language === 'de' && !/^\p{Lu}/u.test(head)) continue;
    candidates.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  const out: Range[] = [];
  const onItems = candidates.length - [...norm.matchAll(NOUN_RELATIVE)].length;
  for (const [k, range] of candidates.entries()) {
    // a relative clause on an item may name who moves it ("Haubitzen, die Frankreich lieferte"); one on another noun names no party
    if (predicateCuesIn(doc, range.start, range.end).length || (k < onItems && doc.bySentence[s.index].some((x) => x.type === 'actor' && x.start > range.start && x.end < range.end && x.form !== 'pronoun'))) continue;
    if (!out.some((r) => r.start === range.start)) out.push(range);
  }
  return out;
}

/** ", beide Partner Washingtons und Berlins,", ", a spokeswoman for the European Union,": a noun phrase between commas after a name, with no verb of its own. */
const APPOSITION_AFTER = /^\s*,\s*([^,;:.!?"]{3,70}?)\s*,/;
/** A verb ending the phrase makes it a relative clause ("die Frankreich lieferte"), not an apposition. */
const VERB_END = /\b\w+(?:te|ten|tet|t)\s*$/;

/** Appositions to the actors and people of a sentence: who is named inside one describes, it is no party. */
function appositionsIn(doc: Doc, s: Sentence, ms: Mention[]): Range[] {
  const out: Range[] = [];
  for (const m of ms) {
    if (m.type !== 'actor' && m.type !== 'person') continue;
    const a = APPOSITION_AFTER.exec(doc.norm.slice(m.end, s.end));
    if (!a) continue;
    const start = m.end + a[0].indexOf(a[1]);
    const end = start + a[1].length;
    const body = a[1];
    if (/^(?:und|and|oder|or|sowie|but|aber|which|who|whose|that|wie|as|so|da|weil|wenn|if|while|when)\b/.test(body)) continue;
    if (FINITE_AUXILIARY.test(body) || VERB_END.test(body) || predicateCuesIn(doc, start, end).length) continue;
    // a list of names is a coordination, not an apposition: "Polen, Tschechien, die Slowakei", "Die USA, Südkorea und die Ukraine werfen …"
    const opensWithName = ms.some((x) => x.type === 'actor' && x.form === 'name' && x.start >= start && /^(?:(?:die|der|das|the)\s+)?$/.test(doc.norm.slice(start, x.start)));
    if (opensWithName || !ms.some((x) => x.start >= start && x.end <= end) || ms.filter((x) => x.start >= start && x.end <= end).every((x) => x.type === 'actor') && /^\s*(?:die|der|das|the)?\s*\p{L}+\s*$/u.test(body)) continue;
    out.push({ start, end });
  }
  return out;
}

/**
 * Who the sentence cites: "laut US-Regierung", "nach Angaben des Weißen Hauses", "nach
 * US-Informationen", "Den Informationen der USA zufolge", "hieß es aus dem Weißen Haus".
 * A citation runs from its cue to the first actor or person it names.
 */
/** Auxiliaries and modals that stand as a clause's finite verb. */
const FINITE_AUXILIARY = /\b(?:hat|haben|hatte|hatten|habe|ist|sind|war|waren|sei|wird|werden|wurde|wurden|soll|sollen|will|wollen|kann|konnen|has|have|had|is|are|was|were|will|would|shall|can|could|may|might)\b/;

export function attributionRanges(doc: Doc, s: Sentence): Range[] {
  const norm = doc.norm.slice(s.start, s.end);
  const names = doc.bySentence[s.index].filter((m) => m.type === 'actor' || m.type === 'person');
  const out: Range[] = [];
  const cues = /\b(?:laut|according to|nach (?:\w+en )?(?:angaben|informationen|einschatzung\w*|schatzung\w*|ansicht|auffassung|darstellung|erkenntnissen|berichten|aussagen|geheimdienstinformationen)|nach (?=[\w-]*-(?:informationen|angaben|erkenntnissen))|citing|hieß es\b[^,.;:]{0,30}\baus)\b/g;
  for (let m = cues.exec(norm); m; m = cues.exec(norm)) {
    const from = s.start + m.index + m[0].length;
    // The cue may name the source itself: "nach südkoreanischen Angaben", "nach ukrainischen Schätzungen".
    const at = s.start + m.index;
    if (names.some((n) => n.start >= at && n.end <= from)) {
      out.push({ start: at, end: from });
      continue;
    }
    // the source ends before the clause's verb: "Laut dem Ministerium lieferte Dänemark ..." cites the ministry, not Denmark
    const ownsName = (n: Mention) => {
      const gap = doc.norm.slice(from, n.start);
      return !/[,;:]|\b(?:in|im|auf|an|nach|to|into|on)\s/.test(gap) && !FINITE_AUXILIARY.test(gap) && predicateCuesIn(doc, from, n.start).length === 0;
    };
    const named = names.find((n) => n.start >= from - 1 && n.start - from < 60 && ownsName(n));
    if (named) out.push({ start: s.start + m.index, end: named.end });
  }
  const patterns = [
    /\b(?:informationen|angaben|berichten|einschatzung|erkenntnissen|aussagen)\b[^,.;:]{0,60}\bzufolge\b/g,
    /\b(?:sagte|sagten|erklarte|betonte|teilte|said|says|told|warned|warnte)\b[^,.;:]{0,60}$/g,
    // "Wie Frankreich am Sonntag bestätigte, will Athen …", "As the ministry confirmed, …": a source before the clause
    /(?:^|,\s*)(?:wie|as)\s+[^,.;:]{1,60}?\b(?:bestatigte\w*|bestatigt|mitteilte\w*|mitgeteilt|berichtete\w*|berichtet|erklarte\w*|erklart|sagte\w*|meldete\w*|gemeldet|bekanntgab\w*|bekannt gab\w*|bekanntgegeben|verlautete|confirmed|said|reported|announced|stated)(?:\s+(?:hat|haben|hatte|hatten|wurde))?\s*,/g,
    /,\s*[^,.;:]{0,40}\b(?:says|said|sagt|sagte|reports?|berichtet|claims?)\s*[.!]?$/g,
    // A headline's source before a colon: "USA: Iran hat Raketen geliefert", "Kremlin: ...".
    /^\s*[^,.;:"]{1,25}:(?=\s)/g,
  ];
  for (const re of patterns) {
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const range = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      // "Pyongyang says it never sold arms to Moscow": a stretch that states a transfer is no mere citation
      if (re !== patterns[patterns.length - 1] && predicateCuesIn(doc, range.start, range.end).length) continue;
      out.push(range);
    }
  }
  return out;
}

/** What a weapon fights, named after it: "missiles against ships", "Gepard gegen Drohnen" (not "Munition gegen Technologie eintauschen": an exchange). */
const AGAINST = /^\s*(?:[\p{L}\d-]+\s+){0,2}(?:gegen|against)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;
const EXCHANGE = /\b(?:\w*tausch\w*|exchange\w*|swap\w*|trade\w*)\b/;
/** What a weapon fights, named by its verb or noun: "die Abwehr von Drohnen", "can intercept cruise missiles". */
const TARGET_BEFORE = /\b(?:abwehr von|zur abwehr|schutz vor|protection from|defen[cs]e against|(?:engag|intercept|destroy|neutrali[sz]|counter)\w*|shoot(?:s|ing)? down|shot down|capable of (?:hitting|striking))\s+(?:[\p{L}\d-]+\s+){0,2}$/u;
/** A combat verb (lower case: a verb, not "Abwehr") that closes the German clause after its objects: "… Flugzeuge, Hubschrauber und Drohnen in 27 Kilometern Höhe bekämpfen". */
const COMBAT_VERB_AFTER = /^[^;.]*?\b(?:bekampf|abfang|abgefang|abschiess|abschoss|abgeschoss|zerstor|ausschalt|abwehr)\w*/;
function isTarget(doc: Doc, m: Mention): boolean {
  const s = doc.sentences[m.sentence];
  const before = doc.norm.slice(Math.max(s.start, m.start - 50), m.start);
  if (TARGET_BEFORE.test(before)) return true;
  const against = /(?:gegen|against)\s+(?:[\p{L}\d-]+\s+){0,3}$/u.exec(before);
  if (against && !EXCHANGE.test(doc.norm.slice(s.start, s.end))) {
    const at = m.start - before.length + against.index;
    if (doc.bySentence[s.index].some((o) => (o.type === 'item' || o.type === 'weapon') && o.end <= at && AGAINST.test(doc.norm.slice(o.end, m.start)))) return true;
  }
  if (doc.language !== 'de') return false;
  const verb = COMBAT_VERB_AFTER.exec(doc.norm.slice(m.end, s.end));
  if (!verb || !/^\p{Ll}/u.test(doc.text.slice(m.end + verb[0].length - (verb[0].length - verb[0].search(/\S+$/)), m.end + verb[0].length))) return false;
  return !predicateCuesIn(doc, m.end, m.end + verb[0].length).length;
}
const MEANS_OF_TRANSPORT = /\b(?:aboard|on board|an bord)\s+(?:a |an |the |eines |einer |dem |der )?(?:\p{L}+\s+){0,2}$/u;
const CONTENTS_AFTER = /^\s*(?:voller|voll mit|mit|with|of|full of|containing)\s+(?:\p{L}+\s+){0,2}\p{L}/u;

/** Items in a sentence; a production purpose turns the item into technology and swallows what it produces. */
const WITHOUT = /\b(?:ohne|without)\s+(?:[^\s,;:.]+\s+){0,2}$/;
const PART_OF_SYSTEM = /^\s+(?:der|des|of|for|fur)\s+(?:(?:the|die|den|das|dem|its|their|seine\w*|ihre\w*)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/u;
function itemRefs(doc: Doc, ms: Mention[]): ItemRef[] {
  const lex = lexicon();
  const refs: ItemRef[] = [];
  let swallowUntil = -1;
  let purposeOf: Mention | null = null;
  const itemSpans = ms.filter((m) => m.type === 'item');
  for (const m of ms) {
    if (m.type !== 'item' && m.type !== 'weapon') continue;
    if (m.type === 'weapon' && itemSpans.some((i) => i.start < m.end && m.start < i.end)) continue;
    if (m.start < swallowUntil) continue;
    const category = m.category;
    if (!category) continue;
    const after = doc.norm.slice(m.end, Math.min(doc.norm.length, m.end + 60));
    if (PURPOSE.test(after)) {
      const sentenceEnd = doc.sentences[m.sentence].end;
      const stop = /[,;.]/.exec(doc.norm.slice(m.end + 2, sentenceEnd));
      swallowUntil = stop ? m.end + 2 + stop.index : sentenceEnd;
      refs.push({ mention: m, category: 'technology' });
      continue;
    }
    if (m.type === 'item' && (lex.items.get(m.id)?.needsPurpose || NOT_AN_ITEM.test(after))) continue;
    // "Komponenten der AH-64E", "components of the air defence system", "engines for the Tejas": parts of a system are of its kind
    const whole = m.id === 'components' ? ms.find((n) => (n.type === 'item' || n.type === 'weapon') && n.start >= m.end && n.start - m.end < 40 && n.category && n.id !== 'components' && PART_OF_SYSTEM.test(doc.norm.slice(m.end, n.start))) : undefined;
    if (whole?.category) {
      refs.push({ mention: m, category: whole.category });
      continue;
    }
    // "Produktionsanlagen für Shahed-Drohnen", "production lines for shells": the means to make an item move, not the item.
    if (MEANS_FOR.test(doc.norm.slice(Math.max(doc.sentences[m.sentence].start, m.start - 50), m.start))) {
      refs.push({ mention: m, category: 'technology' });
      continue;
    }
    // "ammunition for HIMARS launchers", "Munition für Gepard und Leopard", "Raketen für das Flugabwehrsystem SAMP/T": what the item is for is not moved itself
    const last = refs[refs.length - 1];
    const between = (a: Mention) => doc.norm.slice(a.end, m.start);
    // (aid or a licence "for" something names what moves: "Exportgenehmigungen für Munition")
    if (last && !AID.has(last.mention.id) && m.start - last.mention.end < 20 && /^\s*(?:for|fur)\s+(?:the |die |den |das |dem |der )?$/.test(between(last.mention))) {
      // interceptors for an air defence system are air defence ("Raketen für das Flugabwehrsystem SAMP/T")
      if (category === 'air-defence' && last.category === 'missile') last.category = 'air-defence';
      purposeOf = m;
      continue;
    }
    // the system named with the purpose ("Flugabwehrsystem SAMP/T"), or another system joined by "und" ("für Gepard und Leopard")
    if (purposeOf && m.start - purposeOf.end < 30 && (/^[\s-]*$/.test(between(purposeOf)) || (m.type === 'weapon' && /^\s*(?:und|and|oder|or)\s+(?:fur\s+|for\s+)?(?:die |den |das |dem |der |the )?$/.test(between(purposeOf))))) {
      purposeOf = m;
      continue;
    }
    purposeOf = null;
    // "aboard a transport plane", "an Bord eines Frachtflugzeugs": the means of transport is not what is moved
    if (MEANS_OF_TRANSPORT.test(doc.norm.slice(Math.max(0, m.start - 30), m.start))) continue;
    // "missiles against ships", "die Abwehr von Drohnen", "can intercept cruise missiles", "können Flugzeuge … bekämpfen": what a weapon fights is not moved
    if (isTarget(doc, m)) continue;
    // "kamen ohne den Flugkörper Meteor", "delivered without their missiles": what is left out does not move
    if (WITHOUT.test(doc.norm.slice(Math.max(doc.sentences[m.sentence].start, m.start - 30), m.start))) continue;
    // "16.000 Schiffscontainer voller Artilleriemunition": a container counts its contents and is no item of its own
    if (m.id === 'container' && CONTENTS_AFTER.test(doc.norm.slice(m.end, m.end + 40))) continue;
    // "Patriot-Raketen", "Leopard tanks", "HIMARS rockets", "Gepard-Munition": a class noun after a named system is one item with it
    if (last && m.type === 'item' && last.mention.type === 'weapon' && /^[\s-]*$/.test(between(last.mention))) {
      last.category = headedCategory(last.category, category);
      last.mention = { ...last.mention, end: m.end };
      continue;
    }
    refs.push({ mention: m, category });
  }
  return refs;
}

/** The category of a named system with a class noun after it: the system's, except for what it fires ("Gepard-Munition", "HIMARS rockets" are ammunition). */
function headedCategory(system: Category, head: Category): Category {
  if (head === 'ammunition') return 'ammunition';
  if (system === 'artillery' && head === 'missile') return 'ammunition';
  return system;
}

/** Actors of a sentence, with the role their preposition gives them; leaders stand for their state. */
/** "LONDON, May 11 –", "Seoul (Reuters) –", "KIEW, 3. März (dpa) –": where the report was filed, no party. */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:,\s*(?:\d{1,2}\.?\s*)?\p{L}{3,}\.?\s*\d{0,4}(?:\s*\([^)]{1,30}\))?\s*)?[–—-]\s/u;
function isDateline(doc: Doc, m: Mention): boolean {
  const s = doc.sentences[m.sentence];
  return doc.text.slice(s.start, m.start).trim() === '' && DATELINE_AFTER.test(doc.text.slice(m.end, m.end + 50));
}

const PEOPLE_AS_STATE = /\b(?:den|die|the)\s+$/;
function actorsOf(doc: Doc, ms: Mention[], items: ItemRef[]): Participant[] {
  const lex = lexicon();
  const out: Participant[] = [];
  for (const m of ms) {
    let id: string | null = null;
    // Bodies and think tanks report, count and judge transfers; they neither supply nor receive.
    // a people named as a whole stands for its state: "Iran habe den Russen Drohnen geliefert", "sold arms to the Saudis" (counted, they are troops)
    if (m.type === 'actor' && (m.form !== 'demonym' || PEOPLE_AS_STATE.test(doc.norm.slice(Math.max(0, m.start - 8), m.start))) && lex.actors.get(m.id)?.kind !== 'organisation') id = m.id;
    else if (m.type === 'person' && lex.people.get(m.id)?.leader) id = lex.people.get(m.id)!.affiliation;
    if (!id || isDateline(doc, m)) continue;
    const after = doc.norm.slice(m.end, m.end + 40);
    // An origin adjective stands right before its item, with at most two lower-case words between: "russische hoch entwickelte Waffentechnologien".
    // "dem äthiopischen Agrarministerium": an adjective with an institution noun names the state itself
    const institution = m.form === 'adjective' && FORCE_NOUN.test(after);
    const origin = m.form === 'adjective' && !institution && items.some((i) => !AID.has(i.mention.id) && i.mention.start >= m.end && /^(?:[\s-]+\p{Ll}[\p{L}-]*){0,2}[\s-]*$/u.test(doc.text.slice(m.end, i.mention.start)));
    const before = doc.norm.slice(Math.max(doc.sentences[m.sentence].start, m.start - 40), m.start);
    // "beim US-Konzern Boeing", "from South Korean manufacturer Hyundai Rotem": a name in apposition takes its noun's preposition
    // "mit der Regierung in Bogotá", "die Regierung in Teheran": a government named by its seat takes the preposition of the government noun
    const seat = SEAT_OF.exec(before);
    const prep = seat ? previousWord(doc.norm, m.start - before.length + seat.index, SKIP) : APPOSITION.exec(before)?.[1] ?? previousWord(doc.norm, m.start, SKIP);
    let role: Participant['role'] = 'free';
    if (BETWEEN.test(before) && (prep === 'zwischen' || prep === 'between' || ((prep === 'und' || prep === 'and') && /\b(?:zwischen|between)\b\s+\S+(?:\s+\S+)?\s+(?:und|and)(?:\s+(?:der|die|den|dem|the))?\s*$/.test(before)))) role = 'between';
    else if (ACCUSED.test(before) || SUPPLIED_BY.test(after)) role = 'supplier';
    else if (CLAIM_SOURCE.test(before) || MADE_BY.test(before)) role = 'other';
    // who sanctions or accuses is no party; a name after "to" is in its phrase, no one's subject ("the sale to Turkey triggered sanctions")
    else if (AGENT_OF.test(after) && !RECIPIENT_PREPS.has(prep)) role = 'other';
    // "die in den USA bestellten Jets", "bei Rheinmetall gekauft": where something is ordered or bought supplies it.
    else if ((prep === 'in' || prep === 'bei' || prep === 'beim') && ORDERED_AT.test(after)) role = 'supplier';
    // "a deal for South Korean Cheongung-II batteries": the adjective is where the item comes from; after another item it names whose it is ("shells for Ukrainian howitzers")
    // an adjective takes the preposition of its noun only where that noun is the state's own ("an ukrainische Truppen"), not of any noun ("to a French letter of intent")
    else if ((RECIPIENT_PREPS.has(prep) || /\b(?:in (?:die|den)|into)\s+$/.test(before.slice(-9))) && (m.form !== 'adjective' || institution || origin) && (!origin || items.some((i) => i.mention.sentence === m.sentence && i.mention.end <= m.start))) role = 'recipient';
    else if (SUPPLIER_PREPS.has(prep)) role = 'supplier';
    // "mit türkischen Kampfdrohnen": the adjective names where the goods come from, not the other side of a deal
    else if (COUNTERPART.has(prep) && !origin) role = 'counterpart';
    else if (OTHER_PREPS.has(prep)) role = 'other';
    const owner = !origin && items.some((i) => i.mention.start >= m.end && OWNER.test(doc.text.slice(m.end, i.mention.start)));
    out.push({ start: m.start, end: m.end, id, role, origin, adjective: m.form === 'adjective' && !institution, company: lex.actors.get(id)?.kind === 'company', prep, owner, dative: role === 'free' && m.form !== 'adjective' && isDative(doc, m), described: m.form === 'description' });
  }
  // "weapons from Russia, Iran and Turkey", "an Polen und Litauen": a list takes the preposition of its first member
  // (a comma alone joins a list only where "and" ends it: "To France, Greece has delivered" is no list)
  const joins = (a: Participant, b: Participant) => COORDINATION.test(doc.norm.slice(a.end, b.start));
  const endsList = (k: number): boolean => k + 1 < out.length && joins(out[k], out[k + 1]) && (LIST_END.test(doc.norm.slice(out[k].end, out[k + 1].start)) || endsList(k + 1));
  for (let k = 1; k < out.length; k++) {
    const [prev, cur] = [out[k - 1], out[k]];
    if ((prev.role !== 'supplier' && prev.role !== 'recipient' && prev.role !== 'counterpart') || cur.role !== 'free' || prev.adjective || cur.adjective || !joins(prev, cur)) continue;
    if (LIST_END.test(doc.norm.slice(prev.end, cur.start)) || endsList(k)) cur.role = prev.role;
  }
  // "Lebanon's Hezbollah", "Yemen's Houthi rebels", "die libanesische Hisbollah": a state that qualifies an armed group names where it fights, not a party
  for (let k = 0; k + 1 < out.length; k++) {
    const [state, group] = [out[k], out[k + 1]];
    if (lex.actors.get(state.id)?.kind === 'state' && lex.actors.get(group.id)?.kind === 'armed-force' && /^(?:['’]s)?\s+$/.test(doc.text.slice(state.end, group.start))) state.role = 'other';
  }
  // "Die USA, Südkorea und die Ukraine werfen dem Regime vor, …": who accuses or sanctions together with the last of a list is no party either.
  for (let k = out.length - 2; k >= 0; k--) {
    const next = out[k + 1];
    if (next.role === 'other' && AGENT_OF.test(doc.norm.slice(next.end, next.end + 40)) && COORDINATION.test(doc.norm.slice(out[k].end, next.start))) out[k].role = 'other';
  }
  return out;
}

/**
 * Each item goes with the nearest cue in its clause (no comma, colon, semicolon or dash between);
 * items of a list that runs on past a comma go with the cue of the item before them.
 */
function groupByCue(doc: Doc, norm: string, base: number, items: ItemRef[]): Map<Cue, ItemRef[]> {
  const cues = cuesIn(doc, norm, base);
  const nearest = items.map((i) => {
    let best: { cue: Cue; distance: number } | null = null;
    for (const cue of cues) {
      // "Waffenlieferungen": the cue inside the item's own word is nearest.
      const overlaps = cue.start < i.mention.end && i.mention.start < cue.end;
      const [a, b] = overlaps ? [0, 0] : i.mention.end <= cue.start ? [i.mention.end, cue.start] : [cue.end, i.mention.start];
      if (b < a || ITEM_BOUNDARY.test(norm.slice(a - base, b - base))) continue;
      const distance = b - a + (cue.kind === 'exchange' || cue.kind === 'receive' ? 0 : 1);
      if (!best || distance < best.distance) best = { cue, distance };
    }
    return best?.cue ?? null;
  });
  const groups = new Map<Cue, ItemRef[]>();
  const fallback = nearest.find(Boolean) ?? null;
  let current: Cue | null = null;
  items.forEach((item, k) => {
    // "Lieferungen von Munition und militärischer Ausrüstung": a list shares its first item's cue.
    const listed = k > 0 && current && LIST_JOIN.test(norm.slice(items[k - 1].mention.end - base, item.mention.start - base));
    current = (listed ? current : nearest[k]) ?? current ?? fallback;
    // A headline's two halves ("Granaten in der Ukraine – Rom verhandelt über SAMP/T") are two statements.
    if (current && DASH.test(norm.slice(Math.min(current.end, item.mention.end) - base, Math.max(current.start, item.mention.start) - base))) return;
    if (current) groups.set(current, [...(groups.get(current) ?? []), item]);
  });
  return groups;
}

const DASH = new RegExp(String.raw`${STATEMENT_DASH}\s`);
/** What separates an item from a cue that is not its own: punctuation, or a dash between statements. */
const ITEM_BOUNDARY = new RegExp(String.raw`[,;:]|${STATEMENT_DASH}\s`);

/** Cues of the predicate lexicon in the stretch of text `norm` covers, then the remaining pattern cues at other places. */
function cuesIn(doc: Doc, norm: string, base: number): Cue[] {
  // A word that names what moves ("arms", "aid" as an item class) is no predicate of its own: "arms" is not "to arm".
  const sentence = doc.sentences.find((x) => x.end > base);
  const items = (sentence ? doc.bySentence[sentence.index] : []).filter((m) => (m.type === 'item' || m.type === 'weapon') && m.end > base && m.start < base + norm.length);
  // Aid stays a predicate ("die deutsche Militärhilfe für die Ukraine umfasst …") and is an item only where nothing else is.
  // English verbs look like their nouns: right after its subject's name the word is the verb ("Iran arms the Houthis").
  const actorEnds = new Set((sentence ? doc.bySentence[sentence.index] : []).filter((m) => m.type === 'actor' && m.form !== 'adjective').map((m) => m.end));
  const afterSubject = (p: PredicateCue) => doc.language === 'en' && p.form.features.kind === 'finite' && [...actorEnds].some((e) => /^\s+$/.test(doc.norm.slice(e, p.start)));
  const naming = (p: PredicateCue) => items.some((m) => m.start === p.start && m.end === p.end && !AID.has(m.id)) && !afterSubject(p);
  // A noun is a transfer where it governs what moves: "deliveries of tanks", "Lieferung von Panzern", "drone shipments", "Waffenlieferungen".
  const governs = (p: PredicateCue) =>
    p.form.features.kind !== 'noun' ||
    items.some((m) => (m.start < p.end && p.start < m.end) || (m.start >= p.end && nounObject(doc, p, doc.norm.slice(p.end, m.start))) || (m.end <= p.start && NOUN_MODIFIER.test(doc.norm.slice(m.end, p.start))));
  const out: Cue[] = predicateCuesIn(doc, base, base + norm.length).filter((p) => !naming(p) && governs(p)).map((p) => ({
    kind: cueKind(p),
    start: p.start,
    end: p.end,
    predicate: p,
  }));
  const taken = (a: number, b: number) => out.some((c) => c.start < b && a < c.end);
  // a cue word inside an item's own name is part of the name ("Transportpanzer", "Transporthubschrauber"), unless the name is a transfer ("Waffenlieferungen")
  const inName = (a: number, b: number) => items.some((m) => m.start < b && a < m.end && !TRANSFER_COMPOUND.test(doc.norm.slice(m.start, m.end)));
  for (const [kind, re] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const [a, b] = [base + m.index, base + m.index + m[0].length];
      if (!taken(a, b) && !inName(a, b)) out.push({ kind, start: a, end: b });
    }
  }
  return out;
}

function firstCue(doc: Doc, norm: string, base: number): Cue | null {
  return cuesIn(doc, norm, base).sort((a, b) => a.start - b.start)[0] ?? null;
}

/** The participant with `id` and the ones listed with it. */
function coordinated(actors: Participant[], id: string | null, norm: string): string[] {
  if (!id) return [];
  const i = actors.findIndex((p) => p.id === id);
  if (i < 0) return [id];
  const out = [id];
  const joined = (j: number) => {
    const gap = norm.slice(actors[j - 1].end, actors[j].start);
    return (COORDINATION.test(gap) && !opensRelative(norm, actors[j - 1], actors[j])) || (actors[j].role === actors[j - 1].role && PREP_COORDINATION.test(gap));
  };
  for (let j = i + 1; j < actors.length && joined(j); j++) {
    if (!out.includes(actors[j].id)) out.push(actors[j].id);
  }
  return out;
}

/** A government voice: "said the chancellor", "a ministry spokesman", "Pentagon press secretary". */
const OFFICIAL = /\b(?:sprecher\w*|spokes\w*|\w*minist\w*|president|prasident\w*|\w*kanzler\w*|chancellor|secretary|regierung\w*|government|foreign office|auswartige\w* amt\w*|pentagon|kreml\w*|kremlin|white house|weiße\w* haus\w*|official\w*|beamte\w*)\b/;
const SPEECH = /\b(?:sagte|sagten|sagt|erklarte|erklarten|erklart|betonte|versicherte|said|says|stated|told|insisted|assured)\b/;

/** A party speaking: an official, or a state as the subject of a speech verb ("Seoul hat erklärt, keine Waffen zu liefern"). */
function partySpeaks(doc: Doc, s: Sentence): boolean {
  const norm = doc.norm.slice(s.start, s.end);
  const speech = SPEECH.exec(norm);
  if (!speech) return false;
  return OFFICIAL.test(norm) || doc.bySentence[s.index].some((m) => m.type === 'actor' && m.form !== 'adjective' && m.start < s.start + speech.index);
}

/** Negated statements say what did not happen: a party saying so, or a denial nearby, makes them the denial. */
function negatedStatus(doc: Doc, lower: string, s: Sentence): 'denied' | 'negotiating' | 'expected' | null {
  const prev = doc.sentences[s.index - 1];
  if (partySpeaks(doc, s) || (prev && cueStatus(lower.slice(prev.start, prev.end)) === 'denied')) return 'denied';
  // "nicht davon aus, dass Teheran bereits ... geliefert hat. Jedoch laufen die Verhandlungen darüber": the next sentence says what holds instead.
  const next = doc.sentences[s.index + 1];
  const follow = next ? cueStatus(lower.slice(next.start, next.end)) : 'delivered';
  return follow === 'negotiating' || follow === 'expected' ? follow : null;
}

function cueFrames(doc: Doc, lower: string, s: Sentence, found: Cue, goods: ItemRef[], participants: Participant[], anchor: number): Frame[] {
  const norm = doc.norm;
  // A noun cue ("Über die Lieferung von Taurus wird ... verhandelt") leaves the verb to the end of its clause.
  const nounCue = /^\p{Lu}/u.test(doc.text.slice(found.start, found.end)) || found.predicate?.form.features.kind === 'noun' || /^(?:delivery|deliveries|supply|supplies|shipment|shipments|sale|sales|transfer|transfers)$/.test(norm.slice(found.start, found.end));
  // Deliveries that someone receives move towards the subject: "Moskau habe Lieferungen von Raketen erhalten", "received shipments of".
  // (the verb may stand a Mittelfeld before it: "bekam Togo in einem Sommer eine Drohnenlieferung")
  const nounClause = norm.slice(Math.max(s.start, found.start - 60, norm.slice(0, found.start).search(/[,;:][^,;:]*$/) + 1), found.end + (/[,;]/.exec(norm.slice(found.end, s.end))?.index ?? s.end - found.end));
  const cue: Cue = found.kind === 'supply' && nounCue && RECEIVE_VERB.test(nounClause) ? { ...found, kind: 'receive' } : found;
  // Roles are read in the clause that states the transfer: after "dass"/"that" or ", and" before the first item.
  let scopeStart = s.start;
  const head = norm.slice(s.start, anchor);
  const infinitive = /\b(?:zu|to)\s+$/.test(norm.slice(Math.max(s.start, found.start - 4), found.start));
  for (const re of [CLAUSE_OPENER, CLAUSE_BREAK]) {
    re.lastIndex = 0;
    // "has handed over a batch and says the rest will follow": a speech verb coordinated with the subject's own verb keeps the subject.
    // "Seoul hat erklärt, keine Waffen zu liefern", "said it would not ... to send": an infinitive after a speech verb keeps the speaker as its subject.
    for (let m = re.exec(head); m; m = re.exec(head)) if (re !== CLAUSE_OPENER || (!/\b(?:and|und)\s+$/.test(head.slice(0, m.index)) && !CLEFT.test(head.slice(0, m.index)) && !(SPEECH_OPENER.test(m[0]) && infinitive && !participants.some((p) => p.role === 'free' && p.start > s.start + m.index && p.end <= found.start)))) scopeStart = Math.max(scopeStart, s.start + m.index);
  }
  // a clause opened by its own subject after a comma starts there, for roles and status alike
  let ownStart = s.start;
  for (const p of participants) if (p.opensClause && p.start <= found.start) ownStart = Math.max(ownStart, norm.lastIndexOf(',', p.start));
  scopeStart = Math.max(scopeStart, ownStart);
  const last = Math.max(cue.end, ...goods.filter((i) => i.mention.sentence === s.index).map((i) => i.mention.end));
  CLAUSE_BREAK.lastIndex = 0;
  const nextBreak = CLAUSE_BREAK.exec(norm.slice(last, s.end));
  // the scope ends where a main clause of its own opens (`opensClause`, sentenceFrames)
  const nextSubject = participants.find((p) => p.start > last && p.opensClause);
  const scopeEnd = Math.min(nextBreak ? last + nextBreak.index : s.end, nextSubject ? norm.lastIndexOf(',', nextSubject.start) : s.end);
  let items = goods.filter((i) => i.mention.sentence !== s.index || i.mention.start >= scopeStart);
  const entry = cue.predicate?.entry;
  const actors = participants.filter((p) => p.start >= scopeStart && p.end <= scopeEnd).map((p) => (entry ? withRole(p, genitiveRole(doc, cue, p, entry), entry) : p));

  let supplier: string | null = null;
  let recipient: string | null = null;
  let undirected = false;
  let boughtFor = false;
  const marked = (role: Participant['role']) => actors.find((p) => p.role === role)?.id ?? null;
  // "Wegen der russischen Angriffe liefern die USA …": an adjective names a side only on what moves or on the transfer noun ("russische Waffenlieferungen")
  const onCue = (p: Participant) => p.end <= cue.start && /^(?:[\s-]+\p{Ll}[\p{L}-]*){0,2}[\s-]*$/u.test(doc.text.slice(p.end, cue.start));
  const free = actors.filter((p) => p.role === 'free' && !p.origin && (!p.adjective || onCue(p)));
  const origin = actors.find((p) => p.origin)?.id ?? null;
  const between = actors.filter((p) => p.role === 'between');

  const purchase = entry ? entry.meaning === 'buy' || entry.meaning === 'order' : PURCHASE.test(norm.slice(cue.start, cue.end));
  let relative: Participant | undefined;
  for (const p of actors) {
    const head = items.find((i) => i.mention.end <= p.start && RELATIVE.test(norm.slice(i.mention.end, p.start)));
    if (p.role !== 'free' || p.end > cue.start || !head) continue;
    // The clause moves only the items it qualifies: those listed up to its head, not others earlier in the sentence.
    relative = p;
    items = items.filter((i) => i.mention.start >= p.start || (i.mention.end <= head.mention.end && !/[,;:]/.test(norm.slice(i.mention.end, head.mention.end))));
    break;
  }

  if (between.length >= 2 && !marked('recipient') && !marked('supplier')) {
    [supplier, recipient, undirected] = [between[0].id, between[1].id, true];
  } else if (cue.kind === 'exchange') {
    // "Munition gegen Technologie aus Russland eintauschen": only what comes in return is a transfer to the subject.
    const gegen = /\b(?:gegen|for)\b/.exec(norm.slice(anchor, cue.start));
    if (gegen) items = items.filter((i) => i.mention.start > anchor + gegen.index);
    recipient = free[0]?.id ?? null;
    const inReturn = actors.filter((p) => gegen && p.start > anchor + gegen.index);
    supplier = inReturn.find((p) => p.role === 'supplier' || p.origin)?.id ?? null;
  } else if (relative && (cue.kind === 'supply' || cue.kind === 'receive')) {
    const group = coordinated(actors, relative.id, norm);
    const other = free.find((p) => !group.includes(p.id) && !p.adjective)?.id ?? null;
    [supplier, recipient] = cue.kind === 'supply' ? [relative.id, marked('recipient') ?? other] : [marked('supplier') ?? origin ?? other, relative.id];
  } else if (cue.kind === 'receive' && purchase && marked('recipient') && free.some((p) => p.start < cue.start && p.id !== marked('recipient'))) {
    // "Canada bought NASAMS for Ukraine", "Tschechien kauft Granaten für die Ukraine": the buyer supplies whom it buys for.
    supplier = free.find((p) => p.start < cue.start && p.id !== marked('recipient'))!.id;
    recipient = marked('recipient');
    boughtFor = true;
  } else if (cue.kind === 'receive') {
    // "der Wunsch Kiews nach …": a genitive names the side; otherwise the subject receives
    recipient = actors.find((p) => p.genitive && p.role === 'recipient')?.id ?? free.find((p) => p.start < cue.start || p.start < anchor)?.id ?? free[0]?.id ?? marked('recipient');
    supplier = marked('supplier') ?? (origin !== recipient ? origin : null);
  } else if (cue.kind === 'arrive') {
    const place = actors.find((p) => p.role === 'other' && /\b(?:in|im|nach|to|at)\s+(?:der |die |den |dem |the )?$/.test(norm.slice(p.start - 10, p.start)));
    // "reached Ukraine", "erreichten die Ukraine": the object of the arrival is where it arrives.
    recipient = place?.id ?? marked('recipient') ?? free.find((p) => p.start >= cue.end && !p.adjective)?.id ?? null;
    supplier = marked('supplier') ?? origin ?? free.find((p) => p.id !== recipient)?.id ?? null;
  } else if (entry && isMutual(entry) && origin && free.length && !marked('supplier') && !marked('recipient')) {
    // "Iraq signs deal for South Korean Cheongung-II": a deal binds both sides, and the system's origin is the seller.
    [supplier, recipient] = [origin, free.find((p) => p.id !== origin)?.id ?? null];
  } else if (entry && free.length && !marked('recipient') && equipsOwn(entry, norm.slice(doc.language === 'en' ? cue.end : free[0].end, Math.min(...items.map((i) => i.mention.start), s.end)))) {
    // "Kuwait rüstet seine Streitkräfte mit türkischen Kampfdrohnen auf", "hat sich mit … ausgerüstet", "equipped itself with": who equips its own forces receives
    recipient = free[0].id;
    supplier = marked('supplier') ?? (origin !== recipient ? origin : null);
  } else {
    recipient = marked('recipient');
    supplier = marked('supplier') ?? free[0]?.id ?? origin;
    if (!recipient) {
      const group = coordinated(actors, supplier, norm);
      recipient = free.find((p) => !group.includes(p.id) && !p.adjective && !p.company)?.id ?? null;
    }
  }
  // Two actors listed as one subject ("Russia and North Korea have denied any arms transfers", "Teheran und Moskau verhandeln über ...") are a pair without direction;
  // two who receive or buy are both recipients ("Hungary and the Czech Republic have ordered the jets").
  const subjects = coordinated(actors, supplier ?? recipient, norm);
  if (!undirected && cue.kind !== 'receive' && !(supplier && recipient) && subjects.length === 2 && actors.every((p) => subjects.includes(p.id) && (p.role === 'free' || p.role === 'other') && !p.origin)) {
    [supplier, recipient, undirected] = [subjects[0], subjects[1], true];
  }
  // The other side of a deal takes whichever side is open: "Washington in talks with Spain about sending Patriots to Ukraine".
  const counterpart = marked('counterpart');
  let guessed = false;
  if (counterpart && !undirected) {
    if (recipient && (!supplier || actors.find((p) => p.id === supplier)?.role === 'free') && recipient !== counterpart) supplier = counterpart;
    else if (supplier && !recipient) [recipient, guessed] = [counterpart, actors.find((p) => p.id === supplier)?.role === 'free'];
  }
  if (supplier && supplier === recipient) recipient = null;
  // "Rheinmetall signed a contract with Lithuania": in a deal between a company and a state, the company sells.
  const isCompany = (id: string | null) => actors.some((p) => p.id === id && p.company);
  if (purchase && !undirected && isCompany(recipient) && supplier && !isCompany(supplier)) [supplier, recipient] = [recipient, supplier];
  if (!items.length) return [];
  // Sides the sentence names but leaves open are filled at article level; a sentence that names other actors in no role gives no transfer.
  if (!supplier && !recipient && actors.some((p) => p.role === 'free')) return [];

  const clauseEnd = nounCue ? cue.end + (NEXT_CLAUSE.exec(norm.slice(cue.end, s.end))?.index ?? s.end - cue.end) : cue.end + tailLength(norm, cue.end, s.end);
  const clauseStart = Math.max(ownStart, ownClauseStart(doc, s.start, anchor));
  const clause = lower.slice(clauseStart, Math.min(s.end, clauseEnd));
  if (isHypothetical(clause) || cue.start - s.start < conditionEnd(norm.slice(s.start, s.end))) return [];
  // The Mittelfeld up to the goods belongs to the clause too: "Ankara erhält im Rahmen der Vereinbarung 40 F-16", "überlässt der Ukraine kurzfristig zwei Patriot"
  const goodsEnd = Math.max(0, ...items.filter((i) => i.mention.sentence === s.index && i.mention.start > cue.end && !ITEM_BOUNDARY.test(norm.slice(cue.end, i.mention.start))).map((i) => i.mention.end));
  const toldPast = !!cue.predicate && isIndicative(doc, cue.predicate) && cue.predicate.form.features.tense === 'past';
  let status = cueStatus(lower.slice(clauseStart, Math.min(s.end, Math.max(clauseEnd, goodsEnd))), toldPast);
  // What the predicate says by itself holds whatever the tense: a stop, a denial, talks; an order or a pledge is still to come unless the clause reports it done.
  const implied = strongest([cue.predicate, ...predicateCuesIn(doc, clauseStart, Math.min(s.end, clauseEnd)).filter((p) => !DEFIED.test(norm.slice(Math.max(s.start, p.start - 40), p.start)))].map((p) => p?.entry.status ?? null));
  if (implied === 'halted' || implied === 'denied' || implied === 'negotiating') status = implied;
  else if (implied === 'expected' && status === 'delivered' && !reportsCompletion(clause)) status = 'expected';
  // an infinitive states no act done: "hat beschlossen, … zu liefern", "decided to send", "bereit, … abzugeben"
  else if (status === 'delivered' && isInfinitive(doc, cue)) status = 'expected';
  // "Kroatien kauft 44 Leopard", "Poland buys 96 Apaches", "Die Luftwaffe bekommt zwei zusätzliche C-27J": a counted purchase or receipt told in the present is a deal struck, its goods still to come
  // (uncounted arms or ammunition in general are a habit: "bezieht den Großteil seiner Waffen aus Russland", "imports most of its weapons from China")
  // (a receipt only when counted: "Russland bekommt aus Iran ballistische Raketen" is under way; a verb-final perfect, "das … erhalten hat", is done)
  else if (status === 'delivered' && (entry?.meaning === 'buy' || entry?.meaning === 'receive') && cue.predicate && isIndicative(doc, cue.predicate) && cue.predicate.form.features.tense === 'present' && !PERFECT_BEFORE.test(norm.slice(clauseStart, cue.start)) && !AUXILIARY_AFTER.test(norm.slice(cue.end, cue.end + 10)) && items.some((i) => (entry.meaning === 'buy' && i.category !== 'equipment' && i.category !== 'ammunition') || quantityBefore(norm, i.mention.start, null)?.value) && !reportsCompletion(clause)) status = 'expected';
  // What was bought for someone has still to reach them, unless the sentence says it did.
  if (boughtFor && status === 'delivered' && !/\b(?:delivered|arrived|geliefert|ubergeben|eingetroffen)\b/.test(norm.slice(s.start, s.end))) status = 'expected';
  let evidenceEnd = s.end;
  // "could not be independently confirmed", "it has not been confirmed whether": the negation withholds confirmation, it negates no supply
  // negation reaches over the whole clause of the cue and its items: "liefert bis auf Weiteres keine Rüstungsgüter mehr an Israel"
  const itemsEnd = Math.max(0, ...items.filter((i) => i.mention.sentence === s.index).map((i) => i.mention.end));
  const tail = /^[^,;:.!?]{0,30}[\p{L}\p{N}]*(?:\s+[\p{L}\p{N}]+)?/u.exec(norm.slice(itemsEnd, s.end))?.[0].length ?? 0;
  const negationScope = lower.slice(clauseStart, Math.max(Math.min(s.end, clauseEnd), Math.min(s.end, itemsEnd + tail)));
  const negated = isNegated(negationScope);
  const unverified = negated && withholdsConfirmation(lower.slice(s.start, s.end));
  if (unverified) {
    // a status of its own (expected, talks) stays
    if (status === 'delivered' || status === 'halted') status = 'unconfirmed';
  } else if (negated && status !== 'denied' && status !== 'halted' && refusesSupply(negationScope)) status = 'halted';
  else if (negated && status !== 'denied' && status !== 'halted') {
    const instead = negatedStatus(doc, lower, s);
    if (!instead) return [];
    if (instead !== 'denied') evidenceEnd = doc.sentences[s.index + 1].end;
    status = instead;
  }
  const after = doc.sentences.slice(s.index + 1, s.index + 4);
  // "Gesichert sei das aber nicht": a later sentence about no items of its own withholds confirmation of this one.
  const hasItems = (x: Sentence) => doc.bySentence[x.index].some((m) => m.type === 'item' || m.type === 'weapon');
  if (status === 'delivered' && after.some((x) => !hasItems(x) && withholdsConfirmation(lower.slice(x.start, x.end)))) status = 'unconfirmed';
  // "Ob Moskau auch Technologie liefert, ist unbestätigt", "Whether Seoul sent shells is unclear": an open question.
  if (status === 'delivered' && (INDIRECT_QUESTION.test(norm.slice(scopeStart, anchor)) || withholdsConfirmation(lower.slice(s.start, s.end)))) status = 'unconfirmed';
  // "Budapest legt EU-Militärhilfe für Kiew auf Eis": who stops a supply need not be who gives it; the owner of what is stopped supplies.
  // "eine Lieferung russischer Kampfpanzer … gestoppt": an origin adjective right after the transfer noun names whose goods they are
  if (status === 'halted' && !undirected) {
    const nouns = predicateCuesIn(doc, clauseStart, Math.min(s.end, clauseEnd)).filter((c) => c.form.features.kind === 'noun');
    const owner = actors.find((p) => p.id !== recipient && (p.owner || (p.origin && nouns.some((c) => c.end <= p.start && /^\s+$/.test(norm.slice(c.end, p.start))))));
    if (owner && owner.id !== supplier) supplier = owner.id;
  }
  // "das deutsche Veto gegen Eurofighter-Lieferungen an Saudi-Arabien", "am Veto der Bundesregierung": who stops a supply no one else is named to give withholds its own part in it.
  if (status === 'halted' && !supplier && !undirected) supplier = stoppingParty(doc, actors, predicateCuesIn(doc, clauseStart, Math.min(s.end, clauseEnd)), recipient);
  // "weapons" next to named kinds of weapons says nothing more.
  if (items.some((i) => i.category !== 'equipment' && i.category !== 'personnel')) items = items.filter((i) => i.mention.id !== 'weapons');

  const suppliers = undirected ? [supplier] : supplier ? withMaker(actors, coordinated(actors, supplier, norm)) : [null];
  const recipients = undirected ? [recipient] : recipient ? coordinated(actors, recipient, norm) : [null];
  const frames: Frame[] = [];
  const bought = cue.kind === 'receive' && !counterpart && purchase;
  const basis = cue.predicate?.entry.meaning ?? 'pattern';
  // how the sentence named each side: by preposition or slot, by word order, as an origin adjective
  const namedBy = (id: string | null): Side => {
    const p = actors.find((a) => a.id === id);
    return !p ? 'none' : p.origin ? 'origin' : p.role === 'supplier' || p.role === 'recipient' ? 'marked' : p.role === 'free' ? 'order' : 'other';
  };
  const by = { supplier: namedBy(supplier), recipient: namedBy(recipient) };
  const anyRecipient = !recipient && ANY_RECIPIENT.test(norm.slice(s.start, s.end));
  const mutual = !supplier && !recipient && BOTH_SIDES.test(norm.slice(scopeStart, scopeEnd));
  // "Kroatien kauft türkische Kampfdrohnen und amerikanische Raketenwerfer": where the supplier is only an origin adjective, each item comes from its own
  const sources = new Set(items.map((i) => sourceAfter(doc, actors, i)?.id).filter((id) => id));
  const byOrigin = supplier && ((by.supplier === 'origin' && suppliers.length === 1) || sources.size > 1) ? itemsByOrigin(doc, actors, items, supplier) : [[supplier, items] as const];
  for (const [sup0, own] of byOrigin)
    for (const sup of byOrigin.length > 1 ? [sup0] : suppliers)
      for (const rec of recipients) if (sup !== rec || !sup) frames.push({ sentence: s.index, supplier: sup, recipient: rec, undirected, guessed, bought, items: own, status, evidenceEnd, basis, by, filled: 0, redirected: false, anyRecipient, mutual, describedRecipient: !!rec && actors.every((p) => p.id !== rec || p.described), describedSupplier: !!sup && actors.every((p) => p.id !== sup || p.described) });
  return frames;
}

const SOURCE_AFTER = /^\s+(?:aus|from)\s+(?:der |dem |den |the )?$/;
const sourceAfter = (doc: Doc, actors: Participant[], i: ItemRef) => actors.find((p) => p.role === 'supplier' && p.start >= i.mention.end && SOURCE_AFTER.test(doc.norm.slice(i.mention.end, p.start)));

/** Items grouped by the origin adjective right before each ("türkische Kampfdrohnen") or the source right after it ("Tornado aus Großbritannien"); an item with neither goes with the first. */
function itemsByOrigin(doc: Doc, actors: Participant[], items: ItemRef[], first: string): Array<readonly [string, ItemRef[]]> {
  const groups = new Map<string, ItemRef[]>();
  for (const i of items) {
    // "Mirage 2000 aus Frankreich … Tornado aus Großbritannien": a source right after the item is its own too
    const own = sourceAfter(doc, actors, i)?.id ?? actors.find((p) => p.origin && p.end <= i.mention.start && /^(?:[\s-]+\p{Ll}[\p{L}-]*){0,2}[\s-]*$/u.test(doc.text.slice(p.end, i.mention.start)))?.id ?? first;
    groups.set(own, [...(groups.get(own) ?? []), i]);
  }
  return [...groups.entries()];
}

/** The party that a stop noun or verb names by an adjective before it or a genitive after it ("das deutsche Veto", "the veto of Berlin"). */
function stoppingParty(doc: Doc, actors: Participant[], cues: PredicateCue[], recipient: string | null): string | null {
  for (const c of cues.filter((x) => x.entry.status === 'halted')) {
    const p = actors.find((a) => a.id !== recipient && ((a.adjective && a.end <= c.start && /^(?:[\s-]+\p{Ll}[\p{L}-]*)?[\s-]*$/u.test(doc.text.slice(a.end, c.start))) || (c.form.features.kind === 'noun' && a.start >= c.end && /^\s+(?:der|des|by|of)\s+(?:\p{L}+\s+)?$/u.test(doc.norm.slice(c.end, a.start)))));
    if (p) return p.id;
  }
  return null;
}

const withRole = (p: Participant, genitive: Participant['role'] | null, entry: PredicateEntry): Participant => (genitive ? { ...p, role: genitive, genitive: true } : { ...p, role: p.dative ? dativeRole(p, entry) : slotRole(p, entry) });

/** A name the article marks as dative fills the predicate's dative slot where one side alone has it: "Man schicke der Ukraine keine Waffen mehr". */
function dativeRole(p: Participant, entry: PredicateEntry): Participant['role'] {
  const [supplier, recipient] = (['supplier', 'recipient'] as const).map((r) => (entry.slots[r] ?? []).includes('dat'));
  return supplier && !recipient ? 'supplier' : recipient && !supplier ? 'recipient' : slotRole(p, entry);
}

/**
 * The German article before a bare name that shows a dative: "dem" always; "der" before a feminine name
 * ("der Ukraine", "der Türkei", "der Schweiz"; "der Iran" is a nominative); "den" before a plural one ("den USA", "den Niederlanden").
 */
const FEMININE_NAME = /^(?:\p{L}+(?:ei|e)|schweiz|eu|nato|uno|\p{L}*republik)$/u;
const PLURAL_NAME = /^(?:usa|vereinigten staaten|niederlanden|emiraten|vereinigten arabischen emiraten|philippinen|malediven|seychellen|komoren|bahamas)$/;
function isDative(doc: Doc, m: Range): boolean {
  if (doc.language !== 'de') return false;
  const article = /(?:^|[^\p{L}])(dem|der|den)\s+$/u.exec(doc.norm.slice(Math.max(0, m.start - 5), m.start))?.[1];
  const name = doc.norm.slice(m.start, m.end);
  return article === 'dem' || (article === 'der' && FEMININE_NAME.test(name)) || (article === 'den' && PLURAL_NAME.test(name));
}

/** "die Versorgung Russlands", "der Wunsch Kiews", "das Embargo der EU": a name in the genitive right after a German transfer noun takes the noun's genitive slot where only one side has it. */
function genitiveRole(doc: Doc, cue: Cue, p: Participant, entry: PredicateEntry): Participant['role'] | null {
  if (doc.language !== 'de' || cue.predicate?.form.features.kind !== 'noun' || p.role !== 'free' || p.adjective) return null;
  const between = doc.norm.slice(cue.end, p.start);
  if (!(/^\s+$/.test(between) && /s$/.test(doc.norm.slice(p.start, p.end))) && !/^\s+(?:des|der)\s+$/.test(between)) return null;
  const [supplier, recipient] = (['supplier', 'recipient'] as const).map((r) => (entry.slots[r] ?? []).includes('gen'));
  return supplier && !recipient ? 'supplier' : recipient && !supplier ? 'recipient' : null;
}

/** An auxiliary right after a verb-final participle: "das S-400 erhalten hat", "bestellt worden sind". */
const AUXILIARY_AFTER = /^\s+(?:hat|haben|hatte|hatten|habe|worden|wurde|wurden|ist|sind|war|waren)\b/;

/** A perfect auxiliary before the verb: "hat sich … beschafft" is a participle, not the present "beschafft". */
const PERFECT_BEFORE = /\b(?:hat|haben|hatte|hatten|habe|hatten|has|have|had)\b/;

/** An indicative finite verb; German "versorge", "liefere" in the third person is Konjunktiv I whatever the form table says (it is also the first person). */
const isIndicative = (doc: Doc, c: PredicateCue) => c.form.features.finite === true && c.form.features.mood === 'indicative' && !(doc.language === 'de' && c.form.features.tense === 'present' && /e$/.test(doc.norm.slice(c.start, c.end)));

/** "Libyen, das Estland M777 geliefert hat, …": the name after ", das" opens a relative clause on the name before it, not a list. */
function opensRelative(norm: string, prev: Range, cur: Range): boolean {
  if (!/^\s*,\s*(?:der|die|das|den|dem)\s+$/.test(norm.slice(prev.end, cur.start))) return false;
  const rest = /^[^,;:.]{0,80}?[,;.]/.exec(norm.slice(cur.end, cur.end + 100))?.[0] ?? '';
  return !/\b(?:und|oder|sowie)\b/.test(rest) && /\s(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|\p{L}+te|\p{L}+ten)\s*[,;.]$/u.test(rest);
}

/** The subject's own forces, or a reflexive ("sich" in the Mittelfeld, "itself" right after the verb), as the object of a verb of equipping (whose goods come "mit"/"with"). */
const OWN_FORCES = /(?:\bsich|^\s*(?:itself|themselves)|\b(?:seine|seinen|ihre|ihren|its|their)\s+(?:eigene\w*\s+|own\s+)?(?:streitkrafte\w*|armee|truppen|luftwaffe|marine|flotte|militar|forces|armed forces|army|air force|navy|military|fleet|troops))\b/;
function equipsOwn(entry: PredicateEntry, object: string): boolean {
  return (entry.slots.item ?? []).some((slot) => slot === 'prep:mit' || slot === 'prep:with') && OWN_FORCES.test(object);
}

/** A deal noun whose other party either side can be ("agreement with", "Vereinbarung mit"). */
const isMutual = (entry: PredicateEntry) => ['supplier', 'recipient'].every((r) => (entry.slots[r as 'supplier'] ?? []).some((slot) => slot === 'prep:with' || slot === 'prep:mit'));

/** A preposition fused with its article is the preposition of the slot: "beim" is "bei dem". */
const CONTRACTIONS: Record<string, string> = { beim: 'bei', vom: 'von', zum: 'zu', zur: 'zu', im: 'in', ins: 'in', am: 'an', ans: 'an' };

/** "beim US-Konzern Boeing": a company and its home state named in one phrase both supply. */
function withMaker(actors: Participant[], suppliers: string[]): string[] {
  const lex = lexicon();
  const out = [...suppliers];
  for (const p of actors) {
    if (out.includes(p.id) || p.role !== 'supplier') continue;
    const joined = suppliers.some((id) => lex.actors.get(id)?.origin === p.id || lex.actors.get(p.id)?.origin === id);
    if (joined) out.push(p.id);
  }
  return out;
}

/**
 * A preposition names the side the predicate's slots give it, where they give it one side only:
 * "bittet bei Deutschland um", "a request to the US for", "bought from", "bestellt bei".
 */
function slotRole(p: Participant, entry: PredicateEntry): Participant['role'] {
  if (p.role === 'free' || p.role === 'between') return p.role;
  const prep = CONTRACTIONS[p.prep] ?? p.prep;
  const holds = (role: 'supplier' | 'recipient') => (entry.slots[role] ?? []).some((slot) => slot.startsWith('prep:') && fold(slot.slice(5)) === prep);
  const [supplier, recipient] = [holds('supplier'), holds('recipient')];
  // an actor set aside as the source of a claim ("Vorwürfe aus Kiew") stays aside; "bei X", "in den USA" with a purchase name the seller
  if (supplier && !recipient) return p.role !== 'other' || OTHER_PREPS.has(prep) ? 'supplier' : p.role;
  // a place ("Ankunft in Südkorea", "Krieg gegen die Ukraine") is taken as the receiving side only where the preposition already marks one
  return recipient && !supplier && p.role !== 'other' ? 'recipient' : p.role;
}

/** Verbs of beginning and continuing, and being the first to do it: an infinitive under them is under way or done ("begonnen habe, … zu transferieren", "started to deliver", "the first Western country to send"). */
const ASPECTUAL = /\b(?:first (?:\w+ ){0,3}to|begonnen|beginnt|begann\w*|beginne\w*|angefangen|fangt \S+ an|fing\w* \S+ an|fortgesetzt|setzt\w* \S+ fort|begun|began|begin\w*|start\w*|continu\w*|kept|keeps)\b/;

function isInfinitive(doc: Doc, cue: Cue): boolean {
  const kind = cue.predicate?.form.features.kind;
  const infinitive = kind === 'zu-infinitive' || (kind === 'infinitive' && /\bto\s+$/.test(doc.norm.slice(Math.max(0, cue.start - 4), cue.start)));
  const sentence = doc.sentences.find((x) => x.end > cue.start);
  return infinitive && !ASPECTUAL.test(doc.norm.slice(sentence?.start ?? 0, cue.start));
}

/** A stop that the transfer breaks or goes around halts nothing: "violates a UN embargo", "despite the ban", "trotz des Embargos", "unter Umgehung der Sanktionen". */
const DEFIED = /\b(?:violat\w*|breach\w*|defy\w*|defie[sd]|defiance of|despite|in spite of|circumvent\w*|evad\w*|trotz|unter (?:bruch|umgehung|missachtung)|versto(?:ß|ss)\w*|brach\w*|brechen|bricht|gebrochen|umgeh\w*|umgang\w*)\b(?:\s+[\p{L}\p{N}-]+){0,3}\s+$/u;

/** Of the statuses the predicates of a clause imply, the one that says most: a denial, a stop, talks, then a promise. */
const IMPLIED_ORDER: Status[] = ['denied', 'halted', 'negotiating', 'expected'];
function strongest(statuses: Array<Status | null>): Status | null {
  return IMPLIED_ORDER.find((st) => statuses.includes(st)) ?? null;
}

/**
 * Where a noun cue's clause ends: a comma, "und/and" opening a clause with its own auxiliary ("erhalten und werde sie einsetzen", "and will use them"),
 * or an English relative clause, which tells of the noun, not of its transfer ("part of a package that Biden approved in March").
 */
const NEXT_CLAUSE = /[,;]|\s(?:that|which|who|whom|whose)\s|\s(?:und|and|but|aber)\s+(?:\S+\s+)?(?:werde|werden|wird|will|would|soll|sollen|konnte|could|may|might|hat|haben|habe|has|have|had|ist|sind|is|are|was|were)\b/;

/** A clause coordinated after another cue, with its own auxiliary or as "with ... to follow": "has sent A and will send B", "hat A geliefert und will B liefern". */
const OWN_CLAUSE = /\s(?:und|and|but|aber)\s+(?:\S+\s+)?(?:werde|werden|wird|will|would|soll|sollen|konnte|could|may|might|hat|haben|habe|has|have|had|plans?|plant|intends?|wants?|expects?|hopes?|is set|are set|beabsichtigt|mochte|erwartet)\b|,\s*(?:with|while|wahrend|wobei)\s/g;

/** Where the status of a transfer is read from: after the last coordinated clause that follows another cue, else the sentence start. */
function ownClauseStart(doc: Doc, from: number, anchor: number): number {
  const head = doc.norm.slice(from, anchor);
  let start = from;
  OWN_CLAUSE.lastIndex = 0;
  for (let m = OWN_CLAUSE.exec(head); m; m = OWN_CLAUSE.exec(head)) if (cuesIn(doc, head.slice(0, m.index), from).length) start = from + m.index;
  return start;
}

/** German puts auxiliaries after the participle ("geliefert habe", "liefern werde"): two words more belong to the clause, up to a conjunction. */
function tailLength(norm: string, from: number, to: number): number {
  const m = /^(?:\s+(?!(?:und|and|oder|or|aber|but)\b)[\p{L}]+){0,2}/u.exec(norm.slice(from, to));
  return m ? m[0].length : 0;
}

/** An indirect question opens the clause that states the transfer: "ob", "whether". */
const INDIRECT_QUESTION = /(?:^|[,:]\s*|\b(?:unclear|unklar|offen|fraglich|not known|unknown)\s+)(?:ob|whether|if)\b/;

/** Troops and workers with no transfer verb: "10.000 Nordkoreaner", "der Einsatz nordkoreanischer Soldaten". */
const DEPLOYMENT = /\b(?:einsatz|eingesetzt|kampf\w*|stationiert\w*|darunter|deploy\w*|fight\w*|stationed|including|among them)\b/;

function personnelFrames(doc: Doc, lower: string, s: Sentence, items: ItemRef[], participants: Participant[]): Frame[] {
  const norm = doc.norm;
  const frames: Frame[] = [];
  const counted = (m: Range) => /\d\s*$|\b(?:tausende|hunderte|thousands|hundreds|dutzende|dozens)\s*$/.test(norm.slice(m.start - 12, m.start));
  const people = items.filter((i) => i.category === 'personnel');
  const demonyms = doc.bySentence[s.index].filter((m) => m.type === 'actor' && m.form === 'demonym' && counted(m));
  for (const d of demonyms) people.push({ mention: d, category: 'personnel' });
  const clause = lower.slice(s.start, s.end);
  if (isHypothetical(clause)) return frames;
  for (const p of people) {
    const m = p.mention;
    const denial = isNegated(clause) && negatedStatus(doc, lower, s) === 'denied';
    if (m.type !== 'actor' && !counted(m) && !denial && !DEPLOYMENT.test(norm.slice(s.start, s.end))) continue;
    let source: string | null = m.type === 'actor' ? m.id : null;
    source ??= participants.find((a) => a.origin && a.end <= m.start && m.start - a.end <= 25)?.id ?? null;
    const from = /^\s*(?:aus|from)\s+(?:der |dem |the )?/.exec(norm.slice(m.end, m.end + 12));
    if (!source && from) source = participants.find((a) => a.start === m.end + from[0].length)?.id ?? null;
    if (!source) continue;
    let status = cueStatus(clause);
    if (isNegated(clause)) {
      const instead = negatedStatus(doc, lower, s);
      if (!instead) continue;
      status = instead;
    } else if (status === 'expected' && !/\b(?:will|wird|werden|soll|sollen|plan\w*|expect\w*)\b/.test(clause)) status = 'delivered';
    // Troops fight alongside someone: only an explicit "an/nach/to" names the recipient; else the article's main pair does.
    const recipient = participants.find((a) => a.role === 'recipient' && a.id !== source)?.id ?? null;
    const fallbackRecipient = participants.find((a) => a.role === 'free' && a.id !== source && !a.origin)?.id ?? null;
    frames.push({ sentence: s.index, supplier: source, recipient, fallbackRecipient, undirected: false, items: [p], status, evidenceEnd: s.end, basis: 'personnel', by: { supplier: 'origin', recipient: recipient ? 'marked' : 'none' }, filled: 0, redirected: false });
  }
  return frames;
}

/** Which of two actors makes the named systems moved (lexicon origin), when the systems point to one of them only. */
/** The one state that makes every named system among `items`, if there is one. */
/** The named system a mention stands for: itself, or the one a class noun refers back to ("die Jets" after "Rafale"). */
const systemOf = (m: Mention): string | null => (m.type === 'weapon' ? m.id : m.weaponId ?? null);

function originOf(items: ItemRef[]): string | null {
  const lex = lexicon();
  const systems = items.map((i) => systemOf(i.mention)).filter((id) => id !== null);
  const origins = new Set(systems.map((id) => lex.weapons.get(id)?.origin ?? null));
  return systems.length && origins.size === 1 ? [...origins][0] : null;
}

function makerOf(items: ItemRef[], a: string, b: string): string | null {
  const lex = lexicon();
  const origins = new Set(items.map((i) => lex.weapons.get(systemOf(i.mention) ?? '')?.origin).filter((o) => o === a || o === b));
  return origins.size === 1 ? [...origins][0]! : null;
}

/** How much a frame says about the article's main pair: what it moves; a purchase is the buyer's own business and counts little. */
const weight = (f: Frame) => (f.bought ? 0.5 : f.items.length);

/**
 * Article-level pass: the main supplier→recipient pair fills the open side of a frame that
 * names one of them; "between A and B" takes the direction the article gives the pair elsewhere.
 */
function completeFrames(frames: Frame[]): Frame[] {
  const counts = new Map<string, number>();
  for (const f of frames) if (f.supplier && f.recipient && !f.undirected && !f.guessed) counts.set(`${f.supplier}>${f.recipient}`, (counts.get(`${f.supplier}>${f.recipient}`) ?? 0) + weight(f));
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0].split('>') ?? null;
  const out: Frame[] = [];
  // A sentence that names neither side continues the pair of a transfer just stated ("The package includes ..."), else the article's main pair.
  let recent: Frame | null = null;
  for (const f of frames) {
    if (f.supplier && f.recipient && !f.undirected) recent = f;
    const maker = f.supplier && f.recipient && (f.undirected || f.guessed) ? makerOf(f.items, f.supplier, f.recipient) : null;
    if (maker) {
      // "Minsk is in talks with Moscow about Yak-130s": the side that makes the system supplies it.
      out.push({ ...f, supplier: maker, recipient: maker === f.supplier ? f.recipient : f.supplier, undirected: false, redirected: true });
      continue;
    }
    if (f.undirected) {
      const a = f.supplier!;
      const b = f.recipient!;
      if (counts.has(`${a}>${b}`)) out.push({ ...f, undirected: false, redirected: true });
      else if (counts.has(`${b}>${a}`)) out.push({ ...f, supplier: b, recipient: a, undirected: false, redirected: true });
      continue;
    }
    // "Ankara erhält 40 fabrikneue F-16": a recipient with no supplier named gets the state that makes what it receives,
    // unless it is the article's recipient, whose supplier the article names ("Ukraine has received its first F-16s" from Denmark).
    const madeBy = !f.supplier && f.recipient && (f.recipient !== main?.[1] || f.bought) ? originOf(f.items) : null;
    if (f.supplier && f.recipient && f.guessed && counts.has(`${f.recipient}>${f.supplier}`) && !counts.has(`${f.supplier}>${f.recipient}`)) out.push({ ...f, supplier: f.recipient, recipient: f.supplier, redirected: true });
    // "China habe dem Land sechs Y-12 verkauft": a description the main supplier gives to names the main recipient, not the last state named
    else if (f.supplier && f.recipient && f.describedRecipient && main && f.supplier === main[0] && f.recipient !== main[1]) out.push({ ...f, recipient: main[1], redirected: true });
    else if (f.supplier && f.recipient && f.describedSupplier && main && f.recipient === main[1] && f.supplier !== main[0]) out.push({ ...f, supplier: main[0], redirected: true });
    else if (f.supplier && f.recipient) out.push(f);
    else if (madeBy && madeBy !== f.recipient) out.push({ ...f, supplier: madeBy, filled: 1 });
    else if (f.mutual && (recent || main)) {
      const near = recent && f.sentence - recent.sentence <= 3 ? recent : null;
      out.push({ ...f, supplier: near?.supplier ?? main![0], recipient: near?.recipient ?? main![1], filled: 2 });
    } else if (!main || f.bought) continue;
    else if (!f.supplier && !f.recipient) {
      // "Any weapons aid would signal …": arms in general, with no party named, say nothing about the article's pair.
      if (f.items.every((i) => i.category === 'equipment')) continue;
      const near = recent && f.sentence - recent.sentence <= 2 ? recent : null;
      out.push({ ...f, supplier: near?.supplier ?? main[0], recipient: near?.recipient ?? main[1], filled: 2 });
    }
    else if (f.supplier) {
      // "France announced it would send SCALP": to the article's recipient. The article's recipient as a supplier gives no
      // pair: what it sends is not the main pair turned round ("Any weapons aid would signal …", "Russian reporters had seen").
      if (f.supplier === main[1] || f.anyRecipient) continue;
      // a supplier the article has just paired keeps that recipient ("Kenia erhielt aus China Drohnen. Peking liefert zudem Munition.")
      const paired = lastPaired(out, f, 'supplier');
      if (paired && paired.recipient !== main[1]) {
        out.push({ ...f, recipient: paired.recipient, filled: 1 });
        continue;
      }
      // "Belgrad werde weiter Rüstungsgüter ausführen": another party's arms in general, sent to no one named, is a policy, not a supply to the article's recipient
      if (f.supplier !== main[0] && f.items.every((i) => i.category === 'equipment')) continue;
      const recipient = f.supplier === main[0] ? main[1] : f.fallbackRecipient ?? main[1];
      out.push({ ...f, recipient, filled: 1 });
    } else if (f.recipient === main[1] || f.recipient === main[0]) out.push({ ...f, supplier: f.recipient === main[1] ? main[0] : main[1], filled: 1 });
  }
  return out;
}

/** The latest frame before `f`, within a few sentences, that pairs the supplier `f` names with a recipient. */
function lastPaired(done: Frame[], f: Frame, side: 'supplier'): Frame | null {
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k];
    if (f.sentence - d.sentence > PAIR_REACH) break;
    if (d.sentence < f.sentence && d.supplier && d.recipient && !d.undirected && d[side] === f[side]) return d;
  }
  return null;
}
/** How many sentences back an established pair still holds for a side left open. */
const PAIR_REACH = 3;
