import { pluralForms } from '../../shared/term-matcher.ts';

/**
 * The aliases worth showing a reader: without the plurals of the name or of another alias, which
 * content lists so they redirect but which say nothing new ("TPEs" beside "TPE").
 */
export function displayAliases(term: string, aliases: readonly string[]): string[] {
  const key = (form: string) => form.toLowerCase().replace(/\s+/g, ' ').trim();
  const plurals = new Set([term, ...aliases].flatMap(pluralForms).map(key));
  const seen = new Set([key(term)]);
  return aliases.filter((alias) => {
    const k = key(alias);
    if (plurals.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
