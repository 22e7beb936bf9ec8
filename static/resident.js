// Progressive enhancement for resident pages (~1 KB). Without it everything still works.
(function () {
	var form = document.querySelector('form[data-draft]');
	// Read aloud, where the browser can speak.
	if ('speechSynthesis' in window) {
		var tpl = document.getElementById('read-aloud-label');
		// A <template>'s text lives in its content fragment, not in its own textContent.
		var label = (tpl && tpl.content && tpl.content.textContent.trim()) || 'Lees voor';
		document.querySelectorAll('[data-speak]').forEach(function (el) {
			var b = document.createElement('button');
			b.type = 'button';
			b.className = 'speak';
			b.textContent = label;
			b.addEventListener('click', function () {
				speechSynthesis.cancel();
				var u = new SpeechSynthesisUtterance(el.textContent);
				u.lang = document.documentElement.lang;
				speechSynthesis.speak(u);
			});
			el.after(b);
		});
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
