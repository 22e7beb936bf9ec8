import type { ResidentTexts } from './types';

/**
 * Modern Standard Arabic in simple words. Arabic verbs show gender, and we do not know whether the
 * worker or the resident is a man or a woman: sentences never make the worker's name the subject of a
 * verb, instructions use "يرجى" with a verbal noun, and "you" appears only in forms that read the same
 * for both (past tense and suffixes without vowel marks). The worker's name stays in Latin letters.
 */
/** The noun after a number: 1 and 2 have forms of their own, 3–10 the plural, 11 and up the singular. */
function seconds(n: number): string {
	const form = new Intl.PluralRules('ar').select(n);
	if (form === 'one') return 'ثانية واحدة';
	if (form === 'two') return 'ثانيتين';
	return form === 'few' ? `${n} ثوانٍ` : `${n} ثانية`;
}

function others(n: number): string {
	if (n <= 1) return 'شخص آخر واحد';
	if (n === 2) return 'شخصين آخرين';
	if (n <= 10) return `${n} أشخاص آخرين`;
	return `${n} شخصًا آخر`;
}

export const ar: ResidentTexts = {
	lang: 'ar',
	dir: 'rtl',
	name: 'العربية',
	title: (w) => `ما رأيك في ${w}؟`,
	intro: (w, k) => [
		`رأيك يساعد ${w} على التعلّم. ما الجيد في عمل ${w}، وما الذي يمكن أن يكون أفضل؟`,
		`إجاباتك بدون اسم: لا تصل إجاباتك إلى ${w} إلا مع إجابات ${others(k - 1)} على الأقل، فلا يعرف أحد أي الإجابات منك.`
	],
	languageLabel: 'اللغة',
	readAloud: 'قراءة بصوت عالٍ',
	alreadySent: 'تمّ إرسال إجابة من هذا الجهاز اليوم. هل يملأ شخص آخر الأسئلة؟ لا مشكلة في ذلك.',
	raterLegend: 'أجيب بصفتي',
	raters: {
		resident: 'الشخص الذي يحصل على المساعدة (الأمر يخصّني)',
		caregiver: 'فرد من العائلة أو شخص يقدّم الرعاية',
		professional: 'أخصائي آخر'
	},
	questions: {
		time: (w) => `هل كان لدى ${w} ما يكفي من الوقت والاهتمام لك؟`,
		appointments: (w) => `هل تمّ تنفيذ ما اتفقت عليه مع ${w}؟`,
		respect: (w) => `هل شعرت بالاحترام من ${w}؟`,
		understanding: (w) => `هل وجدت عند ${w} فهمًا لوضعك؟`,
		ownIdeas: () => 'هل كان هناك مجال لأفكارك وحلولك الخاصة؟',
		helped: () => 'هل كانت المحادثة مفيدة لك؟'
	},
	scales: {
		face: ['لا، أبدًا', 'ليس كثيرًا', 'قليلًا', 'نعم', 'نعم، كثيرًا جدًا'],
		agree: ['لا أوافق أبدًا', 'لا أوافق', 'لا أوافق ولا أعارض', 'أوافق', 'أوافق تمامًا'],
		frequency: ['أبدًا', 'نادرًا', 'أحيانًا', 'غالبًا', 'دائمًا']
	},
	dontKnow: 'لا أعرف / أفضّل ألّا أجيب',
	good: (w) => `ما الجيد في عمل ${w}؟`,
	better: (w) => `ما الذي يمكن أن يكون أفضل في عمل ${w}؟`,
	openHint: 'اختياري. يمكنك الكتابة بكلماتك الخاصة.',
	media: 'رسالة صوتية أو فيديو بدل الكتابة؟',
	mediaHint:
		'اختياري. يمكنك تسجيل رسالة صوتية أو فيديو قصير (20 ميغابايت كحد أقصى). الموظف فقط يستطيع تشغيلها، مع الإجابات الأخرى.',
	contactLegend: 'هل يناسبك حديث عن إجاباتك؟',
	contactHint: (w) => `اختياري. إذا كتبت اسمك هنا، فلن تكون إجابتك بدون اسم. عندها يمكن التواصل بينك وبين ${w}.`,
	contactName: 'الاسم',
	contactWay: 'رقم الهاتف أو البريد الإلكتروني',
	submit: 'إرسال',
	followUpTitle: 'سؤال أخير',
	followUp: (w) => `ما الذي كان جيدًا بالضبط؟ مثال واحد يساعد ${w} على التعلّم.`,
	followUpSend: 'إرسال',
	followUpSkip: 'تخطّي',
	thanksTitle: 'شكرًا لك!',
	thanks: (w) => `تم إرسال إجاباتك. ستصل إلى ${w} مع إجابات أشخاص آخرين.`,
	cardTitle: 'رأيك باستخدام بطاقة',
	cardIntro:
		'هل يوجد رمز على بطاقتك؟ يرجى كتابة الرمز في الأسفل. كل بطاقة تُحتسب مرة واحدة. هل استخدمتها من قبل؟ عندها تُحتسب إجابتك الأولى.',
	cardCode: 'الرمز الموجود على البطاقة',
	cardSubmit: 'متابعة',
	errorTitle: 'هناك شيء غير صحيح.',
	errors: {
		rater: 'يرجى اختيار صفتك في الأعلى.',
		scores: 'يرجى اختيار إجابة لسؤال واحد على الأقل.',
		tooLong: (max) => `النص طويل جدًا. الحد الأقصى لعدد الحروف هو ${max}.`,
		mediaTooBig: (mb) => `الملف كبير جدًا. الحد الأقصى هو ${mb} ميغابايت.`,
		mediaType: 'هذا الملف ليس صوتًا ولا فيديو. إجاباتك ما زالت هنا. يرجى اختيار تسجيل آخر، أو الإرسال بدون ملف.',
		contactMissing: 'يرجى كتابة اسمك ورقم الهاتف أو البريد الإلكتروني، أو ترك الخانتين فارغتين.',
		notFound: 'هذا الرابط أو الرمز غير موجود. يرجى التأكد من نسخه بشكل صحيح.',
		closed: 'هذا الاستبيان مغلق. لم يعد من الممكن إضافة إجابات.',
		paused: 'هذا الاستبيان متوقف الآن. يرجى المحاولة لاحقًا.',
		cardUsed: 'هذه البطاقة استُخدمت من قبل. كل بطاقة تعمل مرة واحدة فقط.',
		signedIn:
			'تمّ تسجيل الدخول في هذا المتصفح بحساب موظف في Vakspiegel. لذلك لا يمكن إعطاء الرأي هنا. يرجى تسجيل الخروج أولاً، أو استخدام جهاز أو متصفح آخر.',
		cardUnknown: 'لا نعرف هذا الرمز. شكل الرمز هكذا: ABCD-EFGH.',
		flood: 'وصلت اليوم إجابات كثيرة جدًا عبر هذا الرابط. يرجى المحاولة مرة أخرى غدًا.',
		expired: 'كان النموذج مفتوحًا لوقت طويل، أو تم إرساله من قبل. يرجى مراجعة إجاباتك في الأسفل وإرسالها مرة أخرى.',
		retry: 'لم ينجح الإرسال. إجاباتك ما زالت هنا. يرجى المحاولة مرة أخرى.',
		tooManyTries: (s) => `تمّت تجربة رمز غير موجود مرات كثيرة. يرجى الانتظار ${seconds(s)} ثم المحاولة مرة أخرى.`
	}
};
