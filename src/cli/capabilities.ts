/**
 * npm run eval:capabilities [-- --json] [--lang de|en] [--capability TEXT] [--no-failures]
 * Runs the capability suite (src/eval/capabilities) through the rule extractor: pass rate per
 * capability and language, then every failing sentence with what was expected and what came out.
 */
import { ruleExtractor } from '../extract';
import { capabilityCases, formatCapabilityReport, runCapabilities } from '../eval/capabilities';
import { runCli } from './run';

function arg(argv: string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : null;
}

runCli(async () => {
  const argv = process.argv.slice(2);
  const lang = arg(argv, '--lang');
  const capability = arg(argv, '--capability');
  const cases = capabilityCases().filter((c) => (!lang || c.language === lang) && (!capability || c.capability.includes(capability)));
  const report = runCapabilities(ruleExtractor, cases);
  process.stdout.write((argv.includes('--json') ? JSON.stringify(report, null, 2) : formatCapabilityReport(report, { failures: !argv.includes('--no-failures') })) + '\n');
  return 0;
});
