/**
 * How far a transfer has got, from cue words in the clause that states it.
 * Reads lowercased original text (umlauts kept: 'würde' is no 'wurde'). The strongest cue wins: a denial over talks, talks over doubt, doubt over expectation;
 * a clause without any cue reports a delivery.
 */
import type { Status } from '../record';

/** Unicode word boundaries and word characters, so cues with umlauts ("würde", "bestätigt") match. */
function cue(re: RegExp): RegExp {
  const B = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
  const source = re.source
    .replace(/^\\b/, '(?<![\\p{L}\\p{N}])')
    .replace(/\\b$/, '(?![\\p{L}\\p{N}])')
    .replace(/\\b/g, B)
    .replace(/\\w/g, '[\\p{L}\\p{N}]');
  return new RegExp(source, 'u');
}

const CUES: Array<[Exclude<Status, 'delivered'>, RegExp]> = [
  ['denied', cue(/\b(?:bestreit\w*|bestritt\w*|dementi\w*|zurückgewiesen|(?:weist|wies|wiesen) .{0,60}zurück|deny|denies|denied|denying|denial|rejected .{0,40}(?:claims?|reports?|allegations?|accusations?)|rejects? .{0,20}as|dismiss\w* .{0,40}(?:claims?|reports?|allegations?)|haltlos\w*|unfounded|baseless|abgetan|desinformation|disinformation|falschmeldung\w*|fake news)\b/)],
  // A refusal is a halt (GOLD.md), as are the stops that the predicate lexicon names.
  ['halted', cue(/\b(?:refus\w*|weiger\w*|ablehn\w*|lehnt\w* .{0,60}ab|declin\w* to|unwilling|rul\w* out|ausgeschlossen|schließt .{0,60}aus|schloss .{0,60}aus|absage\w*|rejected .{0,40}requests?|platzt\w*|geplatzt|scheitert\w*|gescheitert|collapsed|fell through)\b/)],
  ['negotiating', cue(/\b(?:(?:werde|wird|werden) (?:\w+ ){0,4}gesprochen|(?:spricht|sprechen|sprach|sprachen) mit .{0,40}über|verhand\w*|gespräch\w*|talks|negotiat\w*|in gesprächen|discuss(?:ing|ed|ions?) (?:the |a )?(?:sale|supply|purchase|delivery|deal)|sondier\w*)\b/)],
  ['unconfirmed', cue(/\b(?:accus\w*|beschuldig\w*|vorgeworfen|(?:wirft|warf|werfen) .{0,80}vor|angeblich\w*|mutmaßlich\w*|möglicherweise|vermutlich\w*|unbestätigt\w*|nicht bestätigt\w*|nicht unabhängig|allegedly|alleged|unconfirmed|unverified|suspected|possibly|may have|might have|could have|(?:soll|sollen|sollte|sollten|könnte|könnten|dürfte|dürften) .{0,80}\w+ (?:haben|worden)|im verdacht|suspected of|es ist möglich|ist es möglich|möglich, dass|it is possible|possible that|suggest\w*|(?:is|are|was|were) (?:believed|thought) to|appears? to have|apparently|behauptet\w*|claims? that|claimed that)\b/)],
  // A possible future supply is an anticipated one: "könnte … erwerben", "could receive … next year", "a potential sale", "die geplante Lieferung" (a possible past one is unconfirmed, above).
  ['expected', cue(/\b(?:(?:könnte|könnten|könne|kann|können) (?!nicht\b)(?:\S+ ){0,8}?\w+(?:en|ern|eln)|(?<!(?:in|of|since|until|by|early|late|mid|end of) )(?:could|might|may) (?!not\b|\d)(?:\S+ ){0,3}?(?:receive|get|obtain|acquire|buy|purchase|send|supply|deliver|provide|transfer|sell|ship|give|hand over)|(?:possible|potential|proposed|prospective|planned|mögliche\w*|geplante\w*|etwaige\w*) (?:\S+ ){0,3}?(?:sales?|purchases?|deals?|transfers?|deliver(?:y|ies)|acquisitions?|exports?|\w*verkauf\w*|\w*kauf\w*|\w*lieferung\w*|weitergabe|erwerb\w*|\w*export\w*))\b/)],
  ['expected', cue(/\b(?:im gegenzug|vor (?:dem )?(?:kauf|erwerb)|(?:is|are|was|were) (?:\w+ )?due (?:to (?:be|arrive|receive|get|take|deliver|hand|follow|join|enter|give|sail|reach|start|begin)|in \d{4}|by|for delivery)|on the verge of (?:buying|acquiring|purchasing)|als gegenleistung|in return|in exchange|wolle\w*|will|wollen|wollte\w*|möchte\w*|(?:hätte|hätten|würde|würden) gerne?|would like|wish\w* to|aim\w* to|dürfte\w*|erwart\w*|expect\w*|hoff\w*|hope[sd]?|hoping|befürcht\w*|fear\w*|plan(?:s|ned|ning|ung\w*|t\w*|en|st)?\b|geplant\w*|vorgesehen|zugesagt|zusag\w*|versproch\w*|verspricht|promis\w*|pledg\w*|angekündigt|ankündig\w*|announc\w*|werde|werden|wird|würde|würden|would|shall|is set to|are set to|intend\w*|beabsichtig\w*|anstreb\w*|seek\w*|want\w*|prepar\w* to|bereitet\w* .{0,40}vor|to (?:buy|acquire|purchase|receive|obtain|get)|^\s*\S+(?: \S+)? to (?:give|send|supply|deliver|provide|transfer|sell|ship)|arrangements? to|agreed to|deal (?:for|to)|vereinbar\w*|kündigt\w*(?: \S+){0,4} an|(?:soll|sollen|solle|sollte|sollten) .{0,80}(?:erhalten|bekommen|geliefert werden|ausgeliefert werden|übergeben werden|liefern|folgen|eintreffen)|(?:will|would|to) (?:\w+ ){0,3}follow|(?:signed|concluded|reached|unterzeichnet\w*|geschlossen|schlossen|abgeschlossen) .{0,40}(?:agreement|deal|abkommen|vereinbarung)|bestellt\w*|bestellung\w*|ordered|on order|orders? for|placed (?:an )?orders?|contract\w*|vertrag\w*|verständigt\w*|geeinigt|einig\w* sich|agreed (?:on|to)|consider\w*|erwäg\w*|besiegelt\w*|unterschrieben|(?:erhalten|bekommen|liefern|geliefert werden|übergeben werden|ausgeliefert werden) (?:soll|sollen|solle|sollten|sollte)|sealed|inked|clinched|in vorbereitung|verzöger\w*|delayed)\b/)],
];

