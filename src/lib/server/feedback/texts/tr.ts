import type { ResidentTexts } from './types';

/**
 * Turkish, simple, informal "sen". Turkish case endings on a name follow its vowels ("Anna'nın",
 * "Mehmet'in"), which we cannot know for any name: the worker's name only stands without an ending,
 * as subject or before "hakkında" and "için".
 */
export const tr: ResidentTexts = {
	lang: 'tr',
	dir: 'ltr',
	name: 'Türkçe',
	title: (w) => `${w} hakkında ne düşünüyorsun?`,
	intro: (w, k) => [
		`${w} senin fikrinden öğrenmek istiyor. ${w} neyi iyi yapıyor, neyi daha iyi yapabilir?`,
		`Adın gizli kalır: ${w} cevaplarını sadece en az ${k - 1} kişinin daha cevaplarıyla birlikte görür ve hangilerinin senin olduğunu bilmez.`
	],
	languageLabel: 'Dil',
	readAloud: 'Sesli oku',
	readAll: 'Hepsini sesli oku',
	stopReading: 'Okumayı durdur',
	alreadySent: 'Bu cihazdan bugün zaten bir cevap gönderildi. Başka biri mi dolduruyor? Sorun değil.',
	raterLegend: 'Bu formu kim dolduruyor?',
	raters: {
		resident: 'yardım alan kişi (benimle ilgili)',
		caregiver: 'aileden biri veya bakım veren kişi',
		professional: 'başka bir uzman'
	},
	questions: {
		time: (w) => `${w} sana yeterince zaman ayırdı ve seninle ilgilendi mi?`,
		appointments: (w) => `${w} anlaştığınız şeyleri yaptı mı?`,
		respect: (w) => `${w} sana saygılı davrandı mı?`,
		understanding: (w) => `${w} senin durumunu anladı mı?`,
		ownIdeas: (w) => `${w} senin kendi fikirlerine ve çözümlerine yer verdi mi?`,
		helped: () => 'Görüşme sana yardımcı oldu mu?'
	},
	scales: {
		face: ['Hayır, hiç', 'Pek değil', 'Biraz', 'Evet', 'Evet, çok'],
		agree: [
			'Kesinlikle katılmıyorum',
			'Katılmıyorum',
			'Ne katılıyorum ne katılmıyorum',
			'Katılıyorum',
			'Kesinlikle katılıyorum'
		],
		frequency: ['Hiçbir zaman', 'Nadiren', 'Bazen', 'Sık sık', 'Her zaman']
	},
	dontKnow: 'Bilmiyorum / söylemek istemiyorum',
	good: (w) => `${w} neyi iyi yapıyor?`,
	better: (w) => `${w} neyi daha iyi yapabilir?`,
	openHint: 'Zorunlu değil. Nasıl konuşuyorsan öyle yaz.',
	media: 'Yazmak yerine ses veya video kaydetmek ister misin?',
	mediaHint:
		'Zorunlu değil. Kısa bir ses veya video mesajı kaydet (en fazla 20 MB). Kaydı sadece çalışan açabilir, diğer cevaplarla birlikte.',
	contactLegend: 'Cevapların hakkında konuşmak ister misin?',
	contactHint: (w) =>
		`Zorunlu değil. Buraya adını yazarsan, ${w} adını, sana nasıl ulaşacağını ve bugünün tarihini hemen görür. Yani ${w} soruları cevapladığını bilir. Cevaplarını ve yazdıklarını ${w} daha sonra, başkalarının cevaplarıyla birlikte görür; adının yanında asla görmez.`,
	contactName: 'Ad',
	contactWay: 'Telefon numarası veya e-posta adresi',
	submit: 'Gönder',
	followUpTitle: 'Bir soru daha',
	followUp: (w) => `Neyi iyi buldun? Bir örnek verirsen ${w} daha çok şey öğrenir.`,
	followUpBetter: (w) => `${w} neyi daha da iyi yapabilir? Küçük bir şey bile önemli.`,
	recorder: {
		start: 'Ses kaydet',
		stop: 'Kaydı durdur',
		listen: 'Dinle',
		remove: 'Kaydı sil',
		recording: 'Kayıt yapılıyor',
		ready: 'Kaydın hazır. Cevaplarınla birlikte gönderilecek.',
		failed: 'Bu cihazda kayıt yapılamıyor. Bir dosya seç ya da kayıt olmadan gönder.',
		file: 'Ses veya video dosyası'
	},
	followUpSend: 'Gönder',
	followUpSkip: 'Atla',
	thanksTitle: 'Teşekkürler!',
	thanks: (w) => `Cevapların gönderildi. ${w} onları başkalarının cevaplarıyla birlikte okuyacak.`,
	cardTitle: 'Kartla geri bildirim',
	cardIntro:
		'Kartında bir kod var mı? Kodu aşağıya yaz. Bir kart bir kez sayılır. Daha önce kullandın mı? O zaman ilk cevabın sayılır.',
	cardCode: 'Karttaki kod',
	cardSubmit: 'Devam',
	errorTitle: 'Bir sorun var.',
	errorPages: {
		notFound: {
			title: 'Bu bağlantı çalışmıyor',
			text: 'Bağlantının bir kısmı eksik olabilir. Bağlantının tamamını kopyaladığını kontrol et ya da sosyal çalışmacından bağlantıyı tekrar göndermesini iste.'
		},
		cardUnknown: {
			title: 'Bu kodu tanımıyoruz',
			text: 'Kodu doğru yazıp yazmadığını kontrol et. Kod şöyle görünür: ABCD-EFGH.'
		},
		closed: {
			title: 'Bu anket kapandı',
			text: 'Artık cevap eklenemez. Yine de bir şey söylemek ister misin? Sosyal çalışmacına söyle ya da yeni bir bağlantı iste.'
		},
		paused: {
			title: 'Bu anket şu an durduruldu',
			text: 'Şu an cevap veremezsin. Birkaç gün sonra aynı bağlantı veya kartla tekrar dene.'
		},
		other: { title: 'Bir hata oldu', text: 'Bu senin hatan değil. Birkaç dakika sonra tekrar dene.' }
	},
	typeCardCode: 'Karttaki kodu yaz',
	tryAgain: 'Tekrar dene',
	errors: {
		rater: 'Formu kimin doldurduğunu seç.',
		scores: 'En az bir soru için bir cevap seç.',
		tooLong: (max) => `Bu çok uzun. En fazla ${max} karakter yaz.`,
		mediaTooBig: (mb) =>
			`Dosya çok büyük. En fazla ${mb} MB olabilir. Cevapların hâlâ burada. Başka bir kayıt seç ya da dosya olmadan gönder.`,
		mediaType: 'Bu dosya ses veya video değil. Cevapların hâlâ burada. Başka bir kayıt seç ya da dosya olmadan gönder.',
		contactMissing: 'Adını ve telefon numaranı veya e-posta adresini yaz. Ya da ikisini de boş bırak.',
		notFound: 'Bu bağlantı veya kod yok. Doğru yazıp yazmadığını kontrol et.',
		closed: 'Bu anket kapandı. Artık cevap eklenemez.',
		paused: 'Bu anket şu an durduruldu. Daha sonra tekrar dene.',
		cardUsed: 'Bu kart zaten kullanıldı. Bir kart sadece bir kez çalışır.',
		signedIn:
			'Bu tarayıcıda Vakspiegel çalışanı olarak giriş yapmışsın. Bu yüzden burada geri bildirim veremezsin. Önce çıkış yap ya da başka bir cihaz veya tarayıcı kullan.',
		cardUnknown: 'Bu kodu tanımıyoruz. Kod şöyle görünür: ABCD-EFGH.',
		flood: 'Bugün bu bağlantıdan çok fazla cevap geldi. Yarın tekrar dene.',
		expired: 'Form çok uzun süre açık kaldı veya zaten gönderildi. Aşağıdaki cevaplarını kontrol et ve tekrar gönder.',
		retry: 'Gönderilemedi. Cevapların hâlâ burada. Tekrar dene.',
		tooManyTries: (seconds) => `Var olmayan bir kodu çok sık denedin. ${seconds} saniye bekle ve tekrar dene.`
	}
};
