import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteData } from '../../../src/node/content/build-site.ts';
import { SHORT_DEFINITION_MAX_WORDS } from '../../../src/node/content/load-content.ts';
import { countWords } from '../../../src/shared/reading-time.ts';

/** Guards the shape of the real library in content/: the editorial rules of the content issue. */
let site: SiteData;

beforeAll(async () => {
  const dir = path.resolve(__dirname, '../../../content');
  site = await buildSite(dir, dir);
});

describe('the library in content/', () => {
  it('has at least five articles of 1,200–3,000 words, each with five or more ## sections', () => {
    const articles = [...site.articles.values()];
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const article of articles) {
      expect(article.words, article.slug).toBeGreaterThanOrEqual(1200);
      expect(article.words, article.slug).toBeLessThanOrEqual(3000);
      expect(article.sections.filter((s) => s.depth === 2).length, article.slug).toBeGreaterThanOrEqual(5);
      expect(countWords(article.summary), article.slug).toBeGreaterThan(5);
    }
  });

  it('declares four to six topics, every one used by an article and by several terms', () => {
    const { topics } = site.library;
    expect(topics.length).toBeGreaterThanOrEqual(4);
    expect(topics.length).toBeLessThanOrEqual(6);
    for (const topic of topics) {
      expect(site.library.articles.some((a) => a.topics.includes(topic.id)), topic.id).toBe(true);
      expect(site.glossary.terms.filter((t) => t.topic === topic.id).length, topic.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has at least 40 terms, each with a short definition of at most 40 words and a related term', () => {
    expect(site.terms.size).toBeGreaterThanOrEqual(40);
    for (const term of site.terms.values()) {
      expect(countWords(term.short), term.id).toBeLessThanOrEqual(SHORT_DEFINITION_MAX_WORDS);
      expect(term.related.length, term.id).toBeGreaterThanOrEqual(1);
      // A definition goes on past its short first paragraph: one to three more blocks.
      const paragraphs = term.body.children.length;
      expect(paragraphs, term.id).toBeGreaterThanOrEqual(2);
      expect(paragraphs, term.id).toBeLessThanOrEqual(4);
    }
  });

  it('links its terms into one connected web', () => {
    const neighbours = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
      neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
    };
    for (const term of site.terms.values()) for (const related of term.related) link(term.id, related.id);
    const [start] = site.terms.keys();
    const seen = new Set<string>([start as string]);
    const queue = [start as string];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const next of neighbours.get(id) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect(seen.size).toBe(site.terms.size);
  });

  it('uses the Markdown a reader needs: the materials and scale tables, ordered steps and block quotes', () => {
    const cells: string[] = [];
    let orderedLists = 0;
    let quotes = 0;
    for (const article of site.articles.values()) {
      for (const part of article.body) {
        visit(part.tree, (node) => {
          if (node.type === 'tableCell') cells.push(toString(node).trim());
          if (node.type === 'list' && node.ordered) orderedLists += 1;
          if (node.type === 'blockquote') quotes += 1;
        });
      }
    }
    expect(cells).toContain('TPE');
    expect(cells).toContain('1:6');
    expect(cells).toContain('1:12');
    expect(orderedLists).toBeGreaterThan(0);
    expect(quotes).toBeGreaterThan(0);
  });
});
