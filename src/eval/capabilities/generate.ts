/**
 * Capability cases from templates × the lexicon × variations (CheckList, Ribeiro et al. 2020).
 * Each capability has a few templates per language; every case samples actors and items with
 * a PRNG seeded from the capability's name and language, so the suite is the same on every run
 * and adding a capability reshuffles no other. Expected statuses follow ../shared/eval/GOLD.md;
 * shapes whose status GOLD.md leaves open ("soll … geliefert haben", "bought", a negated future
 * that may be a refusal) are left out on purpose.
 */
import type { Language, Status } from '../../record';
import { itemWordings, stateNames, type ItemWording, type StateName } from './lexicon';
import type { CapabilityCase, ExpectedTuple } from './types';

/** Cases per capability and language (≥ 15 each). */
export const CASES_PER_CAPABILITY = 16;

/** What one case is built from. */
export interface Slots {
  S: StateName;
  R: StateName;
  S2: StateName;
  R2: StateName;
  I: ItemWording;
  I2: ItemWording;
  /** A number with thousands separators in the case's language ("14.000", "14,000"). */
  N: string;
}

type Expect = Status | ((x: Slots) => ExpectedTuple[]);
type Template = [id: string, text: (x: Slots) => string, expect?: Expect];

interface CapabilityDef {
  capability: string;
  language: Language;
  /** Status of the single tuple S → R (I) unless a template says otherwise. */
  expect: Expect;
  templates: Template[];
  /** Items must take a number. */
  countable?: boolean;
  /** Build cases as pairs: a base case and a variant of it (invariance). */
  pair?: (x: Slots, rng: () => number) => Slots;
}

// ---- small grammar helpers ----
const deGen = (a: StateName) => (/[sßxz]$/.test(a.de) ? `${a.de}'` : `${a.de}s`);
const enGen = (a: StateName) => `${a.en}'s`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const wurde = (i: ItemWording) => (i.plural ? 'wurden' : 'wurde');
const sind = (i: ItemWording) => (i.plural ? 'sind' : 'ist');
const were = (i: ItemWording) => (i.plural ? 'were' : 'was');
const are = (i: ItemWording) => (i.plural ? 'are' : 'is');
const have = (i: ItemWording) => (i.plural ? 'have' : 'has');

const tuple = (s: StateName, r: StateName, i: ItemWording, status: Status): ExpectedTuple => ({ supplier: s.en, recipient: r.en, category: i.category, status });
const none = (): ExpectedTuple[] => [];
const main = (status: Status) => (x: Slots) => [tuple(x.S, x.R, x.I, status)];
/** Named systems with a class noun after them, and the one category the pair counts under (GOLD.md: what a launcher fires is ammunition). */
const HEADED: Array<{ de: string; en: string; category: ExpectedTuple['category'] }> = [
  { de: 'Patriot-Raketen', en: 'Patriot missiles', category: 'air-defence' },
  { de: 'Leopard-Panzer', en: 'Leopard tanks', category: 'armoured-vehicle' },
  { de: 'HIMARS-Raketen', en: 'HIMARS rockets', category: 'ammunition' },
  { de: 'Gepard-Munition', en: 'Gepard ammunition', category: 'ammunition' },
  { de: 'Bayraktar-Drohnen', en: 'Bayraktar drones', category: 'drone' },
  { de: 'F-16-Kampfjets', en: 'F-16 jets', category: 'aircraft' },
  { de: 'Iskander-Raketen', en: 'Iskander missiles', category: 'missile' },
  { de: 'Caesar-Haubitzen', en: 'Caesar howitzers', category: 'artillery' },
  { de: 'Stinger-Raketen', en: 'Stinger missiles', category: 'air-defence' },
];
const headedItem = (x: Slots) => HEADED[(x.S.en.length + x.R.en.length) % HEADED.length];
const headed = (status: Status) => (x: Slots): ExpectedTuple[] => [{ supplier: x.S.en, recipient: x.R.en, category: headedItem(x).category, status }];
/** A pair stated with one item, then "both sides" agreeing on another. */
const bothSides = (status: Status) => (x: Slots) => [tuple(x.S, x.R, x.I2, 'delivered'), tuple(x.S, x.R, x.I, status)];
/** A package promised, then what it holds: the package is equipment, its contents their own category. */
const packageHolds = (x: Slots): ExpectedTuple[] => [{ supplier: x.S.en, recipient: x.R.en, category: 'equipment', status: 'expected' }, tuple(x.S, x.R, x.I, 'expected')];

// ---- the PRNG ----
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** Dateline cities: never a party to the case (their states are kept out of the actor pool). */
const DATELINE_STATES = new Set(['Belgium', 'Switzerland', 'Austria']);
const DATELINES: Record<Language, string[]> = {
  de: ['BRÜSSEL (dpa) – ', 'GENF, 5. März (Reuters) – ', 'WIEN (AFP) – ', 'BRÜSSEL, 12. Juni (dpa) - '],
  en: ['BRUSSELS (Reuters) - ', 'GENEVA, March 5 (AP) — ', 'VIENNA (AFP) - ', 'BRUSSELS, June 12 (Reuters) – '],
};
const NUMBERS: Record<Language, string[]> = {
  de: ['1.000', '2.500', '14.000', '120.000', '1.200', '30.000', '4.800', '250.000'],
  en: ['1,000', '2,500', '14,000', '120,000', '1,200', '30,000', '4,800', '250,000'],
};
const UNRELATED: Record<Language, string[]> = {
  de: ['Die Inflation ist im März leicht gesunken.', 'Der Wetterdienst warnte am Wochenende vor Sturm.', 'Das Parlament vertagte die Debatte über den Haushalt.', 'Die Börsen schlossen am Freitag uneinheitlich.'],
  en: ['Inflation eased slightly in March.', 'Forecasters warned of storms over the weekend.', 'Parliament postponed the budget debate.', 'Stock markets closed mixed on Friday.'],
};

