import type { CodeLinkOptions } from '../code/link-target';
import type { ActivityKind } from './model';

/** What the form for a log line offers: the worker's register's categories and the code's articles. */
export interface ActivityFormOptions {
	registerName: string;
	hasProfile: boolean;
	categories: { key: string; label: string }[];
	/** The category each kind goes in by default (with an accreditation number, for a training). */
	defaults: Record<ActivityKind, string>;
	/** The organisation's published code, for "meest relevante artikel of kernwaarde"; null without one. */
	code: CodeLinkOptions | null;
}
