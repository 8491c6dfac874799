/**
 * Entities stage: mentions of actors, people, places, weapon systems and item classes.
 * Lexicon aliases are matched in one pass over the folded text; then calibre classes
 * ("240-mm-Mehrfachraketenwerfer"), people outside the lexicon ("Given Surname" with a
 * known given name), later surname-only mentions, and people's roles and affiliations.
 */
import { lexicon, slug, type AliasTarget, type Lexicon, type Match } from '../lexicon';
import { fold, isWordCode } from '../lexicon/fold';
import { describedActors, pronounActors } from './descriptions';
import { resolveItemReferences } from './item-references';
import type { CleanDoc, Doc, Mention, MentionType, Range, Sentence } from './types';

const TYPE_ORDER: MentionType[] = ['weapon', 'person', 'actor', 'place', 'item'];
const DETERMINERS = new Set('der die das den dem des ein eine einen einem einer eines the a an its their seine seinen seinem seiner ihre ihren ihrem ihrer'.split(' '));
/** Before a capital, these make it a place: "Angriff auf Kiew", "in Moskau". "an Moskau" stays the government. */
const LOCATIVES = new Set('in im nahe bei beim auf uber near at around outside inside over toward towards richtung'.split(' '));
const ROLES: Array<[RegExp, string]> = [
  [/\bkommunikationsdirektor\w*/, 'communications director'], [/\bsprecherin\b/, 'spokeswoman'], [/\bsprecher\w*/, 'spokesman'],
  [/\bspokes(?:man|woman|person)\b/, 'spokesperson'], [/\bnationale\w* sicherheitsberater\w*|national security advis[eo]r/, 'national security adviser'],
  [/\baußenminister\w*|foreign minister/, 'foreign minister'], [/\bverteidigungsminister\w*|defen[cs]e (?:minister|secretary)/, 'defence minister'],
  [/\bpremierminister\w*|ministerprasident\w*|prime minister/, 'prime minister'], [/\bbundeskanzler\w*|\bkanzler\w*|chancellor/, 'chancellor'],
  [/\bprasident\w*|president/, 'president'], [/\bmachthaber\w*|\bleader\b|starke\w* mann/, 'leader'], [/\bgeneralsekretar\w*|secretary[- ]general/, 'secretary general'],
  [/\bsenior fellow|\bfellow\b/, 'senior fellow'], [/\banalyst\w*/, 'analyst'], [/\bexpert\w*/, 'expert'], [/\bdirektor\w*|director/, 'director'],
  [/\bbotschafter\w*|ambassador/, 'ambassador'], [/\bkommandeur\w*|commander/, 'commander'], [/\bgeheimdienstchef\w*|intelligence chief/, 'intelligence chief'],
  [/\bminister\w*/, 'minister'], [/\bkorrespondent\w*|correspondent|reporter\w*|journalist\w*/, 'journalist'],
];

