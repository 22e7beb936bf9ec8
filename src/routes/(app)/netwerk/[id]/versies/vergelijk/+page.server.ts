import { error } from '@sveltejs/kit';
import { orError } from '$lib/server/http';
import { getNetworkComparison } from '$lib/server/network/get-network-comparison';
import { renderNetworkSvg } from '$lib/server/network/render-network-svg';
import { m } from '$lib/paraglide/messages';
import { clientRolesText } from '$lib/network/labels';
import { caseVoice } from '$lib/network/voice';
import { networkContext } from '../../../network-route';
import type { PageServerLoad } from './$types';
import { idFrom, type NetworkCaseId } from '$lib/server/ids';

export const load: PageServerLoad = async (event) => {
	const { organisationId, actor, db } = await networkContext(event);
	const from = event.url.searchParams.get('van') ?? '';
	const to = event.url.searchParams.get('tot') ?? 'nu';
	if (!from) error(404, m.error_not_found());
	const result = await orError(
		getNetworkComparison(actor, db, organisationId, idFrom<NetworkCaseId>(event.params.id), from, to)
	);
	const c = result.comparison;
	const label = result.data.caseFile.label;
	const centre = caseVoice.centreName(result.data.caseFile);
	const leftMarks = Object.fromEntries(c.left.map((p) => [p.id, 'left' as const]));
	return {
		caseFile: {
			id: result.data.caseFile.id,
			label,
			status: result.data.caseFile.status,
			kind: result.data.caseFile.kind
		},
		fromDate: result.from.takenOn,
		toDate: result.to.takenOn,
		fromSvg: renderNetworkSvg(result.from.snapshot.persons, result.from.snapshot.ties, {
			kind: 'ecogram',
			legend: result.data.legend,
			clientLabel: centre,
			idPrefix: 'van',
			title: caseVoice.compareFrom(result.data.caseFile),
			marks: leftMarks
		}),
		toSvg: renderNetworkSvg(result.to.snapshot.persons, result.to.snapshot.ties, {
			kind: 'ecogram',
			legend: result.data.legend,
			clientLabel: centre,
			idPrefix: 'tot',
			title: caseVoice.compareTo(result.data.caseFile),
			marks: c.marks
		}),
		comparison: {
			joined: c.joined.map((p) => p.name),
			left: c.left.map((p) => p.name),
			closer: c.closer,
			further: c.further,
			sectorChanged: c.sectorChanged,
			relationChanged: c.relationChanged,
			tiesAdded: c.tiesAdded,
			tiesRemoved: c.tiesRemoved,
			// Versions saved before roles existed carry none: then there is nothing to compare.
			roles: c.rolesChanged
				? {
						from:
							clientRolesText(c.rolesChanged.from.roles, c.rolesChanged.from.other) || m.network_practice_roles_none(),
						to: clientRolesText(c.rolesChanged.to.roles, c.rolesChanged.to.other) || m.network_practice_roles_none()
					}
				: null
		}
	};
};
