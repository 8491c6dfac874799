import { relativeTimes } from '../../src/extract/dates';
import { analyse, clean, findWhen, parseFullDate, resolveName, ruleExtractor, segment } from '../../src/extract';
import { quantityBefore } from '../../src/extract/quantities';
import { cueStatus } from '../../src/extract/status';
import { fold } from '../../src/lexicon';

describe('clean', () => {
  const text = '1. Zum Inhalt springen\nTeilen\n5. Januar 2024\nhttps://p.dw.com/p/4asTa\nNordkorea liefert Raketen an Russland.\nKim Jong Un bei einer Sitzung Bild: KCNA/REUTERS\nFehler im Artikel gefunden? Jetzt melden.';
  const doc = clean({ text });

  it('blanks boilerplate without moving offsets', () => {
    expect(doc.norm.length).toBe(text.length);
    expect(doc.norm).not.toContain('zum inhalt');
    expect(doc.norm).not.toContain('teilen');
    expect(doc.norm).not.toContain('reuters');
    expect(doc.norm.indexOf('nordkorea liefert')).toBe(text.indexOf('Nordkorea liefert'));
  });

  it('takes date, URL and outlet from the text', () => {
    expect(doc.publishedAt).toBe('2024-01-05');
    expect(doc.url).toBe('https://p.dw.com/p/4asTa');
    expect(doc.outlet).toBe('Deutsche Welle');
  });

  it.each([
    ['WARSCHAU, 13. August 2024 (AFP) – Polen hat Hubschrauber bestellt.', '2024-08-13', 'polen hat'],
    ['June 2, 2021 – Two warships are sailing south.', '2021-06-02', 'two warships'],
    ['SEOUL, Aug 1 (Yonhap) – Warsaw has ordered tanks.', null, 'warsaw has'],
    ['WASHINGTON (AP) – The United States has halted a delivery.', null, 'the united states'],
    ['NEU-DELHI, 24. November 2024 – Indien hat geliefert.', '2024-11-24', 'indien hat'],
  ])('reads the wire dateline of "%s": date %s, story from "%s"', (line, date, story) => {
    const d = clean({ text: `Title of the report here\n\n${line}` });
    expect(d.publishedAt).toBe(date);
    expect(d.reportDate).toBe(date);
    expect(d.norm.trim().split(/\s{2,}/).pop()!.startsWith(story)).toBe(true);
  });

  it.each([
    ['Kinshasa, Mai 2024 – Kongo hat Drohnen erhalten.', '2024-05', 'kongo hat'],
    ['ISLAMABAD, April 2023 — Pakistan has denied it.', '2023-04', 'pakistan has'],
    ['NAYPYIDAW/MOSKAU, 2025 – Myanmar dankt Moskau.', '2025', 'myanmar dankt'],
  ])('dates the report by a dateline that gives only a month or a year: "%s" is %s, no publication day', (line, month, story) => {
    const d = clean({ text: `Title of the report here\n\n${line}` });
    expect(d.publishedAt).toBeNull();
    expect(d.reportDate).toBe(month);
    expect(d.norm.trim().split(/\s{2,}/).pop()!.startsWith(story)).toBe(true);
  });

  it('reads a date line of month and year, and the date of a live blog in its headline', () => {
    expect(clean({ text: 'Der Ticker zum Nachlesen\n\nDezember 2024\nSelenskyj sagte am Montag …' }).reportDate).toBe('2024-12');
    const blog = clean({ text: 'Krieg in der Ukraine – der Liveblog vom Mittwoch, 13. Dezember 2023\n\nSelenskyj ist in Oslo eingetroffen.' });
    expect(blog.publishedAt).toBe('2023-12-13');
    expect(blog.title).toContain('Liveblog');
  });

  it('keeps a headline with a dash whole: a clause is no dateline place', () => {
    const d = clean({ text: 'Nordkoreas Soldaten an Russlands Seite – der Ticker zum Nachlesen\n\nText.' });
    expect(d.norm).toContain('nordkoreas soldaten an russlands seite');
  });

  it('folds non-breaking spaces and diacritics one character for one', () => {
    expect(fold('Saporíschschja\u00a0Oblast')).toBe('saporischschja oblast');
  });
});

