import { m } from '../paraglide/messages';
import type { ActivityKind } from './model';
import type { ResidentDataKind } from './resident-data-guard';

// Dutch words for what the portfolio exports print and the refusal page shows.

const KINDS: Record<ActivityKind, () => string> = {
	intervisie: m.pfx_kind_intervisie,
	supervisie: m.pfx_kind_supervisie,
	casuistiek: m.pfx_kind_casuistiek,
	training: m.pfx_kind_training,
	reading: m.pfx_kind_reading,
	consultation: m.pfx_kind_consultation,
	advice: m.pfx_kind_advice,
	other: m.pfx_kind_other
};

export const activityKindLabel = (kind: string): string => KINDS[kind as ActivityKind]?.() ?? kind;

const FIELDS: Record<string, () => string> = {
	title: m.pfx_field_title,
	description: m.pfx_field_description,
	lookBack: m.pfx_field_look_back,
	evidence: m.pfx_field_evidence,
	reflection: m.pfx_field_reflection,
	technisch: m.pfx_field_technisch,
	normatief: m.pfx_field_normatief,
	persoonlijk: m.pfx_field_persoonlijk,
	method: m.pfx_field_method,
	chair: m.pfx_field_chair
};

export const exportFieldLabel = (field: string): string => FIELDS[field]?.() ?? field;

const FOUND: Record<ResidentDataKind, () => string> = {
	name: m.pfx_found_name,
	bsn: m.pfx_found_bsn,
	email: m.pfx_found_email,
	phone: m.pfx_found_phone,
	contact: m.pfx_found_contact
};

export const residentDataKindLabel = (kind: ResidentDataKind): string => FOUND[kind]();
