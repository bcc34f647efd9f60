import { z } from 'zod';

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase-kebab-case id');

const isoDate = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Front-matter of `content/articles/<slug>.md`. */
export const articleFrontMatter = z.strictObject({
  title: text(160),
  summary: text(320),
  topics: z.array(kebab).min(1, 'list at least one topic'),
  published: isoDate,
  updated: isoDate.optional(),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>;

/** Front-matter of `content/glossary/<term-id>.md`. */
export const termFrontMatter = z.strictObject({
  term: text(80),
  aliases: z.array(text(80)).default([]),
  topic: kebab,
  related: z.array(kebab).min(1, 'list at least one related term'),
});
export type TermFrontMatter = z.infer<typeof termFrontMatter>;

/** `content/topics.yaml`: the topics, declared once. */
export const topicsFile = z
  .array(
    z.strictObject({
      id: kebab,
      title: text(80),
      description: text(800),
    }),
  )
  .min(1, 'declare at least one topic');
export type TopicsFile = z.infer<typeof topicsFile>;
