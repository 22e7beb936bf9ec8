// Progressive enhancement for resident pages (~2 KB). Without it everything still works.
(function () {
	var form = document.querySelector('form[data-draft]');
	// Read aloud (issue 13, item 6): one button for the whole page, and one per question that reads the
	// question with its answers. Hidden until the phone has a voice for the page's language: a button
	// that stays silent helps nobody. Without JavaScript there are no buttons at all.
	var tpl = document.getElementById('read-aloud');
	var synth = window.speechSynthesis;
	if (tpl && synth && window.SpeechSynthesisUtterance) {
		var lang = document.documentElement.lang.toLowerCase();
		var buttons = [];
		var voice = null;
		var clean = function (s) {
			return s.replace(/\s+/g, ' ').trim();
		};
		// A unit's text: its question (legend or label), hint and answer words, not the buttons.
		var textOf = function (el) {
			if (!el.matches('[data-read]')) return clean(el.textContent);
			var parts = [];
			el.querySelectorAll('legend, label, .hint').forEach(function (p) {
				var t = clean(p.textContent);
				if (t) parts.push(t);
			});
			return parts.join('. ');
		};
		var makeButton = function (text, name) {
			var b = document.createElement('button');
			b.type = 'button';
			b.className = 'speak';
			b.hidden = true;
			b.textContent = text;
			if (name) {
				// The question is part of the accessible name (WCAG 2.4.6), after the visible label (2.5.3).
				// Hidden text, not aria-label: the button must not become a label of the question's field.
				var s = document.createElement('span');
				s.className = 'visually-hidden';
				s.textContent = ' — ' + name;
				b.append(s);
			}
			buttons.push(b);
			return b;
		};
		var all = makeButton(tpl.dataset.all);
		var reading = false;
		var stopped = function () {
			reading = false;
			all.textContent = tpl.dataset.all;
		};
		var say = function (texts, done) {
			synth.cancel();
			texts.forEach(function (text, i) {
				var u = new SpeechSynthesisUtterance(text);
				u.lang = lang;
				if (voice) u.voice = voice;
				if (i === texts.length - 1) u.onend = u.onerror = done;
				synth.speak(u);
			});
		};
		all.addEventListener('click', function () {
			if (reading) {
				synth.cancel();
				return stopped();
			}
			reading = true;
			all.textContent = tpl.dataset.stop;
			say(Array.prototype.map.call(document.querySelectorAll('[data-speak], [data-read]'), textOf), stopped);
		});
		var h1 = document.querySelector('main h1');
		if (h1) h1.after(all);
		document.querySelectorAll('[data-read]').forEach(function (unit) {
			var q = unit.querySelector('legend, label');
			if (!q) return;
			var b = makeButton(tpl.dataset.one, clean(q.textContent));
			b.addEventListener('click', function () {
				stopped();
				say([textOf(unit)]);
			});
			q.after(b);
		});
		var update = function () {
			voice = null;
			synth.getVoices().forEach(function (v) {
				if (!voice && v.lang.toLowerCase().split(/[-_]/)[0] === lang) voice = v;
			});
			buttons.forEach(function (b) {
				b.hidden = !voice;
			});
		};
		update();
		// Most browsers load their voices after the page: check again when they come.
		if (synth.addEventListener) synth.addEventListener('voiceschanged', update);
	}
	if (!form) return;
	// Unfinished answers survive a reload (this tab only; removed once sent).
	var key = 'vs-draft:' + location.pathname;
	try {
		var saved = JSON.parse(sessionStorage.getItem(key) || 'null');
		if (saved)
			Object.keys(saved).forEach(function (name) {
				form.querySelectorAll('[name="' + name + '"]').forEach(function (el) {
					if (el.type === 'radio') {
						if (el.value === saved[name]) el.checked = true;
					} else if (el.tagName === 'TEXTAREA' || el.type === 'text') {
						if (!el.value) el.value = saved[name];
					}
				});
			});
	} catch {
		/* no storage (private mode): answers are not kept, nothing else changes */
	}
	form.addEventListener('input', function () {
		var d = {};
		new FormData(form).forEach(function (v, k) {
			if (typeof v === 'string' && k !== 'formToken') d[k] = v;
		});
		try {
			sessionStorage.setItem(key, JSON.stringify(d));
		} catch {
			/* no storage (private mode): answers are not kept, nothing else changes */
		}
	});
	// A lost connection on submit shows a retry instead of an error page that loses the text.
	form.addEventListener('submit', function (ev) {
		if (!window.fetch || !window.FormData) return;
		var retry = form.querySelector('[data-retry]');
		ev.preventDefault();
		var btn = form.querySelector('button[type=submit]');
		btn.disabled = true;
		fetch(form.action || location.href, {
			method: 'POST',
			body: new FormData(form),
			// Without it SvelteKit answers a form action with JSON (meant for use:enhance).
			headers: { accept: 'text/html' }
		})
			.then(function (r) {
				return r.text().then(function (html) {
					// Sent (thank-you page or the follow-up step): the draft is no longer needed.
					if (r.ok)
						try {
							sessionStorage.removeItem(key);
						} catch {
							/* no storage (private mode): answers are not kept, nothing else changes */
						}
					if (r.redirected) {
						location.href = r.url;
						return;
					}
					document.open();
					document.write(html);
					document.close();
					history.replaceState(null, '', r.url);
				});
			})
			.catch(function () {
				btn.disabled = false;
				if (retry) {
					retry.hidden = false;
					retry.setAttribute('tabindex', '-1');
					retry.focus();
				}
			});
	});
})();
