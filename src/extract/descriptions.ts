/**
 * Descriptions stage: "das Land", "the kingdom", "das Emirat", "der Norden" refer back to a
 * state the article has named. Each resolves to the latest compatible state named in an
 * earlier sentence — not one named before it in its own sentence, which is another party
 * ("Moskau hat Soldaten in das Land geschickt"). The forms live in
 * `src/lexicon/data/descriptions.json`, each entry with examples the tests run.
 */
import { lexicon } from '../lexicon';
import data from '../lexicon/data/descriptions.json';
import type { Doc, Mention, Sentence } from './types';

export interface Description {
  meaning: string;
  forms: string[];
  /** 'any' state, 'speaker' (the state of who speaks: "sein Land", "our country"), or the states it can mean. */
  refersTo: 'any' | 'speaker' | string[];
  examples: Array<{ text: string; resolves: string }>;
}

export const descriptions = data.descriptions as Description[];

/** Words a form may start with that are not part of the mention: the role reads the preposition before the noun. */
const LEADING = /^(?:(?:das|des|dem|den|der|die|the|ins|im)\s+)+/;
/** "der Norden des Landes", "the north of Ukraine": a direction or part, not a state. */
const PART_OF = /^\s*(?:of|des|der|von)\b/;

let compiled: { re: RegExp; entries: Map<string, Description> } | null = null;
function matcher() {
  if (compiled) return compiled;
  const entries = new Map<string, Description>();
  for (const d of descriptions) for (const f of d.forms) entries.set(f, d);
  const alternatives = [...entries.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // "the country's own fleet": a possessive describes, it is no party
  compiled = { re: new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d]|'s\\b)`, 'gu'), entries };
  return compiled;
}

/** A subject pronoun that opens a clause: "…, sie habe Russland … versorgt", "dass er …", "it supplies …". */
const SUBJECT_PRONOUN = /(?:^|[,;:]\s*|\b(?:dass|ob|weil|da|wie|wonach|und|aber|sagt|sagte|erklart|erklarte|betonte|that|whether|because|and|but|says|said|say|claims|claimed|insists|insisted|stated)\s+)(sie|er|es|they|he|she|it)\s+(?=\p{Ll})/gu;
/** "they believe", "sie glauben": the pronoun is who thinks or speaks, not a party to what follows. */
const SPEAKS = /^\s*(?:believe\w*|think\w*|say|says|said|claim\w*|fear\w*|suspect\w*|warn\w*|glaub\w*|meint\w*|sagt\w*|furcht\w*|befurcht\w*|vermut\w*|warnt\w*)\b/;
/** "it is", "es gibt", "es soll …": "it" and "es" as a placeholder subject. */
const PLACEHOLDER = /^\s*(?:is|was|were|are|seems|appears|remains|would be|will be|has been|had been|gibt|gab|gebe|ist|sei|war|ware|wird|wurde|werde|geht|ging|gehe|handelt|heisst|hiess|bleibt|blieb|kommt|kam|scheint|gilt|galt|fehlt|fehlte|dauert|dauerte|lohnt|soll|sollen|solle|sollte|konnte|durfte|muss|musse)\b/;
/** "it is sending", "it has been supplying", "it is to receive": "it" does something, so it is a party, not a placeholder. */
const DOING = /^\s*(?:is|was|are|were|has been|had been)\s+(?:(?!being\b)\p{L}+ing|to\s+(?!be\b)\p{L}+)\b/u;

/**
 * A subject pronoun stands for the last party named before it in its sentence, else the first
 * one named in the sentence before ("Die iranische Führung weist … zurück, sie habe Russland …
 * versorgt"; "Pyongyang says it never sold arms"). A leader stands for the state.
 */
export function pronounActors(norm: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const lex = lexicon();
  const party = (m: Mention): string | null => {
    if (m.type === 'actor' && m.form !== 'demonym') return m.id;
    if (m.type === 'person') return lex.people.get(m.id)?.leader ? lex.people.get(m.id)!.affiliation : null;
    return null;
  };
  const out: Mention[] = [];
  // the parties of each sentence, once, not per pronoun
  const parties: Mention[][] = sentences.map(() => []);
  for (const m of mentions) if (m.sentence >= 0 && party(m)) parties[m.sentence].push(m);
  for (const s of sentences) {
    const text = norm.slice(s.start, s.end);
    SUBJECT_PRONOUN.lastIndex = 0;
    for (let m = SUBJECT_PRONOUN.exec(text); m; m = SUBJECT_PRONOUN.exec(text)) {
      const start = s.start + m.index + m[0].length - m[1].length - 1;
      const at = s.start + m.index + m[0].length;
      const after = norm.slice(at - 1, at + 30);
      if (((m[1] === 'it' || m[1] === 'es') && PLACEHOLDER.test(after) && !DOING.test(after)) || SPEAKS.test(after)) continue;
      // "sie schützen", "sie seien": plural "sie" are the things just named, not a party
      if (m[1] === 'sie' && /^\p{L}*(?:en|ern|eln|nd)\b/u.test(norm.slice(at, at + 20))) continue;
      const before = parties[s.index].filter((x) => x.end <= start);
      const antecedent = before.length ? before[before.length - 1] : parties[s.index - 1]?.[0];
      const id = antecedent && party(antecedent);
      if (id) out.push({ start, end: start + m[1].length, type: 'actor', id, form: 'pronoun', sentence: s.index });
    }
  }
  return out;
}

/** A description in a recipient's place: the dative article or a preposition of direction before it. */
const RECEIVING = /(?:\bdem|\b(?:an|in|nach) das|\bto the|\bfor the|\binto the)\s+\S*$|^(?:dem)\b/;
/** A state named as where goods come from. */
const SOURCE_BEFORE = /\b(?:aus|from)\s+(?:dem\s+|der\s+|den\s+|the\s+)?$/;

/**
 * The latest compatible state named before the description. "das Land" passes over the states
 * named before it in its own sentence (another party: "Moskau hat Soldaten in das Land
 * geschickt"); a description that fits few states ("der Norden") may take one of them.
 */
function antecedentOf(refersTo: 'any' | string[], sentence: number, at: number, states: Mention[], norm: string): string | null {
  // a description that receives ("dem Land", "to the country") passes over a state named as a source ("aus Russland", "from Russia")
  const receives = RECEIVING.test(norm.slice(Math.max(0, at - 12), at + 4));
  const before = [...states].reverse().filter((x) => x.start < at && !(receives && SOURCE_BEFORE.test(norm.slice(Math.max(0, x.start - 10), x.start))));
  if (refersTo === 'any') {
    const own = new Set(before.filter((x) => x.sentence === sentence).map((x) => x.id));
    return before.find((x) => x.sentence < sentence && !own.has(x.id))?.id ?? null;
  }
  return before.find((x) => refersTo.includes(x.id))?.id ?? null;
}

/** "Sein Land wolle die Munition nicht weitergeben, sagte Lula": the state of the person speaking in the sentence, else in the one before. */
function speakerState(sentence: number, mentions: Mention[], people: Doc['personInfo']): string | null {
  const lex = lexicon();
  const stateOf = (m: Mention) => {
    const id = people.get(m.id)?.affiliation ?? lex.people.get(m.id)?.affiliation ?? null;
    return id && lex.actors.get(id)?.kind === 'state' ? id : null;
  };
  for (const s of [sentence, sentence - 1]) {
    const speaker = mentions.find((m) => m.type === 'person' && m.sentence === s && stateOf(m));
    if (speaker) return stateOf(speaker);
  }
  return null;
}

/** Actor mentions for the descriptions in `norm`, given the sentences and the mentions found so far (sorted). */
export function describedActors(norm: string, sentences: Sentence[], mentions: Mention[], people: Doc['personInfo']): Mention[] {
  const lex = lexicon();
  const { re, entries } = matcher();
  const states = mentions.filter((m) => m.type === 'actor' && m.form !== 'demonym' && lex.actors.get(m.id)?.kind === 'state');
  const out: Mention[] = [];
  let s = 0;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    if (PART_OF.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    while (s < sentences.length && sentences[s].end <= m.index) s++;
    if (s >= sentences.length || sentences[s].start > m.index) continue;
    const entry = entries.get(m[0])!;
    // a speaker whose state the text does not give: "sein Land" is the state the article was just about
    const id = entry.refersTo === 'speaker' ? speakerState(s, mentions, people) ?? antecedentOf('any', s, m.index, states, norm) : antecedentOf(entry.refersTo, s, m.index, states, norm);
    if (!id) continue;
    const lead = LEADING.exec(m[0])?.[0].length ?? 0;
    out.push({ start: m.index + lead, end: m.index + m[0].length, type: 'actor', id, form: 'description', sentence: s });
  }
  return out;
}
