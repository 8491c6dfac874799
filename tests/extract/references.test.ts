import { analyse } from '../../src/extract';
import { descriptions } from '../../src/extract/descriptions';
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
