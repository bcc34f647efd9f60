import { beforeAll, describe, expect, it } from 'vitest';
import { render, type RenderResult } from '../../../src/app/entry-server.tsx';
import type { ReadData } from '../../../src/content/data-source.ts';
import { siteFiles } from '../../../src/node/content/build-site.ts';
import { buildFixtureSite, readerOf } from '../support/fixture-site.ts';

let read: ReadData;

beforeAll(async () => {
  read = readerOf(siteFiles(await buildFixtureSite()));
});

async function page(url: string): Promise<Extract<RenderResult, { kind: 'page' }>> {
  const result = await render(url, read);
  if (result.kind !== 'page') throw new Error(`${url} rendered a ${result.kind}`);
  return result;
}

describe('render', () => {
  it('names an article’s data file for hydration rather than copying the article into the page', async () => {
    const { html, hydration } = await page('/articles/alpha');
    expect(html).toContain('Why TPE matters');
    expect(hydration.files).toEqual({ article: '/data/articles/alpha.json' });
    expect(JSON.stringify(hydration.data)).not.toContain('Why TPE matters');
    expect(hydration.data).toMatchObject({ loaderData: {}, errors: null });
  });

  it('names the data file of a term, the glossary and a library page', async () => {
    expect((await page('/glossary/tpe')).hydration.files).toEqual({ term: '/data/terms/tpe.json' });
    expect((await page('/glossary')).hydration.files).toEqual({ glossary: '/data/glossary.json' });
    expect((await page('/')).hydration.files).toEqual({ library: '/data/library/page-1.json' });
  });

  it('keeps in the page what is not a data file: the not-found error and its status', async () => {
    const { status, hydration } = await page('/articles/no-such-article');
    expect(status).toBe(404);
    expect(hydration.files).toEqual({});
    expect(hydration.data).toMatchObject({ errors: { pages: { status: 404, __type: 'RouteErrorResponse' } } });
  });
});
