/**
 * The capability suite: a registry of case sources and a runner that reads every case with an
 * extractor and compares the (supplier, recipient, category, status) tuples exactly.
 *
 * Another module contributes cases by adding a source to CASE_SOURCES (or calling
 * registerCaseSource). The predicate lexicon (src/lexicon/predicates/, issue 12 §1) plugs in
 * through `predicateCases`: each entry's examples become "predicate: <meaning>" cases.
 */
import type { Meaning, PredicateExample } from '../../lexicon/predicates/types';
import { resolveName, slug } from '../../lexicon';
import { predicateEntries } from '../../lexicon/predicates';
import type { Extractor, Language } from '../../record';
import { templateCases } from './generate';
import type { CapabilityCase, ExpectedTuple } from './types';

export type { CapabilityCase, ExpectedTuple } from './types';

/** An entry of the predicate lexicon as far as the suite needs it. */
export interface PredicateExampleSource {
  lemma: string;
  language: Language;
  meaning: Meaning;
  examples: PredicateExample[];
}

/** The examples of predicate lexicon entries as capability cases "predicate: <meaning>". */
export function predicateCases(entries: PredicateExampleSource[]): CapabilityCase[] {
  return entries.flatMap((e) =>
    e.examples.map((ex) => ({ capability: `predicate: ${e.meaning}`, language: e.language, text: ex.text, expected: ex.expected, origin: `predicate lexicon: ${e.language} "${e.lemma}"` })),
  );
}

/** Where cases come from: the templates, and the examples every predicate lexicon entry carries. */
export const CASE_SOURCES: Array<() => CapabilityCase[]> = [templateCases, () => predicateCases([...predicateEntries('de'), ...predicateEntries('en')])];

export function registerCaseSource(source: () => CapabilityCase[]): void {
  CASE_SOURCES.push(source);
}

/** Every case of every source, in order. */
export function capabilityCases(): CapabilityCase[] {
  return CASE_SOURCES.flatMap((s) => s());
}

const actorId = (name: string) => resolveName(name, 'actor')?.id ?? slug(name);
export const tupleKey = (t: { supplier: string; recipient: string; category: string; status: string }) => `${t.supplier} → ${t.recipient} ${t.category} ${t.status}`;
const expectedKey = (t: ExpectedTuple) => tupleKey({ ...t, supplier: actorId(t.supplier), recipient: actorId(t.recipient) });

export interface CaseResult {
  case: CapabilityCase;
  pass: boolean;
  expected: string[];
  got: string[];
}

export interface CapabilityRate {
  capability: string;
  language: Language;
  total: number;
  passed: number;
  rate: number;
}

export interface CapabilityReport {
  extractor: { name: string; version: string };
  cases: number;
  passed: number;
  rates: CapabilityRate[];
  failures: CaseResult[];
}

/** Reads one case as a one-text article in its language and compares the tuple sets exactly. */
export function runCase(extractor: Extractor, c: CapabilityCase): CaseResult {
  const record = extractor.extract({ text: c.text, language: c.language, file: null });
  const got = [...new Set(record.transfers.map((t) => tupleKey({ supplier: t.supplier.id, recipient: t.recipient.id, category: t.category, status: t.status })))].sort();
  const expected = [...new Set(c.expected.map(expectedKey))].sort();
  return { case: c, pass: got.length === expected.length && got.every((k, i) => k === expected[i]), expected, got };
}

export function runCapabilities(extractor: Extractor, cases: CapabilityCase[] = capabilityCases()): CapabilityReport {
  const results = cases.map((c) => runCase(extractor, c));
  const by = new Map<string, CapabilityRate>();
  for (const r of results) {
    const k = `${r.case.capability}|${r.case.language}`;
    const rate = by.get(k) ?? { capability: r.case.capability, language: r.case.language, total: 0, passed: 0, rate: 0 };
    rate.total++;
    if (r.pass) rate.passed++;
    rate.rate = rate.passed / rate.total;
    by.set(k, rate);
  }
  return {
    extractor: { name: extractor.name, version: extractor.version },
    cases: results.length,
    passed: results.filter((r) => r.pass).length,
    rates: [...by.values()],
    failures: results.filter((r) => !r.pass),
  };
}

export function formatCapabilityReport(r: CapabilityReport, opts: { failures?: boolean } = {}): string {
  const caps = [...new Set(r.rates.map((x) => x.capability))];
  const cell = (cap: string, lang: Language) => {
    const x = r.rates.find((y) => y.capability === cap && y.language === lang);
    return x ? `${(x.rate * 100).toFixed(0).padStart(4)} % (${String(x.passed).padStart(2)}/${String(x.total).padStart(2)})` : '       —       ';
  };
  const w = Math.max(...caps.map((c) => c.length), 10);
  const lines = [
    `${r.extractor.name} ${r.extractor.version}: ${r.passed} of ${r.cases} cases pass (${((r.passed / Math.max(r.cases, 1)) * 100).toFixed(1)} %)`,
    '',
    `${'capability'.padEnd(w)}   ${'de'.padEnd(15)}   en`,
  ];
  for (const c of caps) lines.push(`${c.padEnd(w)}   ${cell(c, 'de')}   ${cell(c, 'en')}`);
  if (opts.failures !== false && r.failures.length) {
    lines.push('', 'failing cases');
    let last = '';
    for (const f of r.failures) {
      const head = `${f.case.capability} [${f.case.language}]`;
      if (head !== last) lines.push('', head);
      last = head;
      lines.push(`  ${f.case.text}`, `    expected: ${f.expected.join('; ') || '(nothing)'}`, `    got:      ${f.got.join('; ') || '(nothing)'}`);
    }
  }
  return lines.join('\n');
}