describe('segment', () => {
  it('keeps "am 30. Dezember" and "z. B." inside a sentence', () => {
    const text = 'Am 30. Dezember schoss Russland eine Rakete ab. Waffen, z. B. Drohnen, kamen hinzu. Dann kam Kirby.';
    const sentences = segment(clean({ text }));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Am 30. Dezember schoss Russland eine Rakete ab.',
      'Waffen, z. B. Drohnen, kamen hinzu.',
      'Dann kam Kirby.',
    ]);
  });
});

describe('dates', () => {
  it('reads date lines in German and English', () => {
    expect(parseFullDate('5. januar 2024')?.date).toBe('2024-01-05');
    expect(parseFullDate('16. november, 2024')?.date).toBe('2024-11-16');
    expect(parseFullDate('january 5, 2024')?.date).toBe('2024-01-05');
  });

  it('normalises times against the article date', () => {
    expect(findWhen('am 30. dezember schoss russland', '2024-01-05', true)).toBe('2023-12-30');
    // Article of Friday 5 January 2024: "am Dienstag" in past-tense reporting is Tuesday 2 January.
    expect(findWhen('am dienstag wurden raketen abgefeuert', '2024-01-05', true)).toBe('2024-01-02');
    expect(findWhen('kim traf putin im september', '2024-01-05', true)).toBe('2023-09');
    expect(findWhen('im september', '2024-11-16', true)).toBe('2024-09');
    expect(findWhen('kurzlich geliefert', '2024-11-16', true)).toBe('2024-11');
    expect(findWhen('am dienstag', null, true)).toBeNull();
    expect(findWhen('von 2016 bis 2020 gingen 38 prozent', '2022-03-13', true)).toBe('2016');
    expect(findWhen('in den 1980er jahren arbeiteten', '2025-09-20', true)).toBe('1980');
    expect(findWhen('die lieferung ist fur ende 2026 geplant', '2025-01-01', false)).toBe('2026');
    expect(findWhen('the dispute goes back to april 2017, when', '2025-05-16', true)).toBe('2017-04');
    expect(findWhen('tschechien hatte bereits 2022 panzer uberlassen', '2025-01-17', true)).toBe('2022');
    // Thursday 25 April 2024 is the Thursday evening before an article of Saturday 27 April.
    expect(findWhen('am donnerstagabend landete ein flugzeug', '2024-04-27', true)).toBe('2024-04-25');
  });

  it('reads times against an article date that gives only a month or a year', () => {
    expect(findWhen('am 15. mai geliefert', '2024-05', true)).toBe('2024-05-15');
    expect(findWhen('im vergangenen monat zugesagt', '2024-05', true)).toBe('2024-04');
    expect(findWhen('im dezember geliefert', '2025', true)).toBe('2025-12');
    // a weekday needs the day of the report
    expect(findWhen('am dienstag geliefert', '2024-05', true)).toBeNull();
  });

  it.each(relativeTimes.flatMap((r) => r.examples.map(([text, date, when]) => [r.forms[0], text, date, when])))(
    'relative time "%s": "%s" of %s is %s',
    (_form, text, date, when) => {
      expect(findWhen(text, date, true)).toBe(when);
      expect(findWhen(text, null, true)).toBeNull();
    },
  );
});