export function findMentions(doc: CleanDoc, sentences: Sentence[]): Pick<Doc, 'mentions' | 'bySentence' | 'personInfo'> {
  const lex = lexicon();
  const { text } = doc;
  const datelines = datelineNames(text);
  // The clean stage blanks date lines; their place name is matched all the same.
  let norm = doc.norm;
  for (const d of datelines) norm = norm.slice(0, d.start) + fold(text.slice(d.start, d.end)) + norm.slice(d.end);
  const mentions: Mention[] = [];
  let lastPlace = -1;
  let regionRun = false;
  const matches = lex.matcher.scan(text, norm);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    if (givenNameReading(lex, text, m, matches[k + 1])) continue;
    const isPlace = m.targets.some((x) => x.type === 'place');
    const key = norm.slice(m.start, m.end);
    // "the Kharkiv, Odesa and Poltava regions", "in den Gebieten Kiew und Sumy": each name in the list is a region.
    const inRun: boolean = (regionRun && listContinues(norm, lastPlace, m.start)) || PLURAL_REGION_BEFORE.test(norm.slice(Math.max(0, m.start - 20), m.start));
    const region = isPlace && (inRun || REGION_LIST.test(norm.slice(m.end, m.end + 80))) ? lex.regionOf.get(key) : undefined;
    const dateline = datelines.some((d) => d.start <= m.start && m.end <= d.end);
    const t: AliasTarget | null = region ? { type: 'place', id: region, form: 'name' } : chooseTarget(lex, m, text, norm, lastPlace, dateline);
    if (!t) continue;
    if (t.type === 'place') {
      regionRun = inRun || PLURAL_REGION.test(key);
      lastPlace = m.end;
    }
    mentions.push({ start: m.start, end: m.end, type: t.type, id: t.id, form: t.form, sentence: -1, category: categoryOf(lex, t) });
  }
  mentions.push(...calibreClasses(norm, mentions));
  mentions.push(...unlistedPeople(lex, text, norm, mentions));
  mentions.push(...surnameMentions(text, mentions));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  let s = 0;
  const placed: Mention[] = [];
  const outside: Mention[] = [];
  for (const m of mentions) {
    while (s < sentences.length && sentences[s].end <= m.start) s++;
    if (s < sentences.length && sentences[s].start <= m.start && m.end <= sentences[s].end) placed.push({ ...m, sentence: s });
    // A blanked date line is in no sentence: its place is an entity but no clause reads it.
    else if (m.type === 'place' && datelines.some((d) => d.start <= m.start && m.end <= d.end)) outside.push(m);
  }
  const found = inWeaponsContext(lex, text, norm, sentences, placed);
  const people = personInfo(lex, doc.norm, sentences, found);
  const described = [...found, ...describedActors(norm, sentences, found, people)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = resolveItemReferences(norm, sentences, [...described, ...pronounActors(norm, sentences, described)].sort((a, b) => a.start - b.start || b.end - a.end));
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of kept) bySentence[m.sentence].push(m);
  return { mentions: [...outside, ...kept], bySentence, personInfo: people };
}

/** Words that make a sentence one about weapons. */
const MILITARY = /\b(?:waffe\w*|\w*rustung\w*|militar\w*|armee\w*|bundeswehr|\w*streitkraft\w*|truppe\w*|\w*soldat\w*|\w*panzer\w*|kampf\w*|\w*flugabwehr\w*|\w*luftabwehr\w*|\w*verteidigung\w*|front\w*|marine\w*|luftwaffe\w*|heer\w*|weapon\w*|arms|armou?r\w*|military|arm(?:y|ies)|forces|troops|defen[cs]e\w*|combat|navy|naval|air force|battlefield|frontline|front line)\b/;
/** Verbs of supply: with a state named in the sentence, they make it one about weapons ("Deutschland liefert weitere Puma"). */
const SUPPLY = /\b(?:\w*liefer\w*|deliver\w*|suppl(?:y|ies|ied|ying)|\w*schick\w*|sen[dt]s?|sending|ubergeb\w*|ubergab\w*|handed|bestell\w*|ordered|beschaff\w*|procure\w*|purchas\w*|buy\w*|bought|\w*kauf\w*|erw[ai]rb\w*|erworben|acquir\w*)\b/;

/**
 * Weapon aliases that are ordinary words ("Puma", "Tiger", "Spike", "Heron": form 'context') name the system only when
 * written capitalised in a sentence about weapons: another weapon or item is named, a military word is used, or a
 * state supplies or buys. Elsewhere ("Puma-Chef", "a spike in prices") they are dropped.
 */
function inWeaponsContext(lex: Lexicon, text: string, norm: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.form === 'context')) return mentions;
  const context = new Map<number, boolean>();
  const about = (s: number) => {
    let yes = context.get(s);
    if (yes !== undefined) return yes;
    const here = mentions.filter((m) => m.sentence === s);
    const body = norm.slice(sentences[s].start, sentences[s].end);
    yes =
      here.some((m) => (m.type === 'weapon' && m.form !== 'context') || (m.type === 'item' && m.category !== 'other')) ||
      MILITARY.test(body) ||
      (SUPPLY.test(body) && here.some((m) => m.type === 'actor' && lex.actors.get(m.id)?.kind === 'state'));
    context.set(s, yes);
    return yes;
  };
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.form !== 'context') out.push(m);
    else if (text[m.start] !== text[m.start].toLowerCase() && about(m.sentence)) out.push({ ...m, form: 'name' });
  }
  return out;
}

