import { useLoaderData } from 'react-router';
import { GlossaryIndex } from '../../features/glossary/glossary-index.tsx';
import type { GlossaryData } from '../../shared/content-types.ts';

/** `/glossary`: every term, by topic or A–Z, with a filter. */
export function GlossaryPage() {
  const glossary = useLoaderData() as GlossaryData;
  return (
    <div className="page glossary">
      <header className="page-header">
        <h1>Glossary</h1>
        <p className="lede">The words of miniature craft, each explained in plain language.</p>
      </header>
      <GlossaryIndex terms={glossary.terms} topics={glossary.topics} />
    </div>
  );
}