function sampleSlots(rng: () => number, language: Language, countable: boolean): Slots {
  const states = stateNames().filter((s) => !DATELINE_STATES.has(s.en));
  const items = itemWordings().filter((i) => !countable || i.countable);
  const distinct = (taken: StateName[]) => {
    for (;;) {
      const s = pick(rng, states);
      if (!taken.some((t) => t.en === s.en)) return s;
    }
  };
  const S = distinct([]);
  const R = distinct([S]);
  const S2 = distinct([S, R]);
  const R2 = distinct([S, R, S2]);
  const I = pick(rng, items);
  let I2 = pick(rng, items);
  while (I2.category === I.category) I2 = pick(rng, items);
  return { S, R, S2, R2, I, I2, N: pick(rng, NUMBERS[language]) };
}

// ---- the capabilities ----
const de = (capability: string, expect: Expect, templates: Template[], extra: Partial<CapabilityDef> = {}): CapabilityDef => ({ capability, language: 'de', expect, templates, ...extra });
const en = (capability: string, expect: Expect, templates: Template[], extra: Partial<CapabilityDef> = {}): CapabilityDef => ({ capability, language: 'en', expect, templates, ...extra });

/** Base sentences of a plain delivery, for the invariance capabilities. */
const BASE: Record<Language, Template[]> = {
  de: [
    ['perfekt dat', (x) => `${x.S.de} hat ${x.R.de} ${x.I.de} geliefert.`],
    ['perfekt an', (x) => `${x.S.de} hat ${x.I.de} an ${x.R.de} geliefert.`],
    ['präteritum an', (x) => `${x.S.de} lieferte ${x.I.de} an ${x.R.de}.`],
  ],
  en: [
    ['past to', (x) => `${x.S.en} delivered ${x.I.en} to ${x.R.en}.`],
    ['perfect to', (x) => `${x.S.en} has sent ${x.I.en} to ${x.R.en}.`],
    ['past supplied with', (x) => `${x.S.en} supplied ${x.R.en} with ${x.I.en}.`],
  ],
};
const withBase = (lang: Language, wrap: (base: string, x: Slots) => string): Template[] => BASE[lang].map(([id, f]) => [id, (x: Slots) => wrap(f(x), x)] as Template);

const renameActors = (x: Slots, rng: () => number): Slots => {
  const states = stateNames().filter((s) => !DATELINE_STATES.has(s.en) && ![x.S.en, x.R.en].includes(s.en));
  const S = pick(rng, states);
  let R = pick(rng, states);
  while (R.en === S.en) R = pick(rng, states);
  return { ...x, S, R };
};
const renameItem = (x: Slots, rng: () => number): Slots => {
  const items = itemWordings().filter((i) => i.source !== x.I.source && i.plural === x.I.plural);
  return { ...x, I: pick(rng, items) };
};

