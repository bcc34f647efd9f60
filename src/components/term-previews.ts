import { createContext, useContext } from 'react';
import type { TermPreview } from '../shared/content-types.ts';

/** The glossary terms a piece of Markdown may link to, by id: what their preview cards show. */
export type TermPreviews = ReadonlyMap<string, TermPreview>;

/** Provided around Markdown whose term links should preview; without it they are plain links. */
export const TermPreviewsContext = createContext<TermPreviews>(new Map());

const GLOSSARY_PREFIX = '/glossary/';

/** The preview for a link's `href`, when it points at a term this page knows. */
export function useTermPreview(href: string): TermPreview | undefined {
  const previews = useContext(TermPreviewsContext);
  if (!href.startsWith(GLOSSARY_PREFIX)) return undefined;
  const id = href.slice(GLOSSARY_PREFIX.length).split(/[#?]/)[0] ?? '';
  return previews.get(id);
}
