import { Embeddable, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
  MONTH_DAY = 'MONTH_DAY',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date the source states.',
  valuesConfig: {
    YEAR: { description: 'A year (text YYYY): start is 1 January, end 31 December.' },
    MONTH: { description: 'A month (text YYYY-MM): start is its first day, end its last.' },
    DAY: { description: 'A day (text YYYY-MM-DD): start and end are that day.' },
    MONTH_DAY: {
      description:
        'A day and month whose year the source does not state (text --MM-DD, as ISO 8601 and XML Schema write a month-day): start is that day in the earliest year it can be, end in the latest (a page showing "19 Apr" of 2024 or 2025: start 2024-04-19, end 2025-04-19). No day between is meant, only those two or the years between.',
    },
  },
});

/**
 * A date as precise as its source: "2021", "2019-02" or "2023-03-17". `start` is the first day it can
 * mean (used for ordering and comparisons); `text` is what the source gives.
 */
@Embeddable()
@ObjectType({ description: 'A date known to a year, a month or a day, as the source states it.' })
export class PartialDate {
  @Field(() => DateScalar, { description: 'First day the date can mean.' })
  @Property({ type: 'date' })
  start!: string;

  @Field(() => DateScalar, { description: 'Last day the date can mean (31 Dec for a year).' })
  @Property({ type: 'date' })
  end!: string;

  @Field(() => DatePrecision, { description: 'How much of the date the source states; `start` and `end` span what it leaves open.' })
  @Enum({ items: () => DatePrecision, nativeEnumName: 'date_precision' })
  precision!: DatePrecision;

  @Field({ description: 'The date as stated: YYYY, YYYY-MM or YYYY-MM-DD, or --MM-DD for a day and month of a year not stated.' })
  get text(): string {
    if (this.precision === DatePrecision.MONTH_DAY) return `--${String(this.start).slice(5, 10)}`;
    const length = { YEAR: 4, MONTH: 7, DAY: 10 }[this.precision];
    return String(this.start).slice(0, length);
  }

  /**
   * A day and month whose year the source leaves open among `candidates` (YYYY-MM-DD, the same day and
   * month in each): MONTH_DAY from the earliest to the latest.
   */
  static monthDay(candidates: readonly string[]): PartialDate {
    const days = candidates.map((c) => PartialDate.parse(c)).sort((a, b) => (a.start < b.start ? -1 : 1));
    if (!days.length || days.some((d) => d.precision !== DatePrecision.DAY || d.start.slice(4) !== days[0].start.slice(4))) {
      throw new RangeError(`not the same day and month of different years: ${candidates.join(', ')}`);
    }
    return Object.assign(new PartialDate(), { start: days[0].start, end: days.at(-1)!.start, precision: DatePrecision.MONTH_DAY });
  }

  static parse(text: string): PartialDate;
  static parse(text: string | undefined | null): PartialDate | undefined;
  static parse(text: string | undefined | null): PartialDate | undefined {
    if (text == null) return undefined;
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
    if (!match) throw new RangeError(`not a partial date: ${text}`);
    const [, y, m, d] = match;
    const lastDay = new Date(Date.UTC(Number(y), m ? Number(m) : 12, 0)).getUTCDate();
    const date = Object.assign(new PartialDate(), {
      start: `${y}-${m ?? '01'}-${d ?? '01'}`,
      end: `${y}-${m ?? '12'}-${d ?? String(lastDay).padStart(2, '0')}`,
      precision: d ? DatePrecision.DAY : m ? DatePrecision.MONTH : DatePrecision.YEAR,
    });
    const parsed = new Date(`${date.start}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date.start) throw new RangeError(`not a calendar date: ${text}`);
    return date;
  }
}
