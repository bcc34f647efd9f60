import { data as response, redirect, type RouteObject } from 'react-router';
import type { DataSource } from '../content/data-source.ts';
import type { ArticleData, GlossaryData, LibraryData, TermData } from '../shared/content-types.ts';
import { isArticleSlug, isTermId } from '../shared/ids.ts';
import { paths } from '../shared/paths.ts';
import { PageFrame } from './document-meta.tsx';
import { Layout } from './layout.tsx';
import { pageTitle, SITE_DESCRIPTION, SITE_NAME, type RouteHandle } from './page-meta.ts';
import { RouteError } from './route-error.tsx';

const notFound = () => response(null, { status: 404, statusText: 'Not Found' });

const handle = <T,>(meta: (data: T) => { title: string; description: string }): RouteHandle => ({
  meta: (data) => meta(data as T),
});

/** The one route table, shared by the browser and the prerenderer; pages load lazily. */
export function createRoutes(source: DataSource): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      Component: Layout,
      children: [
        {
          id: 'pages',
          Component: PageFrame,
          ErrorBoundary: RouteError,
          children: [
            {
              id: 'library',
              index: true,
              loader: () => source.library(),
              lazy: async () => ({ Component: (await import('./pages/library-page.tsx')).LibraryPage }),
              handle: handle<LibraryData>(() => ({ title: SITE_NAME, description: SITE_DESCRIPTION })),
            },
            {
              id: 'article',
              path: 'articles/:slug',
              loader: async ({ params }) => {
                const article = isArticleSlug(params.slug) ? await source.article(params.slug) : null;
                if (!article) throw notFound();
                return article;
              },
              lazy: async () => ({ Component: (await import('./pages/article-page.tsx')).ArticlePage }),
              handle: handle<ArticleData>((a) => ({ title: pageTitle(a.title), description: a.summary })),
            },
            {
              id: 'glossary',
              path: 'glossary',
              loader: () => source.glossary(),
              lazy: async () => ({ Component: (await import('./pages/glossary-page.tsx')).GlossaryPage }),
              handle: handle<GlossaryData>((g) => ({
                title: pageTitle('Glossary'),
                description: `${g.terms.length} terms of miniature craft, explained in plain words.`,
              })),
            },
            {
              id: 'term',
              path: 'glossary/:term',
              loader: async ({ params }) => {
                const term = isTermId(params.term) ? await source.term(params.term) : null;
                if (!term) throw notFound();
                if ('redirect' in term) throw redirect(paths.term(term.redirect));
                return term;
              },
              lazy: async () => ({ Component: (await import('./pages/term-page.tsx')).TermPage }),
              handle: handle<TermData>((t) => ({ title: pageTitle(t.term), description: t.short })),
            },
            {
              id: 'bookmarks',
              path: 'bookmarks',
              lazy: async () => ({ Component: (await import('./pages/bookmarks-page.tsx')).BookmarksPage }),
              handle: { meta: () => ({ title: pageTitle('Bookmarks'), description: 'Sections you bookmarked to come back to.' }) },
            },
            {
              id: 'search',
              path: 'search',
              lazy: async () => ({ Component: (await import('./pages/search-page.tsx')).SearchPage }),
              handle: { meta: () => ({ title: pageTitle('Search'), description: 'Search every article, section and glossary term of Minutiae.' }) },
            },
            {
              id: 'not-found',
              path: '*',
              Component: () => null,
              loader: () => {
                throw notFound();
              },
            },
          ],
        },
      ],
    },
  ];
}
