import type { Context } from '../../graphql/context.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedPages, ROOT } from '../../relay/grouped-page.js';
import { ReportedFigure } from './reported-figure.entity.js';
import { REPORTED_FIGURE_ORDER } from './reported-figure.order.js';

/** Reported figures in DATE_ORDER: of one metric, of metrics containing any of `metricsLike`, or all. */
export function reportedFigurePages(ctx: Context, args: ConnectionArgs, scope: { metric?: string; metricsLike?: readonly string[] } = {}) {
  const conditions: { sql: string; params: unknown[] }[] = [];
  if (scope.metric) conditions.push({ sql: 't.metric = ?', params: [scope.metric] });
  if (scope.metricsLike?.length) conditions.push({ sql: `(${scope.metricsLike.map(() => `strpos(t.metric, ?) > 0`).join(' or ')})`, params: [...scope.metricsLike] });
  return groupedPages(ctx.loaders, {
    name: 'reported-figures',
    entity: ReportedFigure,
    parent: null,
    conditions,
    sort: REPORTED_FIGURE_ORDER,
    page: pageRequest(args),
  }).load(ROOT);
}
