import { startTestServer, type TestServer } from '../support/server.js';

/*
 * What the team's two source documents (../shared/domain/sources/) state, read through the API on the real
 * seed: the figures of the foreign-NGO conference's report, seeded as reported and beside (never merged
 * with) the figures outside sources give; the two conferences with the people the documents name; the
 * names they spell (or do not spell) with diacritics; the French names of organisations.
 * The expected values are the documents' own words and numbers, written out here by hand.
 */
const JULY_DOCUMENT = 'thoidai.com.vn/cung-co-to-chuc-mo-rong-doi-tac-nang-cao-hieu-qua-toan-he-thong-lien-hiep-cac-to-chuc-huu-nghi-viet-nam-214920.html';
/** The NGO-conference document has no URL: it is cited by its title and date (sources README), not by its file. */
const NGO_DOCUMENT =
  'Source document "Conference of the Committee for Foreign NGO Affairs with foreign NGOs on adapting to the merger of administrative units" (French news text, 2025, before the 5th International Conference of 4 Dec 2025; publisher and URL not given)';
const isNgoDocument = (citation: string) => /^Source document "Conference of the Committee for Foreign NGO Affairs with foreign NGOs/.test(citation);
const UNCONFIRMED = /^not independently confirmed/;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('behaviour_sourced_facts');
});
afterAll(() => server.stop());

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const FIGURE = 'metric value valueMax unit scope asOf { text precision } periodStart { text } periodEnd { text } label sourceNote sources { citation url } event { id title }';
const figures = async (metric: string) => (await data(`query($m: String) { reportedFigures(metric: $m, first: 100) { nodes { ${FIGURE} } } }`, { m: metric })).reportedFigures.nodes;

const EVENT = `id kind title startDate { text precision } sourceNote sources { citation url } organizers { nodes { abbreviation nameEn } }
  participations(first: 10) { totalCount edges { node { role invited attended sources { citation } sourceNote
    person { id fullName sourceNote } onBehalfOf { nameEn } } } } }`;
const conferencesOf2025 = async () =>
  (await data(`{ events(first: 10, filter: { kinds: [CONFERENCE], from: "2025-01-01", to: "2025-12-31" }) { edges { node { ${EVENT} } } }`)).events.edges.map((e: any) => e.node);
const ngoConference = async () => (await conferencesOf2025()).find((e: any) => /^Conference of the Committee for Foreign NGO Affairs with foreign NGOs/.test(e.title));
const julyConference = async () => (await conferencesOf2025()).find((e: any) => /central member organisations/.test(e.title));

