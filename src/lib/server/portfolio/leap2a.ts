import type { RegisterRules } from '../../portfolio/model';
import { activityKindLabel } from '../../portfolio/export-labels';
import { formatHours } from '../../portfolio/progress';
import { m } from '../../paraglide/messages';
import type { ExportGoal } from './export-data';
import type { ActivityRow } from './activity-access';

// Leap2A 2010-07 (an Atom feed with Leap2A terms), so a portfolio can move to Mahara or another
// ePortfolio. Not a use case: export-portfolio-leap2a.ts guards and audits, this writes the XML.
// Namespaces as the 2010-07 specification and Mahara's importer (htdocs/import/leap/lib.php) read
// them: terms in http://terms.leapspecs.org/ (types and relations as CURIEs "leap2:…"), categories
// in http://wiki.leapspecs.org/2A/categories/, the version element with the 2010-07 URI.

export const LEAP2A_NS = {
	atom: 'http://www.w3.org/2005/Atom',
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	leap2: 'http://terms.leapspecs.org/',
	categories: 'http://wiki.leapspecs.org/2A/categories/'
} as const;
export const LEAP2A_VERSION = 'http://www.leapspecs.org/2010-07/2A/';

const MEETINGS = new Set(['intervisie', 'supervisie', 'casuistiek']);

