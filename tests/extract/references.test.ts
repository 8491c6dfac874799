import { analyse } from '../../src/extract';
import { descriptions } from '../../src/extract/descriptions';
import { itemReferences } from '../../src/extract/item-references';
import { resolveName } from '../../src/lexicon';

const referred = (text: string, form: 'description' | 'pronoun', language: 'de' | 'en') =>
  analyse({ text, language }).mentions.filter((m) => m.form === form).map((m) => m.id);
const lang = (text: string): 'de' | 'en' => (/\b(?:the|has|and|said|would)\b/.test(text) ? 'en' : 'de');

describe('descriptions refer back to a state named before', () => {
  const cases = descriptions.flatMap((d) => d.examples.map((e) => [d.meaning, e.text, e.resolves] as const));
  it.each(cases)('%s: "%s" → %s', (_meaning, text, state) => {
    expect(referred(text, 'description', lang(text))).toEqual([resolveName(state, 'actor')!.id]);
  });

  it('needs a compatible state named in an earlier sentence', () => {
    expect(referred('Das Emirat hat Drohnen bestellt.', 'description', 'de')).toEqual([]);
    expect(referred('Polen rüstet auf. Das Emirat hat Drohnen bestellt.', 'description', 'de')).toEqual([]);
    // "dem Norden der Ukraine" is a part of a country, not North Korea
    expect(referred('Nordkorea testet Raketen. Aus dem Norden der Ukraine kamen Berichte.', 'description', 'de')).toEqual([]);
  });
});

describe('subject pronouns stand for the party named before them', () => {
  it.each([
    ['Die iranische Führung weist westliche Vorwürfe zurück, sie habe Russland mit Raketen versorgt.', 'de', 'iran'],
    ['Pyongyang says it never sold arms to Moscow.', 'en', 'north-korea'],
    ['China wies Berichte zurück, wonach es Iran Raketen geliefert habe.', 'de', 'china'],
  ] as const)('"%s"', (text, language, id) => {
    expect(referred(text, 'pronoun', language)).toEqual([id]);
  });

  it('leaves placeholders and plural things alone', () => {
    expect(referred('Russia denied the report. It is not clear who sent the drones.', 'pronoun', 'en')).toEqual([]);
    expect(referred('Drei Systeme hat Berlin geliefert, sie schützen die Hauptstadt Kiew.', 'pronoun', 'de')).toEqual([]);
    expect(referred('Russland bestreitet das, es gibt aber Belege für Lieferungen.', 'pronoun', 'de')).toEqual([]);
    expect(referred('Berlin schweigt, es soll aber bereits Munition geliefert worden sein.', 'pronoun', 'de')).toEqual([]);
  });
});

describe('item references refer back to a system named before', () => {
  const systemsReferred = (text: string) => {
    const doc = analyse({ text, language: lang(text) });
    return doc.mentions.filter((m) => m.form === 'reference').map((m) => m.id);
  };
  const cases = itemReferences.flatMap((r) => r.examples.map((e) => [r.meaning, e.text, e.resolves] as const));
  it.each(cases)('%s: "%s" → %s', (_meaning, text, system) => {
    expect(systemsReferred(text)).toEqual([resolveName(system, 'weapon')!.id]);
  });

  it('needs a determiner or a number, a compatible system, and no name right after', () => {
    // a bare plural names a class of things, not the system just named
    expect(systemsReferred('Indonesien hat 42 Rafale bestellt. Maschinen für die Wartung fehlen.')).toEqual([]);
    // a ship cannot be the aircraft named before
    expect(systemsReferred('Indonesien hat 42 Rafale bestellt. Die Schiffe kommen aus Italien.')).toEqual([]);
    // "Maschinen des Typs KAAN": the system is named with the noun
    expect(systemsReferred('Indonesien hat 42 Rafale bestellt. Dazu kommen 48 Maschinen des Typs KAAN.')).toEqual([]);
    // too far back: the paragraph has moved on
    expect(systemsReferred('Indonesien hat 42 Rafale bestellt. Eins. Zwei. Drei. Vier. Die Maschinen kommen 2026.')).toEqual([]);
  });

  it('gives a class noun after a determiner the system it refers to, so its maker supplies it', () => {
    const doc = analyse({ text: 'Thailand flies Gripen fighters. Hungary and the Czech Republic have ordered the jets too.', language: 'en' });
    expect(doc.mentions.filter((m) => m.type === 'item' && m.sentence === 1).map((m) => m.weaponId)).toEqual([resolveName('Gripen', 'weapon')!.id]);
  });
});
