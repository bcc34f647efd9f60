import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { GlossaryData } from '../../shared/content-types.ts';
import { filterTerms, queryWords } from './filter-terms.ts';
import { GlossaryFilter } from './glossary-filter.tsx';
import { groupByLetter, groupByTopic } from './group-terms.ts';
import { LetterNav } from './letter-nav.tsx';
import { TermGroups } from './term-groups.tsx';
import { ViewSwitch, type GlossaryView } from './view-switch.tsx';
import './glossary.css';

/**
 * The glossary index: every term by topic or A–Z, narrowed by the filter as you type. Both start
 * as the prerendered page shows them (all terms, by topic), so hydration never sees a difference;
 * they are passing view state, so they live here rather than in the URL or the store.
 */
export function GlossaryIndex({ terms, topics }: GlossaryData) {
  const [query, setQuery] = useState('');
  const [view, setView] = useState<GlossaryView>('topic');
  const countId = useId();
  const deferred = useDeferredValue(query);
  const words = useMemo(() => queryWords(deferred), [deferred]);
  const filtered = useMemo(() => filterTerms(terms, deferred), [terms, deferred]);
  const groups = useMemo(() => (view === 'topic' ? groupByTopic(filtered, topics) : groupByLetter(filtered)), [view, filtered, topics]);
  const topicTitles = useMemo(() => new Map(topics.map((t) => [t.id as string, t.title])), [topics]);
  const input = useRef<HTMLInputElement>(null);
  const clear = useCallback(() => {
    setQuery('');
    input.current?.focus();
  }, []);

  return (
    <>
      <div className="glossary-toolbar">
        <GlossaryFilter query={query} onChange={setQuery} describedBy={countId} input={input} />
        <ViewSwitch view={view} onChange={setView} />
      </div>
      <p id={countId} className="result-count glossary-count" role="status">
        {words.length ? `${filtered.length} of ${terms.length} terms ${filtered.length === 1 ? 'matches' : 'match'}` : `${terms.length} terms`}
      </p>
      {view === 'az' && groups.length ? <LetterNav groups={groups} /> : null}
      {groups.length ? (
        <TermGroups groups={groups} words={words} topicTitles={view === 'az' ? topicTitles : undefined} />
      ) : (
        <div className="glossary-empty">
          <p>No term, alias or definition contains “{deferred.trim()}”.</p>
          <button type="button" className="button" onClick={clear}>
            Clear the filter
          </button>
        </div>
      )}
    </>
  );
}
