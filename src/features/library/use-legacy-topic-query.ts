import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Topic } from '../../shared/content-types.ts';
import { paths } from '../../shared/paths.ts';

/** Old links to `/?topic=<id>` (the filter before the library had pages) go on to that topic's own page. */
export function useLegacyTopicQuery(topics: readonly Topic[], enabled: boolean): void {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const wanted = enabled ? params.get('topic') : null;
  const topic = wanted === null ? undefined : topics.find((t) => t.id === wanted);
  useEffect(() => {
    if (topic) void navigate(paths.library(topic.id), { replace: true });
  }, [topic, navigate]);
}
