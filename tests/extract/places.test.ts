/** Place recognition: sentences written for the test, German and English. */
import { ruleExtractor } from '../../src/extract';

const run = (text: string) => ruleExtractor.extract({ text, publishedAt: '2024-05-01' });
const names = (text: string, type = 'place') => run(text).entities.filter((e) => e.type === type).map((e) => e.name);

describe('agency datelines', () => {
  it('takes the place of a capitalised wire dateline', () => {
    expect(names('Arms for the front\n\nWARSAW, March 3, 2024 (Reuters) – Poland will send more tanks to Ukraine, officials said.')).toContain('Warsaw');
    expect(names('Neue Panzer für die Ukraine\n\nPRAG, 4. März 2024 – Tschechien liefert weitere Panzer an die Ukraine.')).toContain('Prague');
  });
  it('keeps offsets on the dateline name', () => {
    const r = run('Titel der Meldung hier\n\nKIEW, 2. Mai 2024 – Die Ukraine erhält neue Raketen.');
    const kyiv = r.entities.find((e) => e.id === 'kyiv')!;
    for (const m of kyiv.mentions) expect(r.article.text.slice(m.start, m.end)).toBe(m.text);
  });
  it('does not take a desk line of two cities as places', () => {
    expect(names('Neue Hilfe für die Ukraine\n\nBerlin/Paris, 4. März 2024\n\nDeutschland liefert Munition an die Ukraine.')).toEqual([]);
  });
});

describe('capitals as places or governments', () => {
  it('reads a ministry or government "in" a capital as the government', () => {
    expect(names('Das Außenministerium in Ankara wies die Berichte zurück.')).toEqual([]);
    expect(names('Officials in Stockholm declined to comment on the jets.')).toEqual([]);
    expect(names('Die Regierung in Minsk bestreitet die Lieferung.', 'actor')).toContain('Belarus');
  });
  it('takes the target of an attack as a place, but not a war or sanctions against a government', () => {
    expect(names('Russia launched dozens of drones against Kyiv overnight.')).toEqual(['Kyiv']);
    expect(names('The failed advance on Kyiv in 2022 began from Belarus.')).toContain('Kyiv');
    expect(names('Die EU hat wegen des Angriffskriegs Sanktionen gegen Minsk verhängt.')).toEqual([]);
  });
  it('takes a capital named as the capital as a place', () => {
    expect(names('Die Systeme schützen die Hauptstadt Kiew vor Raketen.')).toEqual(['Kyiv']);
  });
  it('does not take a name that modifies an organisation as a place', () => {
    expect(names('said an analyst at a London-based think tank.')).toEqual([]);
    expect(names('Missiles hit a ship of the Black Sea Fleet.')).toEqual([]);
  });
});

describe('gazetteer names', () => {
  it('needs a capitalised name and no German article after the locative', () => {
    expect(names('Europa ist in der Lage, mehr Munition zu liefern.')).toEqual([]);
    expect(names('Zwei Jahre später kamen weitere Systeme hinzu.')).toEqual([]);
    expect(names('Most of the drones were assembled in Russia.')).toEqual([]);
  });
  it('still takes a town after an English article before a facility noun', () => {
    expect(names('Output at the Komsomolsk-on-Amur plant has fallen.')).toEqual(['Komsomolsk-on-Amur']);
    expect(names('Production at the plant in Komsomolsk-on-Amur has fallen.')).toEqual(['Komsomolsk-on-Amur']);
  });
  it('reads German plural region nouns as a list of oblasts', () => {
    expect(names('Die Luftabwehr schoss über den Gebieten Charkiw und Poltawa zwölf Drohnen ab.')).toEqual(['Kharkiv Oblast', 'Poltava Oblast']);
    expect(names('Drones were shot down over the regions of Sumy and Chernihiv.')).toEqual(['Sumy Oblast', 'Chernihiv Oblast']);
    expect(names('Fighting continued in the region of Kharkiv.')).toEqual(['Kharkiv Oblast']);
  });
});

describe('curated places', () => {
  it('knows frontline villages, rivers and regions in German and English spelling', () => {
    expect(names('Ukrainian troops advanced near Klishchiivka and Robotyne.')).toEqual(['Klishchiivka', 'Robotyne']);
    expect(names('Die Truppen halten Stellungen bei Wuhledar.')).toEqual(['Vuhledar']);
    expect(names('Die Güterzüge überqueren den Grenzfluss Tumen.')).toEqual(['Tumen River']);
    expect(names('Teile kamen über Händler in Zentralasien.')).toEqual(['Central Asia']);
  });
  it('names a port by its town', () => {
    expect(names('Die Container wurden über den Hafen Rajin verschifft.')).toEqual(['Rason']);
  });
});