function categoryOf(lex: Lexicon, t: AliasTarget) {
  if (t.type === 'weapon') return lex.weapons.get(t.id)?.category;
  if (t.type === 'item') return lex.items.get(t.id)?.category;
  return undefined;
}

/** Punctuation no preposition reaches across; a line break ends a heading or a list item. */
const PHRASE_END = ',;:.!?()\n';

/** The word before `at` in folded text, skipping determiners. */
export function previousWord(norm: string, at: number, skip: Set<string> = DETERMINERS): string {
  let end = at;
  const floor = Math.max(0, at - 60);
  while (end > floor) {
    while (end > floor && !isWordCode(norm.charCodeAt(end - 1))) {
      // a preposition governs within its phrase: "kündigte an, Deutschland …" gives Deutschland none
      if (PHRASE_END.includes(norm[end - 1])) return '';
      end--;
    }
    let start = end;
    while (start > floor && isWordCode(norm.charCodeAt(start - 1))) start--;
    if (start === end) return '';
    const word = norm.slice(start, end);
    if (!skip.has(word)) return word;
    end = start;
  }
  return '';
}

/** Words before a name that say it is a place: "in der Stadt Xiamen", "the city of Barysaw", "im Hafen Rajin", "die Hauptstadt Kiew". */
const PLACE_NOUN = /\b(?:(?:city|town|village|port|province) of|(?:the )?capital,?|stadt|hauptstadt|hafenstadt|hafen|dorf|ortschaft|ort|provinz)\s+$/;
/** A place list that ends in "regions": "Kharkiv, Odesa and Poltava regions", "die Gebiete ..." come first in German and are matched as forms. */
const REGION_LIST = /^(?:\s*(?:,|and|und)\s*[\p{L}-]+)*\s+(?:regions|oblasts|regionen|oblasten|provinces)\b/u;
/** A plural region noun opens a list of regions ("den Gebieten Kiew und Sumy", "the regions of Kursk and Belgorod"); "the region of Kharkiv" names one. */
const PLURAL_REGION = /^(?:gebiete|gebieten|regionen|oblasten)\s/;
const PLURAL_REGION_BEFORE = /\b(?:gebiete|gebieten|regionen|oblasten|regions? of|oblasts? of)\s+$/;
/**
 * An agency dateline names where the report was filed: "SEOUL, Nov. 8, 2024 –", "KIEW, 3. März 2024".
 * Only the capitalised wire form: a plain "Berlin, 3. März 2024" or "Washington/Berlin, …" line is
 * page metadata naming where the desk sits, not a place of the story.
 */
const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}'.-]*(?:[ -]\p{Lu}[\p{Lu}'.-]*){0,2}),[ \t]+(?:\d{1,2}\.?[ \t]*\p{L}{3,}\.?|\p{L}{3,}\.?[ \t]+\d{1,2},?)[ \t]+\d{4}/gmu;

