import type { ParticipantTexts } from './types';

/** Turkish, simple, informal "sen", as the resident form (../tr.ts). */
export const tr: ParticipantTexts = {
	joinTitle: 'Katıl',
	joinIntro: 'Ekranda gördüğün kodu yaz. Hesaba ihtiyacın yok, adını da vermiyorsun.',
	code: 'Kod',
	go: 'Devam',
	errorTitle: 'Bir sorun oldu.',
	otherCode: 'Başka bir kod yaz',
	eyebrow: (code) => `Danışma oturumu · kod ${code}`,
	notStarted: 'Bu oturum henüz başlamadı. Sonra tekrar gel veya sayfayı yenile.',
	closed: 'Bu oturum kapandı. İlgin için teşekkürler.',
	locked: 'Bu oturum yeni katılımcılara kapalı.',
	groupLegend: 'Hangi grupta katılıyorsun?',
	groupHelp: 'Sadece bir kez seçersin. Kim olduğunu kimse görmez.',
	join: 'Katıl',
	youAre: (group) => `Grubun: ${group}.`,
	phaseNow: 'Şimdi:',
	phases: {
		preparing: 'Hazırlık',
		tips: 'Öneri toplama',
		clustering: 'Konular oluşturma',
		voting: 'Oylama',
		top: 'En iyi fikirler',
		closed: 'Kapandı'
	},
	sent: 'Önerin gönderildi. Teşekkürler! Başka öneriler de gönderebilirsin.',
	tipLabel: 'Önerin',
	tipHelp: (max) => `Kısa olması iyi. En fazla ${max} karakter. Her seferinde bir öneri.`,
	tipSend: 'Önerini gönder',
	tipCount: (count) => `Şu ana kadar duvardaki öneriler: ${count}`,
	clustering: 'Yönetici şimdi önerileri konulara ayırıyor. Sonra oy verebilirsin. Bu sayfa kendiliğinden değişir.',
	voteLegend: (dots) => `${dots} noktanı en önemli bulduğun konulara dağıt`,
	dotsLeft: (left, total) => `Kalan noktaların: ${left} / ${total}.`,
	dotsOver: (extra) => `Çok fazla nokta verdin: ${extra} fazla. ${extra} nokta geri al.`,
	dotMore: (theme) => `Bir nokta ekle: ${theme}`,
	dotLess: (theme) => `Bir nokta çıkar: ${theme}`,
	themeTips: (count) => `Bu konudaki önerileri oku (${count})`,
	voteSave: 'Noktalarımı kaydet',
	voted: 'Noktaların kaydedildi. Oylama açık olduğu sürece onları değiştirebilirsin.',
	top: 'Oylama bitti. Grup şimdi en iyi fikirleri hazırlıyor.',
	closedThanks: 'Oturum bitti. Önerilerin ve oyun için teşekkürler!',
	ownTips: (count) => `Önerilerin (${count})`,
	tipStatus: { pending: 'yöneticiyi bekliyor', hidden: 'duvarda değil', visible: 'duvarda' },
	refresh: 'Bir şey değişti mi diye görmek için sayfayı yenile.',
	rankingHeading: 'Nokta sayısına göre konular',
	countDots: (count) => `Nokta: ${count}`,
	agreement: {
		high: (a, b, pct) => `"${a}" ve "${b}" grupları çoğunlukla aynı konuları seçti (noktalarının %${pct} kadarı).`,
		some: (a, b, pct) => `"${a}" ve "${b}" grupları kısmen aynı konuları seçti (noktalarının %${pct} kadarı).`,
		low: (a, b, pct) =>
			`"${a}" ve "${b}" grupları çoğunlukla farklı konuları seçti (noktalarının sadece %${pct} kadarı aynı).`
	},
	smallGroupsHidden: (min) => `${min} kişiden az oy veren grupları göstermiyoruz.`,
	groups: {
		residents: { one: 'mahalle sakini', many: 'mahalle sakinleri' },
		experts: { one: 'deneyim uzmanı', many: 'deneyim uzmanları' },
		representatives: { one: 'danışan temsilcisi', many: 'danışan temsilcileri' },
		workers: { one: 'sosyal hizmet çalışanı', many: 'sosyal hizmet çalışanları' },
		policy: { one: 'politika yapıcı', many: 'politika yapıcılar' },
		other: { one: 'başka', many: 'diğerleri' }
	},
	errors: {
		codeUnknown: 'Bu kodu tanımıyoruz. Ekrandaki koda iyi bak: altı harf ve rakam.',
		notStarted: 'Bu oturum henüz başlamadı. Biraz sonra tekrar dene.',
		closed: 'Bu oturum kapandı. Artık öneri veya nokta veremezsin.',
		joinFirst: 'Katılmak için önce grubunu seç.',
		group: 'Gruplardan birini seç.',
		locked: 'Bu oturum yeni katılımcılara kapalı. Salondaki yöneticiden yardım iste.',
		full: 'Bu oturum en fazla katılımcı sayısına ulaştı.',
		tooManyJoins: (seconds) => `Şu anda aynı anda çok fazla kişi katılıyor. ${seconds} saniye bekle ve tekrar dene.`,
		tipsPhase: 'Artık öneri gönderemezsin: yönetici bir sonraki adıma geçti.',
		votingPhase: 'Şu anda oy veremezsin: yönetici oylamayı henüz açmadı veya kapattı.',
		tooManyTips: (max) => `Zaten ${max} öneri gönderdin. Bu en fazlası.`,
		tipEmpty: 'Önce önerini yaz.',
		tipTooLong: (max) => `Önerin çok uzun. En fazla ${max} karakter kullan.`,
		textControl:
			'Metinde izin verilmeyen görünmez bir kontrol karakteri var. Metni yeniden yaz veya biçimsiz yapıştır.',
		dotsInvalid: 'Her konu için 0 veya daha fazla nokta seç.',
		dotsTooMany: (max, total, extra) =>
			`${max} noktan var ama ${total} nokta verdin. ${extra} nokta geri al ve tekrar kaydet. Seçimlerin duruyor.`,
		votesChanged: 'Noktaların bu arada değişti, örneğin başka bir sekmede. Kontrol et ve tekrar kaydet.',
		unknownItem: 'Bu konu bu oturuma ait değil. Sayfayı yenile.',
		retry: 'Form okunamadı. Tekrar dene.',
		tooManyTries: (seconds) => `Çok fazla kod denendi. ${seconds} saniye bekle ve tekrar dene.`
	}
};