describe('quantities', () => {
  const q = (s: string, unit: string | null = 'container') => quantityBefore(fold(s), s.length, unit);
  it('reads German and English amounts', () => {
    expect(q('mehr als 1.000 ')).toEqual({ value: 1000, approx: 'more than', unit: 'container' });
    expect(q('mehr als tausend ')).toEqual({ value: 1000, approx: 'more than', unit: 'container' });
    expect(q('rund 900 ', 'kilometre')).toEqual({ value: 900, approx: 'about', unit: 'kilometre' });
    expect(q('Hunderte ', 'drone')).toEqual({ value: null, approx: 'hundreds', unit: 'drone' });
    expect(q('darunter 10.000 ', 'soldier')).toEqual({ value: 10000, approx: 'exact', unit: 'soldier' });
    expect(q('more than 3 million ', 'shell')).toEqual({ value: 3000000, approx: 'more than', unit: 'shell' });
    expect(q('im Jahr 2023 ')).toBeNull();
    expect(q('ihre ersten drei ', 'aircraft')).toEqual({ value: 3, approx: 'exact', unit: 'aircraft' });
    expect(q('sechs neue Mehrzweck', 'aircraft')).toEqual({ value: 6, approx: 'exact', unit: 'aircraft' });
    expect(q('a deal worth $100 million for ', 'aircraft')).toBeNull();
    expect(q('für 875 Millionen Dollar ', 'aircraft')).toBeNull();
    expect(q('elf ', 'ship')).toEqual({ value: 11, approx: 'exact', unit: 'ship' });
    expect(q('forty ', 'tank')).toEqual({ value: 40, approx: 'exact', unit: 'tank' });
    // a model designation between number and item ("five AW-119Kx helicopters"), but no second number
    expect(q('five AW-119Kx ', 'helicopter')).toEqual({ value: 5, approx: 'exact', unit: 'helicopter' });
    expect(q('2022 36 ', 'aircraft')).toEqual({ value: 36, approx: 'exact', unit: 'aircraft' });
    // "über" after a deal noun is what the deal is about
    expect(q('einen Vertrag über 48 ', 'aircraft')).toEqual({ value: 48, approx: 'exact', unit: 'aircraft' });
    expect(q('über 48 ', 'aircraft')).toEqual({ value: 48, approx: 'more than', unit: 'aircraft' });
    // "one million", "eine Million", a dozen and half a dozen
    expect(q('upwards of one million ', 'shell')).toEqual({ value: 1000000, approx: 'more than', unit: 'shell' });
    expect(q('eine Million ', 'shell')).toEqual({ value: 1000000, approx: 'exact', unit: 'shell' });
    expect(q('ein halbes Dutzend ', 'drone')).toEqual({ value: 6, approx: 'exact', unit: 'drone' });
    expect(q('a dozen ', 'drone')).toEqual({ value: 12, approx: 'exact', unit: 'drone' });
    expect(q('Dutzende ', 'drone')).toEqual({ value: null, approx: 'dozens', unit: 'drone' });
  });

  it('counts one for an indefinite article before the item, never for an article of another noun', () => {
    expect(q('ein weiteres ', 'system')).toEqual({ value: 1, approx: 'exact', unit: 'system' });
    expect(q('a second ', 'battery')).toEqual({ value: 1, approx: 'exact', unit: 'battery' });
    expect(q('a sale of ', 'aircraft')).toBeNull();
    expect(q('eine Lieferung von ', 'vehicle')).toBeNull();
  });
});

describe('status cues', () => {
  it.each([
    ['dass nordkorea kürzlich raketen an moskau geliefert habe', 'delivered'],
    ['dass pjöngjang im gegenzug technologie von moskau wolle', 'expected'],
    ['nordkorea dürfte dabei vor allem auf raketen setzen', 'expected'],
    ['es gebe gespräche über die lieferung von raketen', 'negotiating'],
    ['belarus soll panzer an russland abgegeben haben', 'unconfirmed'],
    ['iran bestreitet, drohnen geliefert zu haben', 'denied'],
    ['in exchange, pyongyang has received food', 'delivered'],
    ['russia may have provided technical assistance', 'unconfirmed'],
    ['die ukraine könnte in den kommenden jahren bis zu 150 gripen erwerben', 'expected'],
    ['belarus could receive the missile as early as next year', 'expected'],
    ['schweden möchte haubitzen an japan liefern', 'expected'],
    ['norwegen hätte gern cv90 aus kanada', 'expected'],
    ['kroatien steht im verdacht, polen haubitzen geliefert zu haben', 'unconfirmed'],
    ['es ist möglich, dass eine lieferung stattgefunden hat', 'unconfirmed'],
    ['washington had information suggesting that north korea was sending shells', 'unconfirmed'],
    ['russia was believed to be supplying technology', 'unconfirmed'],
    ['japan kann nun amerikanische marschflugkörper anschaffen', 'expected'],
    ['spanien schickt nächste woche sechs leopard', 'expected'],
    ['india concluded an agreement with the us for 31 drones', 'expected'],
    // a month is no modal: "in may 2023 … handing over western tanks"
    ['delivering storm shadow in may 2023, and the first to send western tanks, handing over 14 tanks', 'delivered'],
  ])('%s → %s', (clause, status) => expect(cueStatus(clause)).toBe(status));
});

