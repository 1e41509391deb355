import type { MikroORM } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/errors.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { heldOn, readingDate } from '../../relay/temporal.js';
import { Membership } from '../post/membership.entity.js';
import { roleRank } from '../post/membership.enums.js';
import { Body } from './body.entity.js';

const COLUMNS = ['organization', 'body', 'term', 'person', 'role', 'title', 'start', 'end', 'term_start', 'term_end', 'congress', 'sources'];

/**
 * The roster of a body as CSV for the secretariat's spreadsheets: the same rows and access rules as
 * `Body.members` in GraphQL. UTF-8 with a byte-order mark so spreadsheet programs keep Vietnamese names intact.
 */
export function rosterExportRouter(orm: MikroORM): Router {
  const router = express.Router();
  router.get('/export/bodies/:id/roster.csv', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const bodyId = expectGlobalId(req.params.id, 'Body');
      const asOf = typeof req.query.asOf === 'string' ? req.query.asOf : undefined;
      if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        return void res.status(400).json({ errors: [{ message: 'asOf must be a date (YYYY-MM-DD)', extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'asOf', message: 'not a date' }] } }] });
      }
      const body = await em.findOne(Body, { id: bodyId }, { populate: ['organization', 'congress'] });
      if (!body) return void res.status(404).json({ errors: [{ message: `Body ${req.params.id} does not exist`, extensions: { code: ErrorCode.NOT_FOUND } }] });
      const day = readingDate({ asOf, history: req.query.history === 'true' });
      const qb = em.createQueryBuilder(Membership, 't').select('*').where({ body: bodyId });
      if (day) {
        const condition = heldOn(day);
        qb.andWhere(condition.sql, condition.params);
      }
      const memberships = (await qb.getResultList()).sort((a, b) => roleRank(a.role) - roleRank(b.role) || String(a.heldFrom).localeCompare(String(b.heldFrom)));
      await em.populate(memberships, ['person', 'congress']);
      const term = [body.termStart?.text, body.termEnd?.text].filter(Boolean).join('–');
      const rows = memberships.map((m) => [
        body.organization.getEntity().name,
        body.nameVi ?? body.nameEn ?? body.kind,
        term,
        m.person.getEntity().fullName,
        m.role,
        m.title ?? '',
        m.startDate?.text ?? m.heldFrom ?? '',
        m.endDate?.text ?? m.heldUntil ?? '',
        m.termStart?.text ?? '',
        m.termEnd?.text ?? '',
        m.congress?.getEntity().number ?? '',
        m.sourceCitations.join(' ; '),
      ]);
      const filename = `roster-${body.kind.toLowerCase()}-${day ?? 'history'}.csv`;
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="${filename}"`)
        .send(stringify(rows, { header: true, columns: COLUMNS, bom: true }));
    } catch (error) {
      if (error instanceof GraphQLError) {
        return void res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
      }
      next(error);
    }
  });
  return router;
}
