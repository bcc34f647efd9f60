import { createContext, type ReactNode } from 'react';
import type { Section } from '../../shared/content-types.ts';

/** What the module-level heading components need to know about the article being read. */
export interface HeadingContextValue {
  sections: ReadonlyMap<string, Section>;
  /** Controls shown beside a section heading (bookmark toggle). */
  actions?: (section: Section) => ReactNode;
}

export const HeadingContext = createContext<HeadingContextValue>({ sections: new Map() });
