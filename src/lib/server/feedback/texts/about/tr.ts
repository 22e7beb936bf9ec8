import { capitalise, type AboutTexts } from './types';

/** Turkish with "sen", as ../tr.ts. */
export const tr: AboutTexts = {
	label: 'Kim soruyor?',
	feedbackFrom: 'Bu soruları {org} soruyor.',
	adviceFrom: 'Bu oturumu {org} düzenliyor.',
	feedbackUnknown: 'Soruların hangi kuruluştan geldiği bir sonraki sayfada yazıyor.',
	adviceUnknown: 'Bu oturumu hangi kuruluşun düzenlediği bir sonraki sayfada yazıyor.',
	contact: 'Sorular için e-posta:',
	feedbackPrivacyTitle: 'Cevaplarına ne oluyor?',
	advicePrivacyTitle: 'İpuçlarına ve noktalarına ne oluyor?',
	feedbackPrivacy: ({ worker, k, org, months }) => {
		const w = worker ?? 'çalışan';
		return [
			'Cevaplarını, dili ve gönderdiğin günü saklıyoruz. Saati saklamıyoruz. Adını, IP adresini ve hangi telefonu ya da bilgisayarı kullandığını saklamıyoruz. Gönderdikten sonra telefonun ya da bilgisayarın, bir cevap gönderildiğini 12 saat boyunca hatırlar (bir çerez).',
			`Cevaplarını sadece ${w} görür; en az ${k} cevap olduğunda ve en erken ertesi gün. ${capitalise(w)} hepsini birlikte görür ve hangi cevabın senin olduğunu bilmez. Meslektaşlar ve yönetici cevaplarını görmez.`,
			`Görüşme için adını yazarsan, ${w} adını ve sana nasıl ulaşılacağını görür. Bir kayıt gönderirsen, ${w} sesini ya da yüzünü tanıyabilir.`,
			months
				? `Cevaplarını görünür oldukları günden sonra ${months} ay saklıyoruz. Sonra otomatik olarak silinir.`
				: `Cevaplarını ${org ?? 'kuruluş'} silene kadar saklıyoruz.`
		];
	},
	advicePrivacy: ({ org, months }) => [
		'İpuçlarını, noktalarını, seçtiğin grubu ve günü saklıyoruz. Saati saklamıyoruz. Adını, IP adresini ve hangi telefonu kullandığını saklamıyoruz. Telefonundaki bir çerez, katıldığını 30 gün boyunca hatırlar.',
		'İpuçların salondaki duvarda adın olmadan görünür. Oturumu yöneten kişi tüm ipuçlarını ve noktaları görür, ama kimden geldiklerini bilmez. Tüm ipuçları raporda kalır.',
		months
			? `İpuçlarını ve noktaları oturumdan sonra ${months} ay saklıyoruz. Sonra otomatik olarak silinir.`
			: `İpuçlarını ve noktaları ${org ?? 'kuruluş'} silene kadar saklıyoruz.`
	]
};