describe('entities and attribution', () => {
  it('resolves aliases, demonyms and stand-ins case- and diacritic-insensitively', () => {
    for (const n of ['Pjöngjang', 'DPRK', 'Nordkorea', 'der Kreml', 'nordkoreanische', 'NORTH KOREA']) {
      expect(resolveName(n)?.id).toBe(n === 'der Kreml' ? 'russia' : 'north-korea');
    }
    expect(resolveName('Saporischschja', 'place')?.id).toBe('zaporizhzhia');
    expect(resolveName('Wladimir Putin')).toEqual({ id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person' });
    expect(resolveName('no such thing')).toBeNull();
  });

  it('reads German compounds as item classes', () => {
    const doc = analyse({ text: 'Pjöngjang lieferte 240-mm-Mehrfachraketenwerfersystemen, Artilleriemunition, Boden-Luft-Raketen und Langstreckenraketen-Systeme.' });
    const ids = doc.mentions.map((m) => `${m.type}:${m.id}`);
    expect(ids).toEqual(expect.arrayContaining(['actor:north-korea', 'weapon:240-mm-multiple-rocket-launcher', 'item:artillery-ammunition', 'item:surface-to-air-missile', 'item:long-range-missile']));
  });

  it('attributes a transfer to who says so', () => {
    const cases: Array<[string, string]> = [
      ['Laut US-Regierung hat Nordkorea Raketen an Russland geliefert.', 'United States'],
      ['Nordkorea habe Raketen an Russland geliefert, sagte John Kirby.', 'John Kirby'],
      ['Nach Einschätzung des ukrainischen Geheimdienstes hat Nordkorea Haubitzen an Russland geliefert.', 'Ukraine'],
    ];
    for (const [text, who] of cases) {
      const [t] = ruleExtractor.extract({ text }).transfers;
      expect(t.attribution).toBe(who);
      expect(t.supplier.id).toBe('north-korea');
      expect(t.recipient.id).toBe('russia');
    }
  });

  it('gives a spokesman his role and affiliation', () => {
    const r = ruleExtractor.extract({ text: 'Ankit Panda von der US-Stiftung Carnegie Endowment for International Peace sagte, das sei neu.' });
    const panda = r.entities.find((e) => e.id === 'ankit-panda');
    expect(panda?.affiliation).toBe('carnegie-endowment-for-international-peace');
  });
});

describe('transfers in English and German', () => {
  const one = (text: string) => ruleExtractor.extract({ text }).transfers.map((t) => `${t.supplier.id}>${t.recipient.id} ${t.category} ${t.status}`);
  it('reads direction from prepositions and verbs', () => {
    expect(one('Ukraine is expected to receive F-16 fighter jets from Denmark and the Netherlands.')).toEqual(['denmark>ukraine aircraft expected', 'netherlands>ukraine aircraft expected']);
    expect(one('Tehran has denied supplying drones to Russia.')).toEqual(['iran>russia drone denied']);
    expect(one('Germany remains reluctant to send Taurus cruise missiles to Ukraine.')).toEqual([]);
  });
});