export const CAPABILITIES: CapabilityDef[] = [
  // ---------- tense and mood ----------
  de('tense: Perfekt', 'delivered', [
    ['dat acc', (x) => `${x.S.de} hat ${x.R.de} ${x.I.de} geliefert.`],
    ['an', (x) => `${x.S.de} hat ${x.I.de} an ${x.R.de} geliefert.`],
    ['geschickt nach', (x) => `${x.S.de} hat ${x.I.de} nach ${x.R.de} geschickt.`],
  ]),
  de('tense: Präteritum', 'delivered', [
    ['dat acc', (x) => `${x.S.de} lieferte ${x.R.de} ${x.I.de}.`],
    ['an', (x) => `${x.S.de} lieferte ${x.I.de} an ${x.R.de}.`],
    ['schickte nach', (x) => `${x.S.de} schickte ${x.I.de} nach ${x.R.de}.`],
  ]),
  de('tense: Präsens', 'delivered', [
    ['an', (x) => `${x.S.de} liefert ${x.I.de} an ${x.R.de}.`],
    ['schickt nach', (x) => `${x.S.de} schickt ${x.I.de} nach ${x.R.de}.`],
    ['dat acc', (x) => `${x.S.de} liefert ${x.R.de} ${x.I.de}.`],
  ]),
  de('tense: Futur', 'expected', [
    ['dat acc', (x) => `${x.S.de} wird ${x.R.de} ${x.I.de} liefern.`],
    ['an', (x) => `${x.S.de} wird ${x.I.de} an ${x.R.de} liefern.`],
    ['schicken nach', (x) => `${x.S.de} wird ${x.I.de} nach ${x.R.de} schicken.`],
  ]),
  de('mood: Konjunktiv I (reported speech)', 'delivered', [
    ['habe geliefert', (x) => `Ein Regierungssprecher sagte, ${x.S.de} habe ${x.R.de} ${x.I.de} geliefert.`],
    ['liefere', (x) => `Das Ministerium erklärte, ${x.S.de} liefere ${x.I.de} an ${x.R.de}.`],
    ['werde liefern', (x) => `Der Minister kündigte an, ${x.S.de} werde ${x.R.de} ${x.I.de} liefern.`, 'expected'],
  ]),
  de('mood: Konjunktiv II', 'expected', [
    ['würde in reported speech', (x) => `Der Minister sagte, ${x.S.de} würde ${x.R.de} in den kommenden Monaten ${x.I.de} liefern.`],
    ['hätte gern', (x) => `${x.R.de} hätte gern ${x.I.de} aus ${x.S.de}.`],
    ['würde gern erhalten', (x) => `${x.R.de} würde gern ${x.I.de} von ${x.S.de} erhalten.`],
    ['hätten geliefert (for Konjunktiv I)', (x) => `Ein Sprecher sagte, ${x.S.de} und ${x.S2.de} hätten ${x.R.de} ${x.I.de} geliefert.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S2, x.R, x.I, 'delivered')]],
  ]),
  en('tense: simple past', 'delivered', [
    ['to', (x) => `${x.S.en} delivered ${x.I.en} to ${x.R.en}.`],
    ['sent to', (x) => `${x.S.en} sent ${x.I.en} to ${x.R.en}.`],
    ['supplied with', (x) => `${x.S.en} supplied ${x.R.en} with ${x.I.en}.`],
  ]),
  en('tense: simple present', 'delivered', [
    ['supplies to', (x) => `${x.S.en} supplies ${x.I.en} to ${x.R.en}.`],
    ['sends to', (x) => `${x.S.en} sends ${x.I.en} to ${x.R.en}.`],
    ['delivers to', (x) => `${x.S.en} delivers ${x.I.en} to ${x.R.en}.`],
  ]),
  en('tense: perfect', 'delivered', [
    ['has delivered', (x) => `${x.S.en} has delivered ${x.I.en} to ${x.R.en}.`],
    ['has sent iobj', (x) => `${x.S.en} has sent ${x.R.en} ${x.I.en}.`],
    ['has supplied', (x) => `${x.S.en} has supplied ${x.I.en} to ${x.R.en}.`],
  ]),
  en('tense: progressive', 'delivered', [
    ['is delivering', (x) => `${x.S.en} is delivering ${x.I.en} to ${x.R.en}.`],
    ['is sending', (x) => `${x.S.en} is sending ${x.I.en} to ${x.R.en}.`],
    ['has been supplying', (x) => `${x.S.en} has been supplying ${x.I.en} to ${x.R.en}.`],
  ]),
  en('tense: future', 'expected', [
    ['will deliver', (x) => `${x.S.en} will deliver ${x.I.en} to ${x.R.en}.`],
    ['is going to send', (x) => `${x.S.en} is going to send ${x.I.en} to ${x.R.en}.`],
    ['will supply with', (x) => `${x.S.en} will supply ${x.R.en} with ${x.I.en}.`],
  ]),
  en('tense: reported', 'delivered', [
    ['said had delivered', (x) => `A government spokesman said ${x.S.en} had delivered ${x.I.en} to ${x.R.en}.`],
    ['told reporters that sent', (x) => `The minister told reporters that ${x.S.en} sent ${x.I.en} to ${x.R.en} last month.`],
    ['said would send', (x) => `Officials said ${x.S.en} would send ${x.I.en} to ${x.R.en}.`, 'expected'],
  ]),
  // ---------- modality ----------
  de('modal verbs', 'expected', [
    ['will', (x) => `${x.S.de} will ${x.R.de} ${x.I.de} liefern.`],
    ['möchte', (x) => `${x.S.de} möchte ${x.I.de} an ${x.R.de} liefern.`],
    ['will schicken', (x) => `${x.S.de} will ${x.I.de} nach ${x.R.de} schicken.`],
  ]),
  en('modal verbs', 'expected', [
    ['wants to', (x) => `${x.S.en} wants to deliver ${x.I.en} to ${x.R.en}.`],
    ['intends to', (x) => `${x.S.en} intends to send ${x.I.en} to ${x.R.en}.`],
    ['is expected to', (x) => `${x.S.en} is expected to deliver ${x.I.en} to ${x.R.en}.`],
  ]),
  de('hedges', 'unconfirmed', [
    ['möglicherweise Mittelfeld', (x) => `${x.S.de} hat ${x.R.de} möglicherweise ${x.I.de} geliefert.`],
    ['möglicherweise Vorfeld', (x) => `Möglicherweise hat ${x.S.de} ${x.I.de} an ${x.R.de} geliefert.`],
    ['mutmaßlich', (x) => `${x.S.de} hat ${x.R.de} mutmaßlich ${x.I.de} geliefert.`],
    ['im Verdacht', (x) => `${x.S.de} steht im Verdacht, ${x.R.de} ${x.I.de} geliefert zu haben.`],
  ]),
  en('hedges', 'unconfirmed', [
    ['may have', (x) => `${x.S.en} may have delivered ${x.I.en} to ${x.R.en}.`],
    ['might have', (x) => `${x.S.en} might have sent ${x.I.en} to ${x.R.en}.`],
    ['suspected of', (x) => `${x.S.en} is suspected of having supplied ${x.I.en} to ${x.R.en}.`],
    ['possibly', (x) => `${x.S.en} has possibly delivered ${x.I.en} to ${x.R.en}.`],
  ]),
  // ---------- kinds of statement ----------
  de('status: talks', 'negotiating', [
    ['Kauf', (x) => `${x.R.de} verhandelt mit ${x.S.de} über den Kauf von ${x.I.deDat}.`],
    ['Verkauf', (x) => `${x.S.de} verhandelt mit ${x.R.de} über den Verkauf von ${x.I.deDat}.`],
    ['Lieferung aus', (x) => `${x.R.de} verhandelt über die Lieferung von ${x.I.deDat} aus ${x.S.de}.`],
  ]),
  en('status: talks', 'negotiating', [
    ['in talks to buy', (x) => `${x.R.en} is in talks with ${x.S.en} to buy ${x.I.en}.`],
    ['negotiating the sale', (x) => `${x.S.en} is negotiating the sale of ${x.I.en} to ${x.R.en}.`],
    ['negotiating purchase', (x) => `${x.R.en} is negotiating with ${x.S.en} over the purchase of ${x.I.en}.`],
  ]),
  de('status: order or purchase by the buyer', 'expected', [
    ['in bestellt', (x) => `${x.R.de} hat in ${x.S.de} ${x.I.de} bestellt.`],
    ['bestellt aus', (x) => `${x.R.de} bestellt ${x.I.de} aus ${x.S.de}.`],
    ['Vertrag Kauf', (x) => `${x.R.de} hat einen Vertrag über den Kauf von ${x.I.deDat} aus ${x.S.de} unterzeichnet.`],
    ['will kaufen', (x) => `${x.R.de} will ${x.I.de} von ${x.S.de} kaufen.`],
  ]),
  en('status: order or purchase by the buyer', 'expected', [
    ['ordered from', (x) => `${x.R.en} has ordered ${x.I.en} from ${x.S.en}.`],
    ['contract to buy', (x) => `${x.R.en} signed a contract to buy ${x.I.en} from ${x.S.en}.`],
    ['order with', (x) => `${x.R.en} placed an order for ${x.I.en} with ${x.S.en}.`],
    ['plans to purchase', (x) => `${x.R.en} plans to purchase ${x.I.en} from ${x.S.en}.`],
  ]),
  de('status: pledge', 'expected', [
    ['hat zugesagt', (x) => `${x.S.de} hat ${x.R.de} ${x.I.de} zugesagt.`],
    ['sagte zu', (x) => `${x.S.de} sagte ${x.R.de} ${x.I.de} zu.`],
    ['versprach', (x) => `${x.S.de} versprach ${x.R.de} ${x.I.de}.`],
    ['zugesagt zu liefern', (x) => `${x.S.de} hat zugesagt, ${x.R.de} ${x.I.de} zu liefern.`],
  ]),
  en('status: pledge', 'expected', [
    ['pledged to', (x) => `${x.S.en} has pledged ${x.I.en} to ${x.R.en}.`],
    ['promised iobj', (x) => `${x.S.en} promised ${x.R.en} ${x.I.en}.`],
    ['pledged to send', (x) => `${x.S.en} pledged to send ${x.I.en} to ${x.R.en}.`],
    ['committed to supplying', (x) => `${x.S.en} has committed to supplying ${x.I.en} to ${x.R.en}.`],
  ]),
  de('status: denial by a party', 'denied', [
    ['bestreitet', (x) => `${x.S.de} bestreitet, ${x.R.de} ${x.I.de} geliefert zu haben.`],
    ['dementierte', (x) => `${x.S.de} dementierte, ${x.I.de} an ${x.R.de} geliefert zu haben.`],
    ['Empfänger bestreitet', (x) => `${x.R.de} bestreitet, ${x.I.de} aus ${x.S.de} erhalten zu haben.`],
    ['wies Berichte zurück, wonach es', (x) => `${x.S.de} wies Berichte zurück, wonach es ${x.R.de} ${x.I.de} geliefert habe.`],
    ['Vorwürfe zurückgewiesen, Konjunktiv', (x) => `${x.S.de} hat Vorwürfe zurückgewiesen, das Land versorge ${x.R.de} mit ${x.I.deDat}.`],
  ]),
  en('status: denial by a party', 'denied', [
    ['denied supplying', (x) => `${x.S.en} denied supplying ${x.I.en} to ${x.R.en}.`],
    ['has denied sending', (x) => `${x.S.en} has denied sending ${x.I.en} to ${x.R.en}.`],
    ['recipient denies', (x) => `${x.R.en} denies receiving ${x.I.en} from ${x.S.en}.`],
    ['rejected reports', (x) => `${x.S.en} rejected reports that it had delivered ${x.I.en} to ${x.R.en}.`],
  ]),
  de('status: explicit non-confirmation', 'unconfirmed', [
    ['ob ist nicht bestätigt', (x) => `Ob ${x.S.de} ${x.R.de} ${x.I.de} geliefert hat, ist bislang nicht bestätigt.`],
    ['Lieferung unbestätigt', (x) => `Die Lieferung von ${x.I.deDat} aus ${x.S.de} an ${x.R.de} ist bislang unbestätigt.`],
    ['konnte nicht bestätigt werden', (x) => `Ob ${x.S.de} ${x.I.de} an ${x.R.de} geliefert hat, konnte nicht bestätigt werden.`],
  ]),
  en('status: explicit non-confirmation', 'unconfirmed', [
    ['whether not confirmed', (x) => `Whether ${x.S.en} has delivered ${x.I.en} to ${x.R.en} has not been confirmed.`],
    ['could not be confirmed', (x) => `The delivery of ${x.I.en} from ${x.S.en} to ${x.R.en} could not be independently confirmed.`],
    ['it has not been confirmed whether', (x) => `It has not been confirmed whether ${x.S.en} sent ${x.I.en} to ${x.R.en}.`],
  ]),
  de('status: stop', 'halted', [
    ['stoppt', (x) => `${x.S.de} stoppt die Lieferung von ${x.I.deDat} an ${x.R.de}.`],
    ['ausgesetzt', (x) => `${x.S.de} hat die Ausfuhr von ${x.I.deDat} nach ${x.R.de} ausgesetzt.`],
    ['verweigert Genehmigung', (x) => `${x.S.de} verweigert die Genehmigung für die Lieferung von ${x.I.deDat} an ${x.R.de}.`],
    ['gestoppt', (x) => `${x.S.de} hat die Lieferung von ${x.I.deDat} an ${x.R.de} gestoppt.`],
  ]),
  en('status: stop', 'halted', [
    ['suspended deliveries', (x) => `${x.S.en} suspended deliveries of ${x.I.en} to ${x.R.en}.`],
    ['halted', (x) => `${x.S.en} has halted the delivery of ${x.I.en} to ${x.R.en}.`],
    ['blocked the sale', (x) => `${x.S.en} blocked the sale of ${x.I.en} to ${x.R.en}.`],
    ['cancelled', (x) => `${x.S.en} cancelled the delivery of ${x.I.en} to ${x.R.en}.`],
  ]),
  de('negation: predicate', none, [
    ['nicht an', (x) => `${x.S.de} hat ${x.I.de} nicht an ${x.R.de} geliefert.`],
    ['nie', (x) => `${x.S.de} lieferte ${x.I.de} nie an ${x.R.de}.`],
    ['niemals dat', (x) => `${x.S.de} hat ${x.R.de} niemals ${x.I.de} geliefert.`],
  ]),
  en('negation: predicate', none, [
    ['did not', (x) => `${x.S.en} did not deliver ${x.I.en} to ${x.R.en}.`],
    ['has not', (x) => `${x.S.en} has not sent ${x.I.en} to ${x.R.en}.`],
    ['never', (x) => `${x.S.en} never supplied ${x.I.en} to ${x.R.en}.`],
  ]),
  de('negation: item', none, [
    ['keine dat', (x) => `${x.S.de} hat ${x.R.de} keine ${x.I.de} geliefert.`],
    ['keine an', (x) => `${x.S.de} lieferte keine ${x.I.de} an ${x.R.de}.`],
    ['bislang keine', (x) => `${x.S.de} hat bislang keine ${x.I.de} nach ${x.R.de} geschickt.`],
  ]),
  en('negation: item', none, [
    ['no', (x) => `${x.S.en} has delivered no ${x.I.en} to ${x.R.en}.`],
    ['sent no', (x) => `${x.S.en} sent no ${x.I.en} to ${x.R.en}.`],
    ['not any', (x) => `${x.S.en} has not delivered any ${x.I.en} to ${x.R.en}.`],
  ]),
  // ---------- voice and order ----------
  de('voice: passive with agent', 'delivered', [
    ['von an', (x) => `${x.I.de} ${wurde(x.I)} von ${x.S.de} an ${x.R.de} geliefert.`],
    ['dat first', (x) => `${x.R.de} ${wurde(x.I)} von ${x.S.de} ${x.I.de} geliefert.`],
    ['Perfekt', (x) => `${x.I.de} ${x.I.plural ? 'sind' : 'ist'} von ${x.S.de} an ${x.R.de} geliefert worden.`],
  ]),
  en('voice: passive with agent', 'delivered', [
    ['by', (x) => `${cap(x.I.en)} ${were(x.I)} delivered to ${x.R.en} by ${x.S.en}.`],
    ['recipient subject', (x) => `${x.R.en} was sent ${x.I.en} by ${x.S.en}.`],
    ['have been', (x) => `${cap(x.I.en)} ${have(x.I)} been supplied to ${x.R.en} by ${x.S.en}.`],
  ]),
  de('voice: passive without agent', 'delivered', [
    ['aus nach item', (x) => `${x.I.de} aus ${x.S.de} ${wurde(x.I)} an ${x.R.de} geliefert.`],
    ['Aus Vorfeld', (x) => `Aus ${x.S.de} ${wurde(x.I)} ${x.I.de} nach ${x.R.de} geliefert.`],
    ['Perfekt', (x) => `${x.I.de} aus ${x.S.de} ${x.I.plural ? 'sind' : 'ist'} nach ${x.R.de} gebracht worden.`],
  ]),
  en('voice: passive without agent', 'delivered', [
    ['from', (x) => `${cap(x.I.en)} from ${x.S.en} ${were(x.I)} delivered to ${x.R.en}.`],
    ['have been from', (x) => `${cap(x.I.en)} from ${x.S.en} ${have(x.I)} been shipped to ${x.R.en}.`],
    ['supplied with from', (x) => `${x.R.en} has been supplied with ${x.I.en} from ${x.S.en}.`],
  ]),
  de('order: object or phrase in the Vorfeld', 'delivered', [
    ['item first Perfekt', (x) => `${x.I.de} hat ${x.S.de} an ${x.R.de} geliefert.`],
    ['an-phrase first', (x) => `An ${x.R.de} hat ${x.S.de} ${x.I.de} geliefert.`],
    ['item first Präteritum', (x) => `${x.I.de} lieferte ${x.S.de} an ${x.R.de}.`],
  ]),
  en('order: fronted phrase or cleft', 'delivered', [
    ['cleft', (x) => `It was ${x.S.en} that delivered ${x.I.en} to ${x.R.en}.`],
    ['fronted to-phrase', (x) => `To ${x.R.en}, ${x.S.en} has delivered ${x.I.en}.`],
    ['fronted time', (x) => `Last year, ${x.S.en} delivered ${x.I.en} to ${x.R.en}.`],
  ]),
  de('clause: subordinate, verb-final', 'delivered', [
    ['dass', (x) => `Die Regierung bestätigte, dass ${x.S.de} ${x.R.de} ${x.I.de} geliefert hat.`],
    ['nachdem', (x) => `Nachdem ${x.S.de} ${x.R.de} ${x.I.de} geliefert hatte, verschärfte sich die Lage.`],
    ['weil', (x) => `Weil ${x.S.de} ${x.I.de} an ${x.R.de} geliefert hat, protestierte die Opposition.`],
  ]),
  en('clause: subordinate', 'delivered', [
    ['confirmed that', (x) => `The ministry confirmed that ${x.S.en} had delivered ${x.I.en} to ${x.R.en}.`],
    ['after', (x) => `After ${x.S.en} delivered ${x.I.en} to ${x.R.en}, tensions rose.`],
    ['because', (x) => `Because ${x.S.en} has sent ${x.I.en} to ${x.R.en}, the talks stalled.`],
  ]),
  de('clause: infinitive under a decision or plan', 'expected', [
    ['beschlossen', (x) => `${x.S.de} hat beschlossen, ${x.R.de} ${x.I.de} zu liefern.`],
    ['plant', (x) => `${x.S.de} plant, ${x.I.de} an ${x.R.de} zu liefern.`],
    ['kündigte an', (x) => `${x.S.de} kündigte an, ${x.R.de} ${x.I.de} zu liefern.`],
  ]),
  en('clause: infinitive under a decision or plan', 'expected', [
    ['decided to', (x) => `${x.S.en} has decided to deliver ${x.I.en} to ${x.R.en}.`],
    ['plans to', (x) => `${x.S.en} plans to send ${x.I.en} to ${x.R.en}.`],
    ['announced plans', (x) => `${x.S.en} announced plans to supply ${x.I.en} to ${x.R.en}.`],
  ]),
  de('verb: separable or support verb', 'delivered', [
    ['sagt zu', (x) => `${x.S.de} sagt ${x.R.de} ${x.I.de} zu.`, 'expected'],
    ['stellt zur Verfügung', (x) => `${x.S.de} stellt ${x.R.de} ${x.I.de} zur Verfügung.`],
    ['gibt ab', (x) => `${x.S.de} gibt ${x.I.de} an ${x.R.de} ab.`],
    ['händigte aus', (x) => `${x.S.de} händigte ${x.R.de} ${x.I.de} aus.`],
  ]),
  en('verb: phrasal', 'delivered', [
    ['handed over', (x) => `${x.S.en} handed over ${x.I.en} to ${x.R.en}.`],
    ['handed over split', (x) => `${x.S.en} has handed ${x.I.en} over to ${x.R.en}.`],
    ['shipped out', (x) => `${x.S.en} shipped ${x.I.en} out to ${x.R.en}.`],
  ]),
  de('clause: relative', 'delivered', [
    ['item antecedent', (x) => `Die ${x.I.de}, die ${x.S.de} an ${x.R.de} geliefert hat, ${sind(x.I)} bereits im Einsatz.`],
    ['recipient antecedent', (x) => `${x.R.de}, das ${x.I.de} aus ${x.S.de} erhalten hat, fordert weitere Hilfe.`],
    ['supplier antecedent', (x) => `${x.S.de}, das ${x.R.de} ${x.I.de} geliefert hat, steht in der Kritik.`],
  ]),
  en('clause: relative', 'delivered', [
    ['item antecedent', (x) => `The ${x.I.en} that ${x.S.en} delivered to ${x.R.en} ${are(x.I)} already in service.`],
    ['recipient antecedent', (x) => `${x.R.en}, which received ${x.I.en} from ${x.S.en} last year, wants more.`],
    ['supplier antecedent', (x) => `${x.S.en}, which has sent ${x.I.en} to ${x.R.en}, faces criticism.`],
  ]),
  de('headline: nominalisation', 'delivered', [
    ['Genitiv Lieferungen', (x) => `${deGen(x.S)} Lieferungen von ${x.I.deDat} an ${x.R.de}`],
    ['gehen weiter', (x) => `${deGen(x.S)} Lieferungen von ${x.I.deDat} an ${x.R.de} gehen weiter`],
    ['aus an', (x) => `Weitere Lieferungen von ${x.I.deDat} aus ${x.S.de} an ${x.R.de}`],
  ]),
  en('headline: nominalisation', 'delivered', [
    ["X's deliveries", (x) => `${enGen(x.S)} deliveries of ${x.I.en} to ${x.R.en}`],
    ['continue', (x) => `${enGen(x.S)} deliveries of ${x.I.en} to ${x.R.en} continue`],
    ['shipments resume', (x) => `${enGen(x.S)} shipments of ${x.I.en} to ${x.R.en} resume`],
  ]),
  // ---------- surface variation ----------
  de('attribution prefix', 'delivered', [
    ['Regierungskreise', (x) => `Nach Angaben aus Regierungskreisen hat ${x.S.de} ${x.R.de} ${x.I.de} geliefert.`],
    ['laut Ministerium', (x) => `Laut dem Verteidigungsministerium lieferte ${x.S.de} ${x.I.de} an ${x.R.de}.`],
    ['wie ein Sprecher', (x) => `Wie ein Sprecher mitteilte, hat ${x.S.de} ${x.I.de} an ${x.R.de} geliefert.`],
    ['Reuters', (x) => `Nach Informationen der Nachrichtenagentur Reuters hat ${x.S.de} ${x.R.de} ${x.I.de} geliefert.`],
  ]),
  en('attribution prefix', 'delivered', [
    ['government sources', (x) => `According to government sources, ${x.S.en} has delivered ${x.I.en} to ${x.R.en}.`],
    ['officials say', (x) => `Officials say ${x.S.en} sent ${x.I.en} to ${x.R.en}.`],
    ['Reuters', (x) => `According to Reuters, ${x.S.en} delivered ${x.I.en} to ${x.R.en}.`],
    ['as a spokesman said', (x) => `As a spokesman confirmed on Monday, ${x.S.en} has supplied ${x.I.en} to ${x.R.en}.`],
  ]),
  de('coordination: actors', (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S2, x.R, x.I, 'delivered')], [
    ['two suppliers', (x) => `${x.S.de} und ${x.S2.de} haben ${x.R.de} ${x.I.de} geliefert.`],
    ['two recipients dat', (x) => `${x.S.de} hat ${x.R.de} und ${x.R2.de} ${x.I.de} geliefert.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S, x.R2, x.I, 'delivered')]],
    ['two recipients an', (x) => `${x.S.de} hat ${x.I.de} an ${x.R.de} und ${x.R2.de} geliefert.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S, x.R2, x.I, 'delivered')]],
    ['three suppliers aus', (x) => `${x.R.de} hat ${x.I.de} aus ${x.S.de}, ${x.S2.de} und ${x.R2.de} erhalten.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S2, x.R, x.I, 'delivered'), tuple(x.R2, x.R, x.I, 'delivered')]],
  ]),
  en('coordination: actors', (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S2, x.R, x.I, 'delivered')], [
    ['two suppliers', (x) => `${x.S.en} and ${x.S2.en} have delivered ${x.I.en} to ${x.R.en}.`],
    ['two recipients', (x) => `${x.S.en} has sent ${x.I.en} to ${x.R.en} and ${x.R2.en}.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S, x.R2, x.I, 'delivered')]],
    ['two recipients to each', (x) => `${x.S.en} delivered ${x.I.en} to ${x.R.en} and to ${x.R2.en}.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S, x.R2, x.I, 'delivered')]],
    ['three suppliers from', (x) => `${x.R.en} has obtained ${x.I.en} from ${x.S.en}, ${x.S2.en} and ${x.R2.en}.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S2, x.R, x.I, 'delivered'), tuple(x.R2, x.R, x.I, 'delivered')]],
  ]),
  de('coordination: items', (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S, x.R, x.I2, 'delivered')], [
    ['dat', (x) => `${x.S.de} hat ${x.R.de} ${x.I.de} und ${x.I2.de} geliefert.`],
    ['an', (x) => `${x.S.de} lieferte ${x.I.de} und ${x.I2.de} an ${x.R.de}.`],
    ['sowie', (x) => `${x.S.de} hat ${x.I.de} sowie ${x.I2.de} nach ${x.R.de} geschickt.`],
  ]),
  en('coordination: items', (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S, x.R, x.I2, 'delivered')], [
    ['and', (x) => `${x.S.en} has delivered ${x.I.en} and ${x.I2.en} to ${x.R.en}.`],
    ['supplied with', (x) => `${x.S.en} supplied ${x.R.en} with ${x.I.en} and ${x.I2.en}.`],
    ['as well as', (x) => `${x.S.en} sent ${x.I.en} as well as ${x.I2.en} to ${x.R.en}.`],
  ]),
  de('numbers with separators', 'delivered', [
    ['dat', (x) => `${x.S.de} hat ${x.R.de} ${x.N} ${x.I.de} geliefert.`],
    ['mehr als', (x) => `${x.S.de} lieferte mehr als ${x.N} ${x.I.de} an ${x.R.de}.`],
    ['rund', (x) => `${x.S.de} hat rund ${x.N} ${x.I.de} nach ${x.R.de} geschickt.`],
  ], { countable: true }),
  en('numbers with separators', 'delivered', [
    ['plain', (x) => `${x.S.en} has delivered ${x.N} ${x.I.en} to ${x.R.en}.`],
    ['more than', (x) => `${x.S.en} sent more than ${x.N} ${x.I.en} to ${x.R.en}.`],
    ['about', (x) => `${x.S.en} supplied about ${x.N} ${x.I.en} to ${x.R.en}.`],
  ], { countable: true }),
  de('dateline', 'delivered', DATELINES.de.map((d, i) => [`dateline ${i}`, (x: Slots) => `${d}${x.S.de} hat ${x.R.de} ${x.I.de} geliefert.`] as Template)),
  en('dateline', 'delivered', DATELINES.en.map((d, i) => [`dateline ${i}`, (x: Slots) => `${d}${x.S.en} has delivered ${x.I.en} to ${x.R.en}.`] as Template)),
  de('clause: two main clauses joined by a comma', (x) => [tuple(x.S, x.R, x.I, 'halted'), tuple(x.S2, x.R2, x.I2, 'delivered')], [
    ['stoppte, lieferte', (x) => `${x.S.de} stoppte die Lieferung von ${x.I.deDat} an ${x.R.de}, ${x.S2.de} lieferte ${x.R2.de} ${x.I2.de}.`],
    ['setzte aus, schickte', (x) => `${x.S.de} setzte die Ausfuhr von ${x.I.deDat} nach ${x.R.de} aus, ${x.S2.de} schickte ${x.I2.de} nach ${x.R2.de}.`],
  ]),
  en('clause: two main clauses joined by a comma', (x) => [tuple(x.S, x.R, x.I, 'halted'), tuple(x.S2, x.R2, x.I2, 'delivered')], [
    ['halted, sent', (x) => `${x.S.en} halted deliveries of ${x.I.en} to ${x.R.en}, ${x.S2.en} sent ${x.I2.en} to ${x.R2.en}.`],
    ['suspended, delivered', (x) => `${x.S.en} suspended exports of ${x.I.en} to ${x.R.en}, ${x.S2.en} delivered ${x.I2.en} to ${x.R2.en}.`],
  ]),
  // ---------- items ----------
  de('items: named system with its class noun', headed('delivered'), [
    ['Perfekt', (x) => `${x.S.de} hat ${x.R.de} ${headedItem(x).de} geliefert.`],
    ['Zusage', (x) => `${x.S.de} sagte ${x.R.de} weitere ${headedItem(x).de} zu.`, headed('expected')],
  ]),
  en('items: named system with its class noun', headed('delivered'), [
    ['past', (x) => `${x.S.en} sent ${headedItem(x).en} to ${x.R.en}.`],
    ['pledge', (x) => `${x.S.en} pledged more ${headedItem(x).en} to ${x.R.en}.`, headed('expected')],
  ]),
  // ---------- discourse ----------
  de('discourse: both sides', bothSides('expected'), [
    ['beide Regierungen Vertrag', (x) => `${x.S.de} hat ${x.R.de} ${x.I2.de} geliefert. Im Mai unterzeichneten beide Regierungen einen Vertrag über ${x.I.de}.`],
    ['beide Länder geschlossen', (x) => `${x.S.de} hat ${x.R.de} ${x.I2.de} geliefert. Beide Länder haben zudem einen Vertrag über ${x.I.de} geschlossen.`],
    ['die beiden Staaten vereinbart', (x) => `${x.S.de} hat ${x.R.de} ${x.I2.de} geliefert. Die beiden Staaten vereinbarten außerdem den Kauf von ${x.I.deDat}.`],
    ['beide Seiten verhandeln Einzelheiten', (x) => `${x.S.de} will ${x.R.de} ${x.I.de} verkaufen. Nun verhandeln beide Seiten über die Einzelheiten.`, (x) => [tuple(x.S, x.R, x.I, 'expected'), tuple(x.S, x.R, x.I, 'negotiating')]],
  ]),
  en('discourse: both sides', bothSides('expected'), [
    ['both governments signed', (x) => `${x.S.en} delivered ${x.I2.en} to ${x.R.en} last year. In May both governments signed a contract for ${x.I.en}.`],
    ['the two countries agreed', (x) => `${x.S.en} delivered ${x.I2.en} to ${x.R.en} last year. The two countries have also agreed on a deal for ${x.I.en}.`],
    ['both sides signed', (x) => `${x.S.en} delivered ${x.I2.en} to ${x.R.en} last year. Both sides then signed an agreement on ${x.I.en}.`],
    ['the two sides discussing terms', (x) => `${x.S.en} wants to sell ${x.I.en} to ${x.R.en}. The two sides are still discussing terms.`, (x) => [tuple(x.S, x.R, x.I, 'expected'), tuple(x.S, x.R, x.I, 'negotiating')]],
  ]),
  de('discourse: what a package holds', packageHolds, [
    ['Paket umfasst', (x) => `${x.S.de} hat ${x.R.de} ein neues Rüstungspaket zugesagt. Es umfasst ${x.I.de}.`],
    ['Paket enthält', (x) => `${x.S.de} will ${x.R.de} ein weiteres Waffenpaket liefern. Das Paket enthält vor allem ${x.I.de}.`],
    ['Paket beinhaltet', (x) => `${x.S.de} kündigte für ${x.R.de} ein Militärhilfepaket an. Es beinhaltet unter anderem ${x.I.de}.`],
  ]),
  en('discourse: what a package holds', packageHolds, [
    ['package includes', (x) => `${x.S.en} has pledged a new arms package to ${x.R.en}. It includes ${x.I.en}.`],
    ['package covers', (x) => `${x.S.en} will send a further weapons package to ${x.R.en}. The package covers ${x.I.en}.`],
    ['package comprises', (x) => `${x.S.en} announced a military aid package for ${x.R.en}. It comprises ${x.I.en}.`],
  ]),
  // ---------- invariance ----------
  ...(['de', 'en'] as Language[]).flatMap((lang) => {
    const mk = lang === 'de' ? de : en;
    const other: Template[] =
      lang === 'de'
        ? [
            ['other pair, no transfer', (x) => `${BASE.de[0][1](x)} ${x.S2.de} verhandelt mit ${x.R2.de} über ein Handelsabkommen.`, 'delivered'],
            ['other pair, other transfer', (x) => `${BASE.de[1][1](x)} ${x.S2.de} wird ${x.R2.de} ${x.I2.de} liefern.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S2, x.R2, x.I2, 'expected')]],
            ['other pair, agreement', (x) => `${BASE.de[2][1](x)} ${x.S2.de} und ${x.R2.de} vereinbarten eine engere Zusammenarbeit im Handel.`, 'delivered'],
          ]
        : [
            ['other pair, no transfer', (x) => `${BASE.en[0][1](x)} ${x.S2.en} is negotiating a trade deal with ${x.R2.en}.`, 'delivered'],
            ['other pair, other transfer', (x) => `${BASE.en[1][1](x)} ${x.S2.en} will deliver ${x.I2.en} to ${x.R2.en}.`, (x) => [tuple(x.S, x.R, x.I, 'delivered'), tuple(x.S2, x.R2, x.I2, 'expected')]],
            ['other pair, agreement', (x) => `${BASE.en[2][1](x)} ${x.S2.en} and ${x.R2.en} agreed to expand trade.`, 'delivered'],
          ];
    return [
      mk('invariance: renamed actors', 'delivered', BASE[lang], { pair: renameActors }),
      mk('invariance: renamed item', 'delivered', BASE[lang], { pair: renameItem }),
      mk('invariance: unrelated sentence before', 'delivered', withBase(lang, (b, x) => `${UNRELATED[lang][x.S.en.length % UNRELATED[lang].length]} ${b}`)),
      mk('invariance: unrelated sentence after', 'delivered', withBase(lang, (b, x) => `${b} ${UNRELATED[lang][x.R.en.length % UNRELATED[lang].length]}`)),
      mk('invariance: another pair in the next sentence', 'delivered', other),
    ];
  }),
];

