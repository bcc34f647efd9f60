import { Fragment } from 'react';
import type { TextPart } from './highlight.ts';

/** Text with its matched words in `<mark>`: React elements, never an HTML string. */
export function HighlightedText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
