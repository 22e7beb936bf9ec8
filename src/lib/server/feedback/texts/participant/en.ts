import type { ParticipantTexts } from './types';

export const en: ParticipantTexts = {
	joinTitle: 'Join in',
	joinIntro: 'Type the code you see on the screen. You do not need an account and you do not give your name.',
	code: 'Code',
	go: 'Continue',
	errorTitle: 'That did not work.',
	otherCode: 'Type another code',
	eyebrow: (code) => `Advice session · code ${code}`,
	notStarted: 'This session has not started yet. Come back later or refresh the page.',
	closed: 'This session is closed. Thank you for your interest.',
	locked: 'This session is closed to new participants.',
	groupLegend: 'I take part as',
	groupHelp: 'You choose once. Nobody sees who you are.',
	join: 'Join in',
	youAre: (group) => `You take part as ${/^[aeiou]/iu.test(group) ? 'an' : 'a'} ${group}.`,
	phaseNow: 'Now:',
	phases: {
		preparing: 'Preparing',
		tips: 'Collecting tips',
		clustering: 'Making themes',
		voting: 'Voting',
		top: 'Top ideas',
		closed: 'Closed'
	},
	sent: 'Your tip has been sent. Thank you! You may send more tips.',
	tipLabel: 'Your tip',
	tipHelp: (max) => `Short is fine. At most ${max} characters. One tip at a time.`,
	tipSend: 'Send your tip',
	tipCount: (count) => `Tips on the wall so far: ${count}`,
	clustering:
		'The facilitator is now putting the tips into themes. After that you can vote. This page changes by itself.',
	voteLegend: (dots) => `Spread your ${dots} dots over the themes you find most important`,
	dotsLeft: (left, total) => `You have ${left} of ${total} dots left.`,
	dotsOver: (extra) => `You gave too many dots: ${extra} too many. Take ${extra} away.`,
	dotMore: (theme) => `One dot more: ${theme}`,
	dotLess: (theme) => `One dot less: ${theme}`,
	themeTips: (count) => `Read the tips in this theme (${count})`,
	voteSave: 'Save my dots',
	voted: 'Your dots have been saved. You can still change them while voting is open.',
	top: 'Voting is over. The group is now making the top ideas.',
	closedThanks: 'The session is over. Thank you for your tips and your vote!',
	ownTips: (count) => `Your tips (${count})`,
	tipStatus: { pending: 'waiting for the facilitator', hidden: 'not on the wall', visible: 'on the wall' },
	refresh: 'Refresh the page to see whether anything has changed.',
	noThemes: 'There are no themes yet.',
	outcomeLink: 'What did we do with your advice?',
	outcomeLinkHelp: 'Read the top ideas and what the organisation does with them.',
	rankingHeading: 'Themes in order of dots',
	countDots: (count) => `Dots: ${count}`,
	agreement: {
		high: (a, b, pct) => `${a} and ${b} mostly chose the same themes (${pct}% of their dots).`,
		some: (a, b, pct) => `${a} and ${b} partly chose the same themes (${pct}% of their dots).`,
		low: (a, b, pct) =>
			pct === 0
				? `${a} and ${b} chose entirely different themes: none of their dots went to the same theme.`
				: `${a} and ${b} mostly chose different themes (only ${pct}% of their dots match).`
	},
	smallGroupsHidden: (min) => `We do not show groups with fewer than ${min} voters.`,
	groups: {
		residents: { one: 'resident', many: 'residents' },
		experts: { one: 'experience expert', many: 'experience experts' },
		representatives: { one: 'client representative', many: 'client representatives' },
		workers: { one: 'social worker', many: 'social workers' },
		policy: { one: 'policy maker', many: 'policy makers' },
		other: { one: 'someone else', many: 'others' }
	},
	errors: {
		codeUnknown: 'We do not know this code. Look closely at the code on the screen: six letters and numbers.',
		notStarted: 'This session has not started yet. Try again later.',
		closed: 'This session is closed. You can no longer give tips or dots.',
		joinFirst: 'Choose your group first to take part.',
		group: 'Choose one of the groups.',
		locked: 'This session is closed to new participants. Ask the facilitator in the room for help.',
		full: 'This session has reached the largest number of participants.',
		tooManyJoins: (seconds) =>
			`Too many participants are joining at the same time. Wait ${seconds} seconds and try again.`,
		tipsPhase: 'You can no longer send tips: the facilitator has moved to the next step.',
		votingPhase: 'You cannot vote now: the facilitator has not opened voting yet, or has closed it.',
		tooManyTips: (max) => `You have already sent ${max} tips. That is the maximum.`,
		tipEmpty: 'Write your tip first.',
		tipTooLong: (max) => `Your tip is too long. Use at most ${max} characters.`,
		textControl:
			'The text contains an invisible control character that is not allowed. Type the text again, or paste it without formatting.',
		dotsInvalid: 'Choose a number of dots of 0 or more for each theme.',
		dotsTooMany: (max, total, extra) =>
			`You have ${max} dots, but you gave ${total}. Take away ${extra} and save again. Your choices are still there.`,
		votesChanged: 'Your dots have changed in the meantime, for example in another tab. Check them and save again.',
		unknownItem: 'This theme does not belong to this session. Refresh the page.',
		retry: 'The form could not be read. Please try again.',
		tooManyTries: (seconds) => `You tried a code that does not exist too often. Wait ${seconds} seconds and try again.`
	}
};
