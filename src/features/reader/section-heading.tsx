import { useContext, type ComponentProps } from 'react';
import { HashLink } from '../../components/hash-link.tsx';
import { HeadingContext } from './heading-context.ts';

type HeadingProps = ComponentProps<'h2'> & { node?: unknown };

function SectionHeading({ level, id, children }: HeadingProps & { level: 2 | 3 }) {
  const { sections, actions } = useContext(HeadingContext);
  const section = id ? sections.get(id) : undefined;
  const Tag = level === 2 ? 'h2' : 'h3';
  if (!id || !section) return <Tag id={id}>{children}</Tag>;
  return (
    <div className={`section-heading section-heading--${level}`}>
      <Tag id={id} tabIndex={-1}>
        {children}
      </Tag>
      <span className="section-heading__actions">
        <HashLink className="heading-anchor" target={id} aria-label={`Link to section: ${section.title}`}>
          #
        </HashLink>
        {actions?.(section)}
      </span>
    </div>
  );
}

/** `##` headings of an article: an anchor to themselves and any section actions. */
export const SectionHeading2 = ({ node: _node, ...props }: HeadingProps) => <SectionHeading level={2} {...props} />;
/** `###` headings of an article. */
export const SectionHeading3 = ({ node: _node, ...props }: HeadingProps) => <SectionHeading level={3} {...props} />;