function datelineNames(text: string): Range[] {
  const head = text.slice(0, 800);
  const out: Range[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(head); m; m = DATELINE.exec(head)) {
    const start = m.index + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/** A name right after another place, joined only by a comma or "and": "Kharkiv, Odesa und Poltawa". */
const listContinues = (norm: string, lastPlace: number, start: number) =>
  lastPlace >= 0 && start - lastPlace < 8 && /^\s*(?:,|und|and|oder|or)\s*$/.test(norm.slice(lastPlace, start));

/** A place name that modifies what follows names no place: "a London-based group", "the Black Sea Fleet", "Moskau-treue". */
const MODIFIER_AFTER = /^(?:-based|-basiert|-treu|\s+fleet\b|-?flotte\b)/;
/** A state named in a currency names no party: "7,4 Milliarden US-Dollar", "Hong Kong dollars", "Taiwan-Dollar". */
const CURRENCY_AFTER = /^(?:-|\s+)(?:dollar|dollars|dollarn|yuan|rubel|rubeln|rubles?|roubles?|rupien?|rupees?|lira|dinar|dinars|dirham|dirhams|rial|riyals?)\b/;
/** "the ministry in Berlin", "die Regierung in Minsk", "officials in Copenhagen": the capital stands for the government. */
const GOVERNMENT_IN = /(?:regierung|ministerium|ministry|government|officials|beamte|behorde|fuhrung|leadership|embassy|botschaft)\w*\s+(?:in|im)\s+$/;
/** Attacks are aimed at places: "launched drones against Kyiv", "the advance on Kyiv"; a "war" or "sanctions against Minsk" aim at the government. */
const ATTACK_BEFORE = /\b(?:launch\w*|strikes?|struck|attack\w*|advance[ds]?|offensive|fired|shelled|bombard\w*|angriff|angriffe\w*|vorstoss|abgefeuert|beschoss\w*)\b[^.;!?]{0,60}$/;

/**
 * Gazetteer names are common enough to be words or surnames ("Essen", "Mark", "Lage"): they are
 * places only when written capitalised and after a locative ("in Potsdam", "near Robotyne", "toward
 * Chasiv Yar") without an article between ("in der Lage" is an idiom: towns take no article), after
 * a place noun, or in a list right after another place.
 */
function usedAsPlace(text: string, norm: string, start: number, lastPlace: number): boolean {
  const c = text.charCodeAt(start);
  if (c === text.toLowerCase().charCodeAt(start)) return false;
  if (PLACE_NOUN.test(norm.slice(Math.max(0, start - 20), start))) return true;
  if (LOCATIVES.has(previousWord(norm, start)) && !GERMAN_ARTICLES.has(previousWord(norm, start, NO_SKIP))) return true;
  return listContinues(norm, lastPlace, start);
}
const NO_SKIP = new Set<string>();
const GERMAN_ARTICLES = new Set('der die das den dem des'.split(' '));

/** State and company names that are also given names: "Jordan Peterson", "Chad Smith", "Rafael Grossi", "Michael Jordan" name people. */
const GIVEN_NAME_ACTORS = new Set(['Jordan', 'Chad', 'Georgia', 'Rafael', 'Leonardo']);
/** Capitalised words after such a name that keep it the state or company: "Jordan King Abdullah", "Chad Foreign Minister". */
const NO_SURNAME = /^(?:King|Queen|Crown|Prince|Princess|President|Prime|Foreign|Defen[cs]e|Interior|Army|Armed|Air|Navy|Naval|Government|Ministry|Minister|Parliament|Officials?|Forces?|Military|Border|National|Security|State|Embassy|Ambassador|The|And|Or|But|In|On|At|To|For|With|From|By|Is|Was|Has|Had|Will|Says|Said)$/;

/** Whether an actor match is the given name of a person: followed by a surname the lexicon does not know, or preceded by a known given name. */
function givenNameReading(lex: Lexicon, text: string, m: Match, next: Match | undefined): boolean {
  if (!GIVEN_NAME_ACTORS.has(text.slice(m.start, m.end)) || !m.targets.some((t) => t.type === 'actor')) return false;
  const after = /^[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 40));
  if (after && !NO_SURNAME.test(after[1]) && !(next && next.start === m.end + after[0].length - after[1].length)) return true;
  const before = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
  return before !== null && lex.firstNames.has(before[1]);
}

function chooseTarget(lex: Lexicon, match: Match, text: string, norm: string, lastPlace: number, dateline: boolean): AliasTarget | null {
  let place = match.targets.find((t) => t.type === 'place');
  if (place && dateline) return place;
  if (CURRENCY_AFTER.test(norm.slice(match.end, match.end + 12))) return null;
  const modifier = MODIFIER_AFTER.test(norm.slice(match.end, match.end + 12));
  if (place && modifier) place = undefined;
  const standin = match.targets.find((t) => t.type === 'actor' && t.form === 'standin');
  if (standin && modifier) return null;
  if (place && standin) {
    const before = norm.slice(Math.max(0, match.start - 80), match.start);
    const word = previousWord(norm, match.start);
    if (LOCATIVES.has(word)) return GOVERNMENT_IN.test(before) ? standin : place;
    if (PLACE_NOUN.test(before.slice(-20))) return place;
    return /^(?:against|on|gegen)$/.test(word) && ATTACK_BEFORE.test(before) ? place : standin;
  }
  const targets = match.targets.filter((t) => t.type !== 'place' || (t === place && !lex.places.get(t.id)?.gazetteer));
  if (!targets.length) return place && usedAsPlace(text, norm, match.start, lastPlace) ? place : null;
  for (const type of TYPE_ORDER) {
    const t = targets.find((x) => x.type === type);
    if (t) return t;
  }
  return targets[0];
}

/** "240-mm-Mehrfachraketenwerfersystemen", "155mm shells": a calibre before an artillery or ammunition class names a weapon class. */
function calibreClasses(norm: string, mentions: Mention[]): Mention[] {
  const lex = lexicon();
  const out: Mention[] = [];
  const calibre = /(\d{2,3})\s?-?\s?(?:mm|millimeter|millimetre)\s?-?\s?$/;
  for (const m of mentions) {
    if (m.type !== 'item' || (m.category !== 'artillery' && m.category !== 'ammunition')) continue;
    const c = calibre.exec(norm.slice(Math.max(0, m.start - 16), m.start));
    if (!c) continue;
    const name = `${c[1]} mm ${lex.items.get(m.id)!.name}`;
    const id = slug(name);
    m.weaponId = id;
    out.push({ start: m.start - c[0].length, end: m.end, type: 'weapon', id, name, form: 'name', sentence: -1, category: m.category });
  }
  return out;
}

/**
 * Whether a span overlaps any span of `list`. Built once per list: spans sorted by start with the
 * running maximum end, so a query is a binary search rather than a pass over every mention.
 */
function overlapTest(list: Range[]): (a: Range) => boolean {
  const sorted = list.map((m) => [m.start, m.end]).sort((x, y) => x[0] - y[0]);
  const starts = sorted.map((m) => m[0]);
  const maxEnd: number[] = [];
  for (const [, end] of sorted) maxEnd.push(Math.max(end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity));
  return (a) => {
    // k = how many spans start before a.end; of those, one overlaps iff the furthest end is past a.start.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < a.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > a.start;
  };
}

/** A name: capitalised words, with particles ("Pieter de Vries") and hyphenated parts ("Park Ji-hoon"). */
const NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)((?:[ \u00a0]+(?:de|van|von|der|den|da|al|bin))*(?:[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?){1,2})(?![\p{L}\p{N}])/gu;
/** Any role word, as one pattern. */
const ANY_ROLE = () => ROLES.map(([re]) => re.source).join('|');
/** Role words may end a compound title: "Regierungssprecher", "Außenamtssprecherin". */
const COMPOUND_ROLE = () => ROLES.map(([re]) => re.source.replace(/^\\b/, '')).join('|');
/** A role as title right before the name: "Defence Minister Ruben Brekelmans", "Sprecher Guo Jiakun". */
const TITLE = new RegExp(`(?:${COMPOUND_ROLE()})\\s+$`);
/** A role in apposition right after the name: ", a senior analyst at", ", die Sprecherin des". */
const APPOSITION = new RegExp(`^,\\s*(?:(?:a|an|the|der|die|das|ein|eine|einer|its|his|her)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ANY_ROLE()})`, 'u');
/** A role word as a whole name part: "Sprecher Guo" is no given name. */
const ROLE_WORDS = ROLES.map(([re]) => new RegExp(`^(?:${re.source})$`));
/** Who is quoted is a person: "said Lena Hoffmann", "sagt Park Ji-hoon". */
const QUOTED_BY = /\b(?:said|says|told|added|wrote|sagte|sagt|sagten|erklarte|erklart|betonte|schrieb|fugte)\s+$/;
/** Date phrases look like names: "Anfang September", "Mitte März". */
const TIME_WORD = /^(?:anfang|ende|mitte|beginning|early|late|januar|january|februar|february|marz|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|dezember|december)$/;

function hasRole(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 40), start);
  return TITLE.test(before) || QUOTED_BY.test(before) || APPOSITION.test(norm.slice(end, end + 60));
}

