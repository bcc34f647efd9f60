import type { Plugin } from 'unified';

/**
 * Stands in for remark-parse in the browser build (see `vite.config.ts`). react-markdown always adds
 * remark-parse, but the browser never parses Markdown: `TreeMarkdown` hands react-markdown the
 * tree the build parsed, replacing the parser. With the real one, micromark (about 15 KB gzip)
 * would be downloaded and evaluated on every article and term page for nothing.
 */
const browserRemarkParse: Plugin = function () {
  this.parser = () => {
    throw new Error('Minutiae parses Markdown at build time: render the build’s tree with TreeMarkdown');
  };
};

export default browserRemarkParse;
