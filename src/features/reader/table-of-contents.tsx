import { useId, useState } from 'react';
import type { Section } from '../../shared/content-types.ts';
import type { SectionId } from '../../shared/ids.ts';

interface Props {
  sections: readonly Section[];
  active: SectionId | null;
  /** Sections the reader has already read, marked in the list. */
  read?: ReadonlySet<string>;
}

/** The article's sections; sticky beside the text on wide screens, a disclosure on narrow ones. */
export function TableOfContents({ sections, active, read }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <nav className="toc" aria-label="Table of contents" data-open={open || undefined}>
      <button type="button" className="toc__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        Contents
      </button>
      <h2 className="toc__title">Contents</h2>
      <ol className="toc__list" id={listId}>
        {sections.map((section) => (
          <li key={section.id} className={`toc__item toc__item--${section.depth}`} data-read={read?.has(section.id) || undefined}>
            <a
              href={`#${section.id}`}
              aria-current={active === section.id ? 'location' : undefined}
              onClick={() => setOpen(false)}
            >
              {section.title}
              {read?.has(section.id) ? <span className="visually-hidden"> (read)</span> : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
