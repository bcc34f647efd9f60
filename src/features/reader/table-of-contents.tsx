import { useId, useMemo, useState } from 'react';
import { HashLink } from '../../components/hash-link.tsx';
import type { Section } from '../../shared/content-types.ts';
import { useActiveSection } from './use-active-section.ts';

interface Props {
  sections: readonly Section[];
  /** Sections the reader has already read, marked in the list. */
  read?: ReadonlySet<string>;
  /** False while the text is still arriving: the contents follow the headings in the page so far. */
  textComplete: boolean;
}

/**
 * The article's sections; sticky beside the text on wide screens, a disclosure on narrow ones.
 * It follows the section being read itself, so only the list renders again as the reader scrolls.
 */
export function TableOfContents({ sections, read, textComplete }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const ids = useMemo(() => sections.map((s) => s.id), [sections]);
  const active = useActiveSection(ids, textComplete);
  return (
    <nav className="toc" aria-label="Table of contents" data-open={open || undefined}>
      <button type="button" className="toc__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        Contents
      </button>
      <h2 className="toc__title">Contents</h2>
      <ol className="toc__list" id={listId}>
        {sections.map((section) => (
          <li key={section.id} className={`toc__item toc__item--${section.depth}`} data-read={read?.has(section.id) || undefined}>
            <HashLink target={section.id} aria-current={active === section.id ? 'location' : undefined} onClick={() => setOpen(false)}>
              {section.title}
              {read?.has(section.id) ? <span className="visually-hidden"> (read)</span> : null}
            </HashLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