/** People the lexicon does not know: a known given name and a surname, or any name with a role as title or apposition. */
function unlistedPeople(lex: Lexicon, text: string, norm: string, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  const overlapsKnown = overlapTest(known);
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const first = norm.slice(span.start, span.start + m[1].length);
    const ok = !TIME_WORD.test(first) && !ROLE_WORDS.some((re) => re.test(first)) && (lex.firstNames.has(m[1]) || hasRole(norm, span.start, span.end));
    if (!ok || overlapsKnown(span)) {
      NAME.lastIndex = m.index + m[1].length;
      continue;
    }
    const name = m[0].replace(/\s+/g, ' ');
    out.push({ ...span, type: 'person', id: slug(name), name, form: 'name', sentence: -1 });
  }
  return out;
}

/** After a full mention, the surname alone (and its genitive) names the same person: "Kirby", "Kirbys", "Kim". */
function surnameMentions(text: string, mentions: Mention[]): Mention[] {
  const lex = lexicon();
  const byShort = new Map<string, { id: string; from: number }>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'name') continue;
    const name = lex.people.get(m.id)?.name ?? text.slice(m.start, m.end);
    const parts = name.split(/\s+/);
    if (parts.length < 2) continue;
    // Korean and Chinese names put the family name first.
    const family = /^(Kim|Choe|Yoon|Shin|Xi|Lee|Park|Moon|Li|Wang)$/.test(parts[0]) ? parts[0] : parts[parts.length - 1];
    if (!byShort.has(family)) byShort.set(family, { id: m.id, from: m.start });
  }
  const out: Mention[] = [];
  if (!byShort.size) return out;
  const overlapsMention = overlapTest(mentions);
  // one pass for all surnames: the longest first, so "Kimura" is not read as "Kim"
  const names = [...byShort.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})s?(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const { id, from } = byShort.get(m[1])!;
    const span = { start: m.index, end: m.index + m[0].length };
    if (m.index >= from && !overlapsMention(span)) out.push({ ...span, type: 'person', id, form: 'short', sentence: -1 });
  }
  return out;
}

