import { data as response, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import type { DataSource } from '../content/data-source.ts';
import type { ArticleData, GlossaryData, LibraryData, TermData } from '../shared/content-types.ts';
import { parsePageNumber } from '../features/library/page-number.ts';
import { isArticleSlug, isTermId, isTopicId } from '../shared/ids.ts';
import { paths } from '../shared/paths.ts';
import { PageFrame } from './document-meta.tsx';
import { Layout } from './layout.tsx';
import { pageTitle, SITE_DESCRIPTION, SITE_NAME, type RouteHandle } from './page-meta.ts';
import { RouteError } from './route-error.tsx';

const notFound = () => response(null, { status: 404, statusText: 'Not Found' });

const handle = <T,>(meta: (data: T) => { title: string; description: string }): RouteHandle => ({
  meta: (data) => meta(data as T),
});

/** How a library page describes itself: its topic and, past the first, its number. */
function libraryMeta(library: LibraryData): { title: string; description: string } {
  const topic = library.topics.find((t) => t.id === library.topic);
  const page = library.page > 1 ? `, page ${library.page}` : '';
  if (!topic) return { title: page ? pageTitle(`The library${page}`) : SITE_NAME, description: SITE_DESCRIPTION };
  return { title: pageTitle(`${topic.title}${page}`), description: topic.description };
}

/** The one route table, shared by the browser and the prerenderer; pages load lazily. */
export function createRoutes(source: DataSource): RouteObject[] {
  // `/page/1` is `/`, and `/topics/x/page/1` is `/topics/x`: one address per page.
  const libraryLoader = async ({ params }: LoaderFunctionArgs) => {
    const page = parsePageNumber(params.page);
    const topic = params.topic;
    if (page === null || (topic !== undefined && !isTopicId(topic))) throw notFound();
    if (params.page === '1') throw redirect(paths.library(topic));
    const library = await source.library(page, topic);
    if (!library) throw notFound();
    return library;
  };
  const libraryRoute = (id: string, path: string | undefined): RouteObject => ({
    id,
    ...(path === undefined ? { index: true } : { path }),
    loader: libraryLoader,
    lazy: async () => ({ Component: (await import('./pages/library-page.tsx')).LibraryPage }),
    handle: handle<LibraryData>(libraryMeta),
  });

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
            libraryRoute('library', undefined),
            libraryRoute('library-page', 'page/:page'),
            libraryRoute('topic', 'topics/:topic'),
            libraryRoute('topic-page', 'topics/:topic/page/:page'),
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