describe('the figures of the NGO conference’s report, as reported and marked unconfirmed', () => {
  it('378 foreign NGOs (2025), from the document, beside the 379 of 30 Nov 2025: two figures, not one', async () => {
    const counts = await figures('FNGO_ACTIVE_COUNT');
    const reported378 = counts.filter((f: any) => f.value === 378);
    const reported379 = counts.filter((f: any) => f.value === 379);
    expect(reported378).toHaveLength(1);
    expect(reported379).toHaveLength(1);
    expect(reported378[0]).toMatchObject({ unit: 'count', scope: 'national', asOf: { text: '2025', precision: 'YEAR' }, label: expect.stringMatching(/378 foreign NGOs from 30 countries and territories/) });
    expect(reported378[0].sources).toEqual([{ citation: expect.any(String), url: null }]);
    expect(isNgoDocument(reported378[0].sources[0].citation)).toBe(true);
    expect(reported378[0].sourceNote).toMatch(UNCONFIRMED);
    expect(reported378[0].sourceNote).toMatch(/379/);
    // the later figure keeps its own date and sources: not the document's
    expect(reported379[0].asOf.text).toBe('2025-11-30');
    expect(reported379[0].sources.some((s: any) => isNgoDocument(s.citation))).toBe(false);
    expect(reported378[0].event.id).not.toBe(reported379[0].event.id);
  });

  it('30 countries and territories (2025), unconfirmed, beside the 2010 figure of 30 countries', async () => {
    const origins = await figures('FNGO_ORIGIN_COUNTRY_COUNT');
    expect(origins.map((f: any) => `${f.value} ${f.asOf.text}`).sort()).toEqual(['30 2010', '30 2025']);
    const of2025 = origins.find((f: any) => f.asOf.text === '2025');
    expect(isNgoDocument(of2025.sources[0].citation)).toBe(true);
    expect(of2025.sources).toHaveLength(1);
    expect(of2025.sourceNote).toMatch(UNCONFIRMED);
    expect(of2025.sourceNote).toMatch(/2010/);
    expect(of2025.label).toMatch(/30 countries and territories/);
  });

  it('USD 233 million of aid in 2024, unconfirmed, with the sectors it names, beside the other aid figures', async () => {
    const aid = await figures('AID_USD');
    const of2024 = aid.filter((f: any) => f.periodStart?.text === '2024' && f.periodEnd?.text === '2024');
    expect(of2024).toHaveLength(1);
    expect(of2024[0]).toMatchObject({ value: 233_000_000, valueMax: null, unit: 'USD', asOf: { text: '2025' } });
    expect(of2024[0].sources.map((s: any) => isNgoDocument(s.citation))).toEqual([true]);
    expect(of2024[0].sourceNote).toMatch(UNCONFIRMED);
    for (const sector of ['health', 'natural resources and environment', 'socio-economic development', 'education and training']) expect(of2024[0].label).toContain(sector);
    // the figures outside sources give stay as they were
    expect(aid.find((f: any) => f.periodStart?.text === '2023' && f.periodEnd?.text === '2023').value).toBe(228_600_000);
    expect(aid.find((f: any) => f.periodStart?.text === '2020' && f.periodEnd?.text === '2024').value).toBe(1_140_000_000);
  });

  it('the three are reported at the NGO conference and shown among the foreign-NGO overview’s reported figures', async () => {
    const event = await ngoConference();
    const fromDocument = [...(await figures('FNGO_ACTIVE_COUNT')), ...(await figures('FNGO_ORIGIN_COUNTRY_COUNT')), ...(await figures('AID_USD'))].filter((f: any) =>
      f.sources.some((s: any) => isNgoDocument(s.citation)),
    );
    expect(fromDocument.map((f: any) => f.value).sort((a: number, b: number) => a - b)).toEqual([30, 378, 233_000_000]);
    expect(fromDocument.every((f: any) => f.event.id === event.id)).toBe(true);
    const { foreignNgoOverview } = await data('{ foreignNgoOverview { reported(first: 100) { nodes { value asOf { text } } } } }');
    const reported = foreignNgoOverview.reported.nodes.map((f: any) => `${f.value} ${f.asOf?.text}`);
    expect(reported).toEqual(expect.arrayContaining(['378 2025', '379 2025-11-30', '30 2025', '30 2010', '233000000 2025']));
  });

  it('the July 2025 document’s figure: VUFO one of 26 Party committees, unconfirmed', async () => {
    const [figure] = await figures('PARTY_COMMITTEE_COUNT');
    expect(figure).toMatchObject({ value: 26, asOf: { text: '2025-07' }, sources: [{ citation: JULY_DOCUMENT, url: `https://${JULY_DOCUMENT}` }] });
    expect(figure.sourceNote).toMatch(UNCONFIRMED);
    expect(figure.event.id).toBe((await julyConference()).id);
  });
});