/** The role patterns with the 'g' flag, for finding every title in a stretch of text. */
const ROLES_GLOBAL = ROLES.map(([re, name]) => [new RegExp(re.source, 'g'), name] as const);

/** Role and affiliation from an apposition ("John Kirby, Sprecher des Weißen Hauses") or a preceding title ("Der Sprecher ..., John Kirby"). */
function personInfo(lex: Lexicon, norm: string, sentences: Sentence[], mentions: Mention[]): Doc['personInfo'] {
  const info: Doc['personInfo'] = new Map();
  for (const p of mentions) {
    if (p.type !== 'person' || info.has(p.id)) continue;
    const sentence = sentences[p.sentence];
    const known = lex.people.get(p.id);
    const after = /^,?\s*[^,;:.!?"]{0,90}/.exec(norm.slice(p.end, sentence.end))![0];
    const beforeStart = Math.max(sentence.start, p.start - 90);
    const before = norm.slice(beforeStart, p.start);
    let role: string | null = null;
    let window: Range = { start: p.end, end: p.end + after.length };
    const apposition = ROLES.find(([re]) => re.test(after));
    if (apposition && after.startsWith(',')) role = apposition[1];
    else {
      // The title nearest before the name: "Nordkoreas Machthaber Kim Jong Un".
      let at = -1;
      for (const [g, name] of ROLES_GLOBAL) {
        g.lastIndex = 0;
        for (let b = g.exec(before); b; b = g.exec(before)) {
          if (b.index > at && !/[.;]/.test(before.slice(b.index))) [at, role] = [b.index, name];
        }
      }
      if (role) window = { start: beforeStart + at, end: p.start };
    }
    // "Brasiliens Präsident Lula", "Hungarian Prime Minister Orbán": the state right before the title is the affiliation
    const near = mentions.filter((m) => m.type === 'actor' && ((m.start >= window.start && m.end <= window.end) || (role !== null && m.end <= window.start && window.start - m.end <= 20 && /^[\p{L}\s-]*$/u.test(norm.slice(m.end, window.start)))));
    const org = near.find((m) => lex.actors.get(m.id)?.kind !== 'state');
    // "Ankit Panda von der US-Stiftung Carnegie Endowment": an institution named right after the person.
    const institution = !role && /^\s*(?:von|vom|bei|of|from|at)\b/.test(after) ? org : undefined;
    const affiliation = role ? (org ?? near[0])?.id : institution?.id;
    info.set(p.id, { role: role ?? known?.role ?? null, affiliation: affiliation ?? known?.affiliation ?? null });
  }
  return info;
}