/** Time ahead: "bald", "in den kommenden Wochen", "next year". It makes a supply told in the present or future expected, but not one told in the past ("Bald nach Kriegsbeginn überließ die Slowakei …"). */
const TIME_AHEAD = cue(/\b(?:künftig\w*|soon|shortly|bald|kurzfristig|in kürze|in naher zukunft|in the near future|in (?:the )?coming (?:days|weeks|months|years)|in den kommenden (?:tagen|wochen|monaten|jahren)|demnächst|(?:nächste|nächsten|kommende|kommenden) (?:woche|monat|monats|jahr|jahres)|next (?:week|month|year)|later this (?:week|month|year)|by the end of (?:the|this|next) year|bis (?:zum )?ende (?:des|dieses|nächsten) jahres)\b/);

/** Clauses that state no transfer at all: hesitation, warnings against one, conditions. (A refusal is a denial.) */
const HYPOTHETICAL = cue(/\b(?:reluctant|zögert\w*|warn\w* .{0,60}davor|warned .{0,40}(?:against|not to)|wenn|falls|sofern|unless|if)\b/);
/** "not before 2026", "nicht vor Jahresende", "not expected until": a time limit, no negation. */
const NEGATION = cue(/\b(?:weder|neither|nor|nicht|kein|keine|keinen|keiner|keines|keinerlei|niemand\w*|nichts|not|no|never|nobody|none|nie|niemals)\b(?! nur| only| bestätigt| confirmed| verified| (?:\w+ )?(?:before|until|vor|bis)\b)/);
/** Declining to confirm is no denial: "declined to confirm whether", "wollte ... nicht bestätigen". */
const CONFIRMATION_WITHHELD = cue(/\b(?:(?:declin\w*|refus\w*|unwilling) to (?:confirm|comment|say)|would not (?:confirm|say)|(?:wollte|wollten|will|wollen) .{0,40}nicht (?:bestätigen|kommentieren|sagen|äußern))\b/);
/** A follow-up sentence that withholds confirmation: "Gesichert sei das aber nicht." */
const NOT_CONFIRMED = cue(/\b(?:gesichert .{0,30}nicht|bestätigt .{0,40}nicht|nicht (?:bestätigen|verifizieren|überprüfen)|(?:überprüfen|verifizieren) .{0,30}nicht|(?:cannot|can't|could not) (?:confirm|verify)|nicht gesichert|nicht bestätigt|unbestätigt|nicht unabhängig (?:überprüf|bestätig)\w*|not (?:been )?(?:independently )?(?:confirmed|verified)|(?:keine|no) (?:belege|beweise|evidence|proof)|belege .{0,30}nicht|beweise .{0,30}nicht|ohne (?:belege|beweise)|without (?:evidence|proof)|(?:provided|offered|gave|presented) no (?:evidence|proof)|could not (?:be )?(?:independently )?(?:confirm|verif)\w*|unconfirmed)\b/);

/**
 * Perfect tense and completion win over expectation words: "In exchange, Pyongyang has received
 * food", "has completed the delivery of the jets it pledged", "hat die zugesagten Panzer übergeben".
 */
const DONE = cue(/\b(?:(?:has|have|had) (?:now |already |finally )?(?:received|got|obtained|completed|delivered|sent|supplied|shipped|handed over|transferred|provided|given(?! (?:the |its |their |a )?(?:green light|go-ahead|approval|permission|consent|nod))|begun deliver\w*|started deliver\w*|been (?:delivered|sent|supplied|shipped|handed over|transferred))|(?:hat|haben|hatte|hatten) (?:\S+ ){0,8}(?:geliefert|übergeben|abgegeben|geschickt|überlassen|bereitgestellt|verschafft|ausgeliefert|erhalten|bekommen)(?! werden| haben))\b/);

/**
 * A negated supply that a party will not make, or no longer makes, is a refusal or a stop
 * (GOLD.md: halted): "liefert keine Rüstungsgüter mehr", "wird vorerst keine Taurus zur
 * Verfügung stellen", "war nicht bereit, … zu liefern", "darf … nicht abgeben", "will not send",
 * "no longer supplies", "erklärt, keine Waffen zu liefern" (a declared policy). A negated past ("never sold") is a denial where a party says it.
 */
const REFUSAL = cue(/\b(?:(?:nicht|kein\w*) (?:.{0,80} )?zu \w+n|not to \w+|mehr|länger|no longer|any ?more|bis auf weiteres|vorerst|vorläufig|zunächst|for now|for the time being|until further notice|nicht bereit|not (?:ready|willing|prepared)|unwilling|wird|werde|werden|würde|würden|darf|dürfe|dürfen|kann|könne|können|will not|won't|would not|wouldn't|cannot|can't|could not|shall not)\b/);

export function refusesSupply(clause: string): boolean {
  return REFUSAL.test(clause) && !DONE.test(clause);
}

/** The clause reports the supply as done (perfect of a giving or receiving verb). */
export function reportsCompletion(clause: string): boolean {
  return DONE.test(clause);
}

/** `past`: the clause's verb is a past indicative, so time ahead of it is still past. */
export function cueStatus(clause: string, past = false): Status {
  if (CONFIRMATION_WITHHELD.test(clause)) return 'unconfirmed';
  for (const [status, re] of CUES) {
    if (status === 'expected' && DONE.test(clause)) return 'delivered';
    if (re.test(clause)) return status;
  }
  return !past && TIME_AHEAD.test(clause) ? 'expected' : 'delivered';
}

/** A condition told by the verb first: "Sollte sich der Verdacht erhärten, …", "Should China supply weapons, …", "Were Iran to send …, …", "Hätte Berlin früher geliefert, …". */
const VERB_FIRST_CONDITION = /^\W*(?:sollte|sollten|hatte|hatten|ware|waren|wurde|wurden|kame|kamen|should|were|had)\s/;

/** Where the condition of a sentence opened by its verb ends (its last comma), or -1: what is said before it may only happen. */
export function conditionEnd(sentence: string): number {
  return VERB_FIRST_CONDITION.test(sentence) ? sentence.lastIndexOf(',') : -1;
}

export function isHypothetical(clause: string): boolean {
  return HYPOTHETICAL.test(clause);
}

export function isNegated(clause: string): boolean {
  return NEGATION.test(clause);
}

export function withholdsConfirmation(text: string): boolean {
  return NOT_CONFIRMED.test(text);
}
