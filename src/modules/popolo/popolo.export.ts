import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import type { RouteContext } from '../../domain-module.js';
import { notFound } from '../../errors/errors.js';
import { DIRECTORY_TITLE, provenanceOf } from '../../http/provenance.js';
import { answerRefusal } from '../../http/route-errors.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { Organization } from '../organization/organization.entity.js';
import { buildPopolo } from './popolo.build.js';

/**
 * The directory in Popolo JSON, for others to reuse (civic-tech tools, the Union's partners):
 * `GET /export/popolo.json` (everything) and `GET /export/organizations/<Organization ID>/popolo.json`
 * (one organization, its bodies, memberships and members). What the caller sees follows its bearer token
 * as on /graphql: the public gets public fields only; an answer with contact details is never stored by
 * a cache.
 */
export function popoloExportRouter(_orm: MikroORM, http: RouteContext): Router {
  const router = express.Router();
  const answer = (pick: (req: Request) => string | undefined) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await http.contextOf(req, res);
      const id = pick(req);
      const organization = id === undefined ? undefined : await ctx.em.findOne(Organization, { id: expectGlobalId(id, 'Organization'), synthetic: false });
      if (id !== undefined && !organization) throw notFound('Organization', id);
      const document = await buildPopolo(ctx, provenanceOf(req, DIRECTORY_TITLE), organization ?? undefined);
      const day = document.meta.generated_at.slice(0, 10);
      res
        .status(200)
        .type('application/json; charset=utf-8')
        .setHeader('vary', 'Authorization')
        .setHeader('cache-control', ctx.viewer.role === 'PUBLIC' ? 'public, max-age=300' : 'private, no-store')
        .setHeader('content-disposition', `inline; filename="amity-popolo-${organization ? 'organization' : 'directory'}-${day}.json"`)
        .send(JSON.stringify(document, null, 1));
    } catch (error) {
      if (!answerRefusal(res, error)) next(error);
    }
  };
  router.get('/export/popolo.json', answer(() => undefined));
  router.get('/export/organizations/:id/popolo.json', answer((req) => String(req.params.id)));
  return router;
}
