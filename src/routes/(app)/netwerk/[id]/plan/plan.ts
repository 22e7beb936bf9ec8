import type { NetworkActionRow, NetworkData } from '$lib/server/network/network-data';
import { caseVoice } from '$lib/network/voice';

export interface PlanAction {
	id: string;
	goalId: string;
	goal: string;
	/** "client", "professional:<name>" or "person:<id>": who, as a key to group by. */
	whoKey: string;
	whoLabel: string;
	what: string;
	due: string | null;
	status: NetworkActionRow['status'];
}

/** The plan's actions with a readable "wie" (the client, a person on the map, or a professional). */
export function planActions(
	data: Pick<NetworkData, 'actions' | 'goals' | 'persons'> & { caseFile: { label: string; kind: string } }
): PlanAction[] {
	return data.actions.map((a) => {
		const person = a.personId ? data.persons.find((p) => p.id === a.personId) : undefined;
		return {
			id: a.id,
			goalId: a.goalId,
			goal: data.goals.find((g) => g.id === a.goalId)?.text ?? '',
			whoKey:
				a.who === 'person' ? `person:${a.personId}` : a.who === 'client' ? 'client' : `professional:${a.professional}`,
			whoLabel: a.who === 'client' ? caseVoice.centreName(data.caseFile) : (person?.name ?? a.professional),
			what: a.what,
			due: a.due,
			status: a.status
		};
	});
}
