// How a screen names the real case a level or a consequence tells: an SPP typical case of
// 2023-05-31 by its number, any other case (a court's or a procuratorate's, from CASES-2.md or a
// district's own) by its place and the source it carries, so no screen calls a court ruling
// "SPP typical case 101". A case with a "source" is one of the others.
import type { Case } from '../../core';
import { local, t } from '../../services/i18n';

const isTypical = (c: Case): boolean => c.source === undefined;

/** The short line on a level card, the briefing and the plan: "Adapted from … (date)". */
export const adaptedFrom = (c: Case | undefined, n: number): string =>
  c && !isTypical(c) ? t('levels.adaptedFromOther', { place: local(c.place), date: c.released }) : t('levels.adaptedFrom', { n, date: c?.released ?? '' });

/** The kicker above the chat: "SPP typical case 1", or "Real case · place". */
export const caseKicker = (c: Case | undefined, n: number): string =>
  c && !isTypical(c) ? t('levels.caseOther', { place: local(c.place) }) : t('levels.case', { n });

/** The source line at the foot of a consequence. */
export const caseSource = (c: Case): string =>
  isTypical(c)
    ? t('consequence.source', { n: c.number, date: c.released, title: local(c.title), place: local(c.place) })
    : t('consequence.sourceOther', { title: local(c.title), place: local(c.place), date: c.released, source: local(c.source!) });
