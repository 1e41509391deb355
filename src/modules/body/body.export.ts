import { raw, type MikroORM } from '@mikro-orm/postgresql';
import express, { type Router } from 'express';
import { ErrorCode } from '../../errors/errors.js';
import { toCsv } from '../../http/csv.js';
import { DIRECTORY_TITLE, provenanceOf } from '../../http/provenance.js';
import { answerRefusal } from '../../http/route-errors.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { readingDate, today } from '../../relay/temporal.js';
import { certaintyOn, heldSince, heldTill, lastAttested } from '../membership/membership.certainty.js';
import { Membership } from '../membership/membership.entity.js';
import { heldOnDay, ROSTER_ORDER_SQL } from '../membership/membership.loaders.js';
import { Body } from './body.entity.js';
import { BODY_KIND_LABEL_VI } from './body.enums.js';

/** A YYYY-MM-DD that names a real day (not 2025-02-30) in a year PostgreSQL dates hold. */
function isCalendarDate(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && s >= '0001-01-01' && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
}

/**
 * Dates as the sources state them (YYYY, YYYY-MM or YYYY-MM-DD, as `PartialDate.text` in GraphQL): an end
 * known only to the year is "2023", never 31 December. `certainty` is for the day of the roster (today for
 * a history), as BodyMemberEdge.certainty; `last_attested` as Membership.lastAttested. New columns go at the
 * end, so that spreadsheets reading the columns by position keep working.
 */
const COLUMNS = ['organization', 'body', 'term', 'person', 'role', 'title', 'start', 'end', 'term_start', 'term_end', 'congress', 'sources', 'certainty', 'last_attested'];

/**
 * The roster of a body as CSV for the secretariat's spreadsheets: the same rows and access rules as
 * `Body.members` in GraphQL, written by the shared CSV writer (no cell is read as a formula).
 */
export function rosterExportRouter(orm: MikroORM): Router {
  const router = express.Router();
  router.get('/export/bodies/:id/roster.csv', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const bodyId = expectGlobalId(req.params.id, 'Body');
      const asOf = typeof req.query.asOf === 'string' ? req.query.asOf : undefined;
      if (asOf !== undefined && !isCalendarDate(asOf)) {
        return void res.status(400).json({ errors: [{ message: 'asOf must be a calendar date (YYYY-MM-DD)', extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'asOf', message: 'not a calendar date' }] } }] });
      }
      const body = await em.findOne(Body, { id: bodyId }, { populate: ['organization', 'congress'] });
      if (!body) return void res.status(404).json({ errors: [{ message: `Body ${req.params.id} does not exist`, extensions: { code: ErrorCode.NOT_FOUND } }] });
      const day = readingDate({ asOf, history: req.query.history === 'true' });
      // The rows and order of Body.members: held that day (and not superseded), by role, then by name.
      const qb = em.createQueryBuilder(Membership, 't').select('*').where({ body: bodyId });
      for (const condition of day ? heldOnDay(day) : []) qb.andWhere(condition.sql, [...condition.params]);
      qb.orderBy([{ [raw(ROSTER_ORDER_SQL)]: 'asc' }, { id: 'asc' }]);
      const memberships = await qb.getResultList();
      await em.populate(memberships, ['person', 'congress']);
      const term = [body.termStart?.text, body.termEnd?.text].filter(Boolean).join('–');
      const rows = memberships.map((m) => [
        body.organization.getEntity().name,
        body.nameVi ?? BODY_KIND_LABEL_VI[body.kind],
        term,
        m.person.getEntity().fullName,
        m.role,
        m.title ?? '',
        heldSince(m)?.text ?? '',
        heldTill(m)?.text ?? '',
        m.termStart?.text ?? '',
        m.termEnd?.text ?? '',
        // A member elected by the body's congress unless the post names another.
        (m.congress ?? body.congress)?.getEntity().number ?? '',
        m.sourceCitations.join(' ; '),
        // The seats of a body never overlap (membership_single_seat): none is superseded.
        certaintyOn(m, day ?? today()) ?? '',
        lastAttested(m)?.text ?? '',
      ]);
      const filename = `roster-${body.kind.toLowerCase()}-${day ?? 'history'}.csv`;
      // What the file is, where it was taken from and when: on its first line, before the header.
      const { source, generatedAt } = provenanceOf(req, DIRECTORY_TITLE, { asOf, history: req.query.history === 'true' ? 'true' : undefined });
      const comments = [`${DIRECTORY_TITLE}: roster ${day ? `as of ${day}` : 'history'}; source: ${source}; exported: ${generatedAt}; the sources of each row are in its sources column`];
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="${filename}"`)
        .send(toCsv(COLUMNS, rows, comments));
    } catch (error) {
      if (!answerRefusal(res, error)) next(error);
    }
  });
  return router;
}
