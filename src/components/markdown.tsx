import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { MarkdownLink } from './markdown-link.tsx';

const remarkPlugins = [remarkGfm];
const components: Components = { a: MarkdownLink };

/** Short Markdown (definitions): GFM, safe defaults (no raw HTML, safe URLs), in-app links. */
export function ProseMarkdown({ children }: { children: string }) {
  return (
    <Markdown remarkPlugins={remarkPlugins} components={components}>
      {children}
    </Markdown>
  );
}
