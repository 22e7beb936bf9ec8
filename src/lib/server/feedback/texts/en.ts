import type { ResidentTexts } from './types';

export const en: ResidentTexts = {
	lang: 'en',
	dir: 'ltr',
	name: 'English',
	title: (w) => `What do you think of ${w}?`,
	intro: (w, k) => [
		`${w} would like to learn from what you think. What does ${w} do well, and what could be better?`,
		`You stay anonymous: ${w} only sees your answers together with those of at least ${k - 1 === 1 ? 'one other person' : `${k - 1} others`}, and does not know which are yours.`
	],
	languageLabel: 'Language',
	readAloud: 'Read aloud',
	readAll: 'Read everything aloud',
	stopReading: 'Stop reading',
	alreadySent: 'Someone already answered on this device today. Is someone else filling it in? That is fine.',
	raterLegend: 'I am filling this in as',
	raters: {
		resident: 'resident or client (it is about me)',
		caregiver: 'carer or family member',
		professional: 'another professional'
	},
	questions: {
		time: (w) => `Did ${w} have enough time and attention for you?`,
		appointments: (w) => `Did ${w} do what ${w} had agreed?`,
		respect: (w) => `Did you feel respected by ${w}?`,
		understanding: (w) => `Did ${w} understand how things are for you?`,
		ownIdeas: () => `Did you get room for your own ideas and solutions?`,
		helped: () => `Did the conversation help you?`
	},
	scales: {
		face: ['Not at all', 'Not really', 'A little', 'Yes', 'Yes, very much'],
		agree: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
		frequency: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always']
	},
	dontKnow: "I don't know / I'd rather not say",
	good: (w) => `What does ${w} do well?`,
	better: (w) => `What could ${w} do better?`,
	openHint: 'Optional. Write it the way you would say it.',
	media: 'Would you rather speak or film your answer?',
	mediaHint: (w: string) =>
		`Optional. Record a short audio or video message (20 MB at most). Only ${w} can play it, together with the other answers.`,
	contactLegend: 'Would you like to talk about your answers?',
	contactHint: (w) =>
		`Optional. If you fill in your name, ${w} sees your name, how to reach you and today's date straight away. So ${w} will know that you filled in the questions. ${w} sees your answers and what you wrote later, together with those of others, and never next to your name.`,
	contactName: 'Name',
	contactWay: 'Phone number or e-mail address',
	submit: 'Send',
	followUpTitle: 'One more question',
	followUp: (w) => `What made it good? An example helps ${w} to learn.`,
	followUpBetter: (w) => `What could ${w} do even better? Even a small thing helps ${w} to learn.`,
	recorder: {
		start: 'Record audio',
		stop: 'Stop recording',
		listen: 'Listen',
		remove: 'Delete recording',
		recording: 'Recording',
		ready: 'Your recording is ready. It will be sent with your answers.',
		failed: 'Recording does not work on this device. Choose a file, or send without a recording.',
		file: 'Audio or video file'
	},
	followUpSend: 'Send',
	followUpSkip: 'Skip',
	thanksTitle: 'Thank you!',
	thanks: (w) => `Your answers have been sent. ${w} will read them together with those of others.`,
	cardTitle: 'Feedback with a card',
	cardIntro:
		'Is there a code on your card? Type the code below. A card counts once. Did you use it before? Then your first answer counts.',
	cardCode: 'Code on the card',
	cardSubmit: 'Continue',
	errorTitle: 'Something is not right.',
	errorPages: {
		notFound: {
			title: 'This link does not work',
			text: 'Part of the link may be missing. Check that you copied the whole link, or ask your social worker to send it again.'
		},
		cardUnknown: {
			title: 'We do not know this code',
			text: 'Check that you typed the code correctly. A code looks like this: ABCD-EFGH.'
		},
		closed: {
			title: 'This questionnaire is closed',
			text: 'No more answers can be added. Would you still like to say something? Tell your social worker, or ask for a new link.'
		},
		paused: {
			title: 'This questionnaire is paused',
			text: 'You cannot answer right now. Please try again in a few days, with the same link or card.'
		},
		other: { title: 'Something went wrong', text: 'It is not your fault. Please try again in a few minutes.' }
	},
	typeCardCode: 'Type the code from a card',
	tryAgain: 'Try again',
	errors: {
		rater: 'Choose how you are filling this in.',
		scores: 'Choose an answer for at least one question.',
		tooLong: (max) => `This is too long. Use at most ${max} characters.`,
		mediaTooBig: (mb) =>
			`The file is too big. At most ${mb} MB. Your answers are still here. Choose a shorter recording, or send without a file.`,
		mediaType:
			'This file is not audio or video. Your answers are still here. Choose another recording, or send without a file.',
		contactMissing: 'Fill in your name and a phone number or e-mail address, or leave both empty.',
		notFound: 'This link or code does not exist. Check that you copied it correctly.',
		closed: 'This questionnaire is closed. No more answers can be added.',
		paused: 'This questionnaire is paused. Please try again later.',
		cardUsed: 'This card has already been used. A card works once.',
		signedIn:
			'You are signed in to Vakspiegel as a staff member in this browser. That is why you cannot give feedback here: nobody can fill in responses about themselves. Please sign out first. Not a staff member? Then use another device or browser.',
		cardUnknown: 'We do not know this code. A code looks like this: ABCD-EFGH.',
		flood: 'A great many answers came in through this link today. Please try again tomorrow.',
		expired:
			'The form was open too long or was already sent. Please fill it in again below: your answers are still there.',
		retry: 'Sending did not work. Your answers are still there. Please try again.',
		tooManyTries: (seconds) => `You tried a code that does not exist too often. Wait ${seconds} seconds and try again.`
	}
};