describe('reported figures: each caveat of a note apart, documents cited as documents, oldest first', () => {
  it('a note of several caveats keeps them apart, one phrase each', async () => {
    const of2025 = (await figures('FNGO_ORIGIN_COUNTRY_COUNT')).find((f: any) => f.asOf.text === '2025');
    expect(of2025.sourceNote).toBe(
      'not independently confirmed: FACTS.md found "30 countries" only in a 2010 text (about 800 FNGOs from 30 countries, a separate figure); reported in 2025, before the 5th International Conference of 4 Dec 2025 (exact day not stated); the document counts "countries and territories"',
    );
    const aid2024 = (await figures('AID_USD')).find((f: any) => f.periodStart?.text === '2024' && f.periodEnd?.text === '2024');
    expect(aid2024.sourceNote.split('; ')).toEqual([
      'not independently confirmed: FACTS.md found no figure for 2024 alone (USD 228.6 million for 2023 and about USD 1.14 billion for 2020–2024, separate figures)',
      'reported in 2025, before the 5th International Conference of 4 Dec 2025 (exact day not stated)',
      'the main sectors (named without amounts, so in the label only) are confirmed for 2020–2024 by outside sources',
    ]);
  });

  it('the NGO-conference document is cited by its title and date, and no citation anywhere names a file', async () => {
    const [reported] = (await figures('FNGO_ACTIVE_COUNT')).filter((f: any) => f.value === 378);
    expect(reported.sources).toEqual([{ citation: NGO_DOCUMENT, url: null }]);
    const citations = new Set<string>();
    for (const query of [
      '{ reportedFigures(first: 100) { nodes { sources { citation } } } }',
      '{ events(first: 100) { edges { node { sources { citation } participations(first: 5) { edges { node { sources { citation } } } } } } } }',
      '{ organizations(first: 100) { edges { node { sources { citation } } } } }',
      '{ persons(first: 100) { edges { node { sources { citation } } } } }',
      '{ persons(first: 20, filter: { search: "Pham Quang Vinh" }) { edges { node { memberships(history: true) { edges { node { sources { citation } } } } } } } }',
    ]) {
      JSON.stringify(await data(query), (key, value) => (key === 'citation' && citations.add(value), value));
    }
    expect(citations).toContain(NGO_DOCUMENT);
    expect(citations).toContain(JULY_DOCUMENT);
    expect([...citations].filter((c) => /\.txt\b|(^|\/)sources\//.test(c))).toEqual([]);
  });

  it('oldest first by the date each figure is of: the end of its period, else its as-of date; the longer period first', async () => {
    const line = (f: any) => `${f.value} ${[f.periodStart?.text, f.periodEnd?.text].filter(Boolean).join('–') || f.asOf?.text}`;
    expect((await figures('AID_USD')).map(line)).toEqual([
      '304000000 2014–2014',
      '283000000 2015–2015',
      '4100000000 1996–2017',
      '1500000000 2013–2017',
      '220700000 2020–2020',
      // the first half of 2021: the total, then by sector
      '108500000 2021-01–2021-06',
      '16900000 2021-01–2021-06',
      '30000000 2021-01–2021-06',
      '27000000 2021-01–2021-06',
      '677000000 2020–2022',
      '15000000 2020–2022',
      '223700000 2022–2022',
      '228600000 2023–2023',
      '1140000000 2020–2024',
      // of 2024, reported in 2025
      '233000000 2024–2024',
    ]);
    expect((await figures('FNGO_ACTIVE_COUNT')).map(line)).toEqual(['378 2025', '379 2025-11-30']);
    expect((await figures('FNGO_ORIGIN_COUNTRY_COUNT')).map(line)).toEqual(['30 2010', '30 2025']);
    // the whole list: the oldest figure first (permits issued in 2000), the undated ones last
    const all = (await data('{ reportedFigures(first: 100) { totalCount nodes { metric periodStart { start } periodEnd { start } asOf { start } } } }')).reportedFigures;
    expect(all.nodes).toHaveLength(all.totalCount);
    const day = (f: any) => (f.periodEnd ?? f.asOf ?? f.periodStart)?.start ?? null;
    expect(all.nodes[0]).toMatchObject({ metric: 'FNGO_PERMITS_ISSUED', periodEnd: { start: '2000-01-01' } });
    const days = all.nodes.map(day);
    const dated = days.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(days.slice(dated.length).every((d: string | null) => d === null)).toBe(true);
  });
});

describe('the events of the source documents, with their people', () => {
  const line = (p: any) => `${p.person.fullName} · ${p.role} · ${p.onBehalfOf?.nameEn}`;

  it('the July 2025 information conference: VUFO’s, dated to the month, its five speakers in their roles', async () => {
    const event = await julyConference();
    expect(event).toMatchObject({ kind: 'CONFERENCE', startDate: { text: '2025-07', precision: 'MONTH' }, organizers: { nodes: [{ abbreviation: 'VUFO' }] } });
    expect(event.sources).toContainEqual({ citation: JULY_DOCUMENT, url: `https://${JULY_DOCUMENT}` });
    const participations = event.participations.edges.map((e: any) => e.node);
    expect(event.participations.totalCount).toBe(5);
    expect(participations.map(line).sort()).toEqual([
      'Nguyen Duc Hung · SPEAKER · Vietnam–Singapore Friendship Association',
      'Nguyen Ngoc Hung · RAPPORTEUR · Vietnam Union of Friendship Organizations',
      'Nguyen Thi Thu Giang · SPEAKER · Vietnam Union of Friendship Organizations',
      'Pham Quang Vinh · SPEAKER · Vietnam–USA Society',
      'Phan Anh Son · CLOSING_SPEAKER · Vietnam Union of Friendship Organizations',
    ]);
    for (const p of participations) {
      expect(p).toMatchObject({ invited: true, attended: true, sources: [{ citation: JULY_DOCUMENT }] });
      expect(p.sourceNote).toBeTruthy();
    }
  });

  it('each speaker is the person already in the directory, not a second record of the same name', async () => {
    const participations = (await julyConference()).participations.edges.map((e: any) => e.node);
    for (const { person } of participations) {
      const { persons } = await data('query($s: String!) { persons(first: 50, filter: { search: $s }) { edges { node { id fullName } } } }', { s: person.fullName });
      expect(persons.edges.filter((e: any) => e.node.fullName === person.fullName).map((e: any) => e.node.id)).toEqual([person.id]);
    }
    // the posts of the three seeded before the conference are on the same records
    const posts = async (id: string) =>
      (await data('query($id: ID!) { person(id: $id) { memberships(history: true) { edges { node { role organization { nameEn } } } } } }', { id })).person.memberships.edges.map(
        (e: any) => `${e.node.role} ${e.node.organization.nameEn}`,
      );
    const byName = Object.fromEntries(participations.map((p: any) => [p.person.fullName, p.person.id]));
    expect(await posts(byName['Pham Quang Vinh'])).toContain('PRESIDENT Vietnam–USA Society');
    expect(await posts(byName['Nguyen Duc Hung'])).toEqual(expect.arrayContaining(['VICE_PRESIDENT Vietnam–Singapore Friendship Association', 'SECRETARY_GENERAL Vietnam–Singapore Friendship Association']));
    expect(await posts(byName['Nguyen Ngoc Hung'])).toContain('VICE_PRESIDENT Vietnam Union of Friendship Organizations');
    expect(await posts(byName['Phan Anh Son'])).toContain('PRESIDENT Vietnam Union of Friendship Organizations');
  });

  it('the July 2025 document names Pham Quang Vinh President of the Vietnam–USA Society: his post is attested then, by it', async () => {
    const vinh = (await julyConference()).participations.edges.map((e: any) => e.node).find((p: any) => p.person.fullName === 'Pham Quang Vinh').person.id;
    const { person } = await data(
      'query($id: ID!) { person(id: $id) { memberships(asOf: "2025-07-15", roles: [PRESIDENT]) { edges { certainty node { organization { nameEn } attestedOn certainty(asOf: "2025-07-15") lastAttested { text } sources { citation } } } } } }',
      { id: vinh },
    );
    const [post] = person.memberships.edges.map((e: any) => e.node);
    expect(person.memberships.edges[0].certainty).toBe('CONFIRMED');
    expect(post).toMatchObject({ organization: { nameEn: 'Vietnam–USA Society' }, attestedOn: ['2025-07'], certainty: 'CONFIRMED', lastAttested: { text: '2025-07' } });
    expect(post.sources.map((s: any) => s.citation)).toContain(JULY_DOCUMENT);
  });

  it('so attendance is no longer empty on the real data', async () => {
    const participations = (await julyConference()).participations.edges.map((e: any) => e.node);
    const vinh = participations.find((p: any) => p.person.fullName === 'Pham Quang Vinh').person.id;
    const { person } = await data('query($id: ID!) { person(id: $id) { attendance(from: "2025-01-01", to: "2025-12-31") { invited recorded attended rate } participations(first: 10) { totalCount } } }', { id: vinh });
    expect(person.attendance).toEqual({ invited: 1, recorded: 1, attended: 1, rate: 1 });
    expect(person.participations.totalCount).toBe(1);
  });

  it('the foreign-NGO conference: organised by COMINGO with PACCOM and VUFO, dated to the year only, Phan Anh Son speaking', async () => {
    const event = await ngoConference();
    expect(event).toMatchObject({ kind: 'CONFERENCE', startDate: { text: '2025', precision: 'YEAR' } });
    expect(event.organizers.nodes.map((o: any) => o.abbreviation).sort()).toEqual(['COMINGO', 'PACCOM', 'VUFO']);
    expect(event.sources.map((s: any) => isNgoDocument(s.citation))).toEqual([true]);
    expect(event.sourceNote).toMatch(/before the 5th International Conference of 4 Dec 2025/);
    expect(event.sourceNote).toMatch(/exact day is not stated/);
    expect(event.participations.edges.map((e: any) => line(e.node))).toEqual(['Phan Anh Son · SPEAKER · Vietnam Union of Friendship Organizations']);
    // not the 5th International Conference, which is its own event
    const fifth = (await conferencesOf2025()).find((e: any) => e.startDate.text === '2025-12-04');
    expect(fifth.id).not.toBe(event.id);
  });
});

describe('a date whose year the source does not show', () => {
  it('the online meeting of “19 Apr” (2024 or 2025): the day and month as the page gives them, never a day of 2024', async () => {
    const { events } = await data(`{ events(first: 50, filter: { kinds: [MEETING], from: "2024-01-01", to: "2025-12-31" }) { nodes { title startDate { text precision start end } startDateCandidates sourceNote } } }`);
    const meeting = events.nodes.find((e: any) => /52 provincial\/city unions/.test(e.title));
    expect(meeting).toMatchObject({
      startDate: { text: '--04-19', precision: 'MONTH_DAY', start: '2024-04-19', end: '2025-04-19' },
      startDateCandidates: ['2024-04-19', '2025-04-19'],
    });
    expect(meeting.sourceNote).toMatch(/year not shown/);
    // the figure reported at it has no as-of date either
    const [figure] = await figures('LOCAL_UNIONS_IN_MEETING');
    expect(figure).toMatchObject({ value: 52, asOf: null, event: { title: meeting.title } });
  });
});

describe('names as the sources write them', () => {
  it('Nguyen Ngoc Hung: stored as the sources spell it, marked unverified, still found with diacritics', async () => {
    for (const search of ['Nguyễn Ngọc Hùng', 'nguyen ngoc hung']) {
      const { persons } = await data('query($s: String!) { persons(first: 5, filter: { search: $s }) { edges { node { fullName sourceNote } } } }', { s: search });
      expect(persons.edges[0].node).toEqual({ fullName: 'Nguyen Ngoc Hung', sourceNote: expect.stringMatching(/^diacritics not verified/) });
    }
  });

  it('every name marked unverified is written without diacritics; the documents’ two such speakers are among them', async () => {
    const { persons } = await data('{ persons(first: 100) { totalCount edges { node { fullName sourceNote } } } }');
    expect(persons.totalCount).toBeLessThanOrEqual(100);
    const unverified = persons.edges.map((e: any) => e.node).filter((p: any) => /^diacritics not verified/.test(p.sourceNote ?? ''));
    const plain = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') === name && !/[đĐ]/.test(name);
    expect(unverified.filter((p: any) => !plain(p.fullName))).toEqual([]);
    expect(unverified.map((p: any) => p.fullName)).toEqual(expect.arrayContaining(['Nguyen Ngoc Hung', 'Nguyen Thi Thu Giang']));
    expect(persons.edges.some((e: any) => e.node.fullName === 'Nguyễn Ngọc Hùng')).toBe(false);
  });
});

describe('French names', () => {
  it('nameFr where a source writes the French name, with that source; null on every other organisation', async () => {
    const { organizations } = await data('{ organizations(first: 100) { totalCount edges { node { nameEn nameFr sources { citation } } } } }');
    const all = organizations.edges.map((e: any) => e.node);
    expect(all).toHaveLength(organizations.totalCount);
    const french = Object.fromEntries(all.filter((o: any) => o.nameFr !== null).map((o: any) => [o.nameEn, o.nameFr]));
    expect(french).toEqual({
      'Vietnam Union of Friendship Organizations': "Union vietnamienne des organisations d'amitié",
      "People's Aid Coordinating Committee": 'Comité de coordination des Aides du Peuple',
      'Committee for Foreign NGO Affairs': 'Comité chargé des affaires des ONG étrangères',
      'Vietnam–USA Society': 'Société Vietnam-États-Unis',
      'Vietnam–Singapore Friendship Association': "Association d'amitié Vietnam-Singapour",
      'National Assembly': 'Assemblée nationale',
    });
    for (const o of all.filter((o: any) => o.nameFr !== null)) {
      expect(o.sources.some((s: any) => s.citation === JULY_DOCUMENT || isNgoDocument(s.citation))).toBe(true);
    }
  });
});
