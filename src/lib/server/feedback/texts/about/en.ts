import { capitalise, type AboutTexts } from './types';

export const en: AboutTexts = {
	label: 'Who is asking?',
	feedbackFrom: 'These questions come from {org}.',
	adviceFrom: 'This session is run by {org}.',
	feedbackUnknown: 'The next page says which organisation is asking.',
	adviceUnknown: 'The next page says which organisation runs this session.',
	contact: 'Questions? E-mail',
	feedbackPrivacyTitle: 'What happens to your answers?',
	advicePrivacyTitle: 'What happens to your tips and dots?',
	feedbackPrivacy: ({ worker, k, org, months }) => {
		const w = worker ?? 'the worker';
		return [
			'We keep your answers, the language and the day you sent them. Not the time. We do not keep your name, your IP address or what phone or computer you use. After sending, your phone or computer remembers for 12 hours that an answer was sent (a cookie).',
			`Only ${w} sees your answers, and only once there are at least ${k} answers. That is the next day at the earliest. ${capitalise(w)} then sees them all together and does not know which answer is yours. Colleagues and the administrator do not see your answers.`,
			`If you give your name for a conversation, ${w} sees your name and how to reach you. If you send a recording, ${w} may recognise your voice or face.`,
			months
				? `We keep your answers for ${months} months from the day ${w} can read them. Then they are deleted automatically.`
				: `We keep your answers until ${org ?? 'the organisation'} deletes them.`
		];
	},
	advicePrivacy: ({ org, months }) => [
		'We keep your tips, your dots, the group you chose and the day. Not the time. We do not keep your name, your IP address or what phone you use. A cookie on your phone remembers for 30 days that you take part.',
		'Your tips appear on the wall in the room, without your name. The facilitator sees all tips and dots, but not who sent them. All tips stay in the report.',
		months
			? `We keep the tips and dots for ${months} months after the session. Then they are deleted automatically; only how many there were stays.`
			: `We keep the tips and dots until ${org ?? 'the organisation'} deletes them.`
	]
};