// XML 1.0 allows no control characters but tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;
const esc = (s: string) =>
	s
		.replace(INVALID_XML, '')
		.replace(/&/gu, '&amp;')
		.replace(/</gu, '&lt;')
		.replace(/>/gu, '&gt;')
		.replace(/"/gu, '&quot;');

const goalId = (id: string) => `urn:uuid:${id}`;
const activityId = (id: string) => `urn:uuid:${id}`;
const evidenceId = (id: string) => `urn:uuid:${id}`;
const reflectionId = (id: string) => `tag:vakspiegel,2026:reflectie/${id}`;
const personId = (n: number) => `tag:vakspiegel,2026:persoon/${n}`;

interface Entry {
	id: string;
	title: string;
	type: string;
	content: string;
	updated: Date;
	published?: Date;
	links?: { rel: string; href: string }[];
	categories?: { term: string; scheme: string; label?: string }[];
	dates?: { point: 'start' | 'end' | 'target'; value: string }[];
}

function entry(e: Entry): string {
	const lines = [
		'  <entry>',
		`    <title>${esc(e.title)}</title>`,
		`    <id>${esc(e.id)}</id>`,
		`    <updated>${e.updated.toISOString()}</updated>`,
		...(e.published ? [`    <published>${e.published.toISOString()}</published>`] : []),
		`    <content type="text">${esc(e.content)}</content>`,
		`    <rdf:type rdf:resource="leap2:${e.type}"/>`,
		...(e.links ?? []).map((l) => `    <link rel="leap2:${l.rel}" href="${esc(l.href)}"/>`),
		...(e.categories ?? []).map(
			(c) =>
				`    <category term="${esc(c.term)}" scheme="${esc(c.scheme)}"${c.label ? ` label="${esc(c.label)}"` : ''}/>`
		),
		...(e.dates ?? []).map((d) => `    <leap2:date leap2:point="${d.point}">${esc(d.value)}</leap2:date>`),
		'  </entry>'
	];
	return lines.join('\n');
}

const lines = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join('\n');

export interface Leap2aInput {
	author: { name: string };
	register: RegisterRules;
	goals: readonly ExportGoal[];
	activities: readonly ActivityRow[];
	now: Date;
	feedId: string;
}

/** The whole feed: the author, goals with their evidence, activities, their reflections and attendees. */
export function buildLeap2a(input: Leap2aInput): string {
	const { goals, activities, register, now } = input;
	const entries: string[] = [];
	const inFeed = new Set(activities.map((a) => a.id));
	const statusLabel: Record<string, string> = {
		active: m.pfx_goal_active(),
		achieved: m.pfx_goal_achieved(),
		stopped: m.pfx_goal_stopped()
	};

	// The author as Leap2A's "Self" person (Mahara reads the portfolio's owner from it).
	entries.push(
		entry({
			id: 'tag:vakspiegel,2026:persoon/zelf',
			title: input.author.name,
			type: 'person',
			content: input.author.name,
			updated: now,
			categories: [{ term: 'Self', scheme: 'categories:person_type#' }]
		})
	);

	for (const g of goals) {
		const evidenceLinks: { rel: string; href: string }[] = [];
		for (const e of g.evidence) {
			if (e.activityId && inFeed.has(e.activityId)) {
				evidenceLinks.push({ rel: 'has_evidence', href: activityId(e.activityId) });
				continue;
			}
			evidenceLinks.push({ rel: 'has_evidence', href: evidenceId(e.id) });
			entries.push(
				entry({
					id: evidenceId(e.id),
					title: e.title,
					type: 'entry',
					content: e.text || e.title,
					updated: e.createdAt,
					links: [{ rel: 'is_evidence_of', href: goalId(g.id) }]
				})
			);
		}
		entries.push(
			entry({
				id: goalId(g.id),
				title: g.title,
				type: 'plan',
				content: lines(
					g.description,
					`${m.pfx_leap_status()}: ${statusLabel[g.status] ?? g.status}`,
					g.lookBack && `${m.pfx_field_look_back()}: ${g.lookBack}`
				),
				updated: g.updatedAt,
				published: g.createdAt,
				links: evidenceLinks,
				dates: g.reviewOn ? [{ point: 'target', value: g.reviewOn }] : []
			})
		);
	}

	// People who confirmed their presence, once each, by name (the only thing the log keeps of them).
	const persons = new Map<string, string>();
	const person = (name: string) => {
		let id = persons.get(name);
		if (!id) {
			id = personId(persons.size + 1);
			persons.set(name, id);
		}
		return id;
	};

	for (const a of activities) {
		const category = register.categories.find((c) => c.key === a.category);
		const links: { rel: string; href: string }[] = [];
		const meeting = MEETINGS.has(a.kind);
		if (meeting) for (const p of a.participantNames) links.push({ rel: 'attended_by', href: person(p) });
		for (const g of goals)
			if (g.evidence.some((e) => e.activityId === a.id)) links.push({ rel: 'is_evidence_of', href: goalId(g.id) });
		const dims = [
			a.dimensions.technisch && `${m.pfx_field_technisch()}: ${a.dimensions.technisch}`,
			a.dimensions.normatief && `${m.pfx_field_normatief()}: ${a.dimensions.normatief}`,
			a.dimensions.persoonlijk && `${m.pfx_field_persoonlijk()}: ${a.dimensions.persoonlijk}`
		];
		const reflects = Boolean(a.reflection.trim() || dims.some(Boolean));
		if (reflects) links.push({ rel: 'is_reflected_on_by', href: reflectionId(a.id) });
		entries.push(
			entry({
				id: activityId(a.id),
				title: a.title,
				type: meeting ? 'meeting' : 'activity',
				content: lines(
					`${activityKindLabel(a.kind)} · ${m.pfx_hours_short({ hours: formatHours(a.netMinutes) })}`,
					a.methodName && `${m.pfx_col_method()}: ${a.methodName}`,
					a.chairName && `${m.pfx_col_chair()}: ${a.chairName}`,
					a.accreditationId && `${m.pfx_col_accreditation()}: ${a.accreditationId}`,
					a.evidence && `${m.pfx_col_evidence()}: ${a.evidence}`,
					`${m.pfx_col_category({ register: register.name })}: ${category?.label ?? a.category}`
				),
				updated: a.updatedAt,
				published: a.createdAt,
				links,
				categories: [
					{
						term: a.category,
						scheme: `urn:vakspiegel:register:${register.key}#`,
						label: category?.label ?? a.category
					}
				],
				dates: [
					{ point: 'start', value: a.startedAt ? a.startedAt.toISOString() : a.occurredOn },
					...(a.endedAt ? [{ point: 'end' as const, value: a.endedAt.toISOString() }] : [])
				]
			})
		);
		if (reflects) {
			entries.push(
				entry({
					id: reflectionId(a.id),
					title: m.pfx_leap_reflection_title({ title: a.title }),
					type: 'entry',
					content: lines(a.reflection, ...dims),
					updated: a.updatedAt,
					links: [{ rel: 'reflects_on', href: activityId(a.id) }]
				})
			);
		}
	}

	for (const [name, id] of persons) {
		const attends = activities
			.filter((a) => MEETINGS.has(a.kind) && a.participantNames.includes(name))
			.map((a) => ({ rel: 'attends', href: activityId(a.id) }));
		entries.push(entry({ id, title: name, type: 'person', content: name, updated: now, links: attends }));
	}

	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<feed xmlns="${LEAP2A_NS.atom}" xmlns:rdf="${LEAP2A_NS.rdf}" xmlns:leap2="${LEAP2A_NS.leap2}" xmlns:categories="${LEAP2A_NS.categories}">`,
		`  <leap2:version>${LEAP2A_VERSION}</leap2:version>`,
		`  <id>${esc(input.feedId)}</id>`,
		`  <title>${esc(m.pfx_leap_feed_title({ name: input.author.name }))}</title>`,
		`  <author><name>${esc(input.author.name)}</name></author>`,
		`  <updated>${now.toISOString()}</updated>`,
		'  <generator>Vakspiegel</generator>',
		...entries,
		'</feed>',
		''
	].join('\n');
}
