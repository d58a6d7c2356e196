/** A suite module: `run` receives the arguments after the suite name and prints its report. */
export interface SuiteModule {
  run(args: string[]): Promise<void>;
}

export type SuiteTable = Record<string, () => Promise<SuiteModule>>;

/** Runs the named suites in order (all of them when none is named). */
export async function runSuite(kind: string, argv: string[], suites: SuiteTable): Promise<void> {
  const [name, ...rest] = argv;
  const names = name && !name.startsWith('-') ? [name] : Object.keys(suites);
  for (const suiteName of names) {
    const load = suites[suiteName];
    if (!load) {
      console.error(`Unknown ${kind} suite "${suiteName}". Known: ${Object.keys(suites).join(', ')}.`);
      process.exitCode = 2;
      return;
    }
    if (names.length > 1) console.log(`\n## ${kind} ${suiteName}`);
    const suite = await load();
    await suite.run(name === suiteName ? rest : []);
  }
}