function expectedOf(expect: Expect, x: Slots): ExpectedTuple[] {
  return typeof expect === 'function' ? expect(x) : main(expect)(x);
}

/** The cases of one capability definition: CASES_PER_CAPABILITY of them, templates in turn, no text twice. */
function casesOf(def: CapabilityDef, count = CASES_PER_CAPABILITY): CapabilityCase[] {
  const rng = mulberry32(seedOf(`${def.capability}|${def.language}`));
  const out: CapabilityCase[] = [];
  const seen = new Set<string>();
  for (let k = 0, tries = 0; out.length < count && tries < count * 20; tries++, k++) {
    const [id, text, expect] = def.templates[k % def.templates.length];
    const x = sampleSlots(rng, def.language, !!def.countable);
    const variants: Array<[Slots, string]> = def.pair ? [[x, 'base'], [def.pair(x, rng), 'variant']] : [[x, '']];
    const made = variants.map(([v, tag]) => ({
      capability: def.capability,
      language: def.language,
      text: text(v),
      expected: expectedOf(expect ?? def.expect, v),
      origin: `template "${id}"${tag ? ` (${tag} of pair ${Math.floor(out.length / 2)})` : ''}; ${v.S.en} → ${v.R.en}, ${v.I.source}${text(v).includes(v.I2.de) || text(v).includes(v.I2.en) ? `, ${v.I2.source}` : ''}`,
    }));
    if (made.some((m) => seen.has(m.text))) continue;
    for (const m of made) {
      seen.add(m.text);
      out.push(m);
    }
  }
  return out;
}

/** Every template capability's cases, in definition order. */
export function templateCases(): CapabilityCase[] {
  return CAPABILITIES.flatMap((d) => casesOf(d));
}
