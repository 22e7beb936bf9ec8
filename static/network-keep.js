// Progressive enhancement for the groslijst, the ecogram, the netwerkcirkel and the plan (issue 14,
// ~3.5 KB). These pages are server-rendered without the client router (src/routes/(app)/netwerk/+layout.ts); without
// this script every button posts the page's one form, which saves every card and comes back at the
// card (#persoon-<id>). With it:
// - a card saves itself after a short pause (data-card, data-card-action) and says so (.save-state);
// - a form marked data-keep is sent in the background; the page's <main> is replaced by the answer
//   while the clicked card stays where it was on the screen, and fields changed elsewhere stay;
// - leaving the page while something is not saved asks first (beforeunload).
(function () {
	if (!window.fetch || !window.DOMParser || window.__networkKeep) return;
	window.__networkKeep = true;
	var texts = document.getElementById('keep-texts');
	if (!texts) return;
	var t = texts.dataset;
	// Asking for the page (not SvelteKit's JSON): the action answers as without JavaScript, with a
	// redirect after a save and the page with its messages after a refusal.
	var html = { accept: 'text/html' };
	// Answers can cross: only an answer sent later than the one on screen may replace it.
	var sent = 0,
		shown = 0;
	var cards = {}; // id → { state, version, timer, busy, again, error }
	var dirty = {}; // field id → true: changed and not yet saved
	var hint = document.querySelector('[data-js-text]');
	if (hint) hint.textContent = hint.getAttribute('data-js-text');

	function show(id) {
		var c = cards[id];
		var el = document.querySelector('[data-card="' + id + '"] .save-state');
		if (!el || !c) return;
		el.textContent =
			c.state === 'dirty'
				? t.dirty
				: c.state === 'saving'
					? t.saving
					: c.state === 'saved'
						? t.saved
						: t.failed.replace('{message}', c.error || t.offline);
	}
	function pending() {
		for (var id in cards) if (cards[id].state !== 'saved') return true;
		for (var f in dirty) if (dirty[f]) return true;
		return false;
	}
	window.addEventListener('beforeunload', function (e) {
		if (!pending()) return;
		e.preventDefault();
		e.returnValue = t.leave;
		return t.leave;
	});

	// The message of a refused save: the alert on the page that came back.
	function alertOf(doc) {
		var el = doc.querySelector('.utrecht-form-field-error-message, .utrecht-alert__message');
		return el ? el.textContent.trim() : '';
	}
	// On a phone the drawing's frame scrolls sideways (app.css): it opens with the client (the
	// centre of the circle) in the middle of the screen, and a save that redraws it keeps its place.
	function frame() {
		return document.querySelector('.network-scroll');
	}
	function centre() {
		var s = frame(),
			svg = s && s.querySelector('[data-centre-x]');
		if (svg && s.scrollWidth > s.clientWidth)
			s.scrollLeft = s.scrollWidth * +svg.getAttribute('data-centre-x') - s.clientWidth / 2;
	}
	function keepingFrame(swap) {
		var s = frame(),
			left = s ? s.scrollLeft : 0;
		swap();
		if (frame()) frame().scrollLeft = left;
	}
	centre();
	function refresh(doc) {
		// The drawing, its text version and "Wat valt op?" follow every save.
		keepingFrame(function () {
			doc.querySelectorAll('[data-refresh]').forEach(function (fresh) {
				var old = document.querySelector('[data-refresh="' + fresh.getAttribute('data-refresh') + '"]');
				if (old) old.replaceWith(document.importNode(fresh, true));
			});
		});
	}
	function parse(html) {
		return new DOMParser().parseFromString(html, 'text/html');
	}

	function cardOf(el) {
		return el.closest && el.closest('[data-card]');
	}
	function body(card) {
		var id = card.getAttribute('data-card');
		var data = new FormData();
		data.append(card.getAttribute('data-card-id-name'), id);
		var suffix = '-' + id;
		card.querySelectorAll('[name$="' + suffix + '"]').forEach(function (el) {
			var name = el.name.slice(0, -suffix.length);
			if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) return;
			data.append(name, el.value);
		});
		var pair = card.getAttribute('data-card-pair');
		if (pair) {
			var a = data.get(pair.split(' ')[0]) || '',
				b = data.get(pair.split(' ')[1]) || '';
			if (!a !== !b) return card.getAttribute('data-card-pair-message');
		}
		return data;
	}
	function fields(card) {
		return card.querySelectorAll('[id]');
	}
	function save(id) {
		var c = cards[id];
		var card = document.querySelector('[data-card="' + id + '"]');
		if (!c || !card) return;
		if (c.busy) return void (c.again = true);
		var data = body(card);
		if (typeof data === 'string') {
			c.state = 'failed';
			c.error = data;
			return show(id);
		}
		var version = c.version;
		var mine = ++sent;
		c.busy = true;
		c.state = 'saving';
		show(id);
		fetch(card.getAttribute('data-card-action'), { method: 'POST', body: data, headers: html })
			.then(function (res) {
				return res.text().then(function (html) {
					return { ok: res.ok && res.redirected, doc: parse(html) };
				});
			})
			.catch(function () {
				return { ok: false, doc: null };
			})
			.then(function (r) {
				c.busy = false;
				if (c.version === version) {
					c.state = r.ok ? 'saved' : 'failed';
					c.error = r.ok ? '' : (r.doc && alertOf(r.doc)) || t.offline;
					if (r.ok)
						fields(card).forEach(function (el) {
							delete dirty[el.id];
						});
					show(id);
				}
				if (r.ok && mine > shown) {
					shown = mine;
					refresh(r.doc);
				}
				if (c.again) {
					c.again = false;
					save(id);
				}
			});
	}
	function changed(e) {
		var el = e.target;
		if (!el.id || el.type === 'hidden') return;
		dirty[el.id] = true;
		var card = cardOf(el);
		if (!card) return;
		var id = card.getAttribute('data-card');
		var c = (cards[id] = cards[id] || { version: 0 });
		c.version++;
		c.state = 'dirty';
		show(id);
		clearTimeout(c.timer);
		c.timer = setTimeout(
			function () {
				save(id);
			},
			+(card.getAttribute('data-card-delay') || 600)
		);
	}
	// A text field (a name on the groslijst) counts as changed while typing, not only when left.
	function typed(el) {
		return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !/^(checkbox|radio|hidden|submit)$/.test(el.type));
	}
	document.addEventListener('change', function (e) {
		if (!(cardOf(e.target) && typed(e.target))) changed(e);
	});
	document.addEventListener('input', function (e) {
		if (!e.target.id || e.target.type === 'hidden') return;
		if (cardOf(e.target)) {
			if (typed(e.target)) changed(e);
		} else dirty[e.target.id] = true; // a goal, an action: unsaved until its form is sent
	});

	// Where the place is: the card (or drawing, or form) of the button, found again in the new page by
	// its id or its position, and how far it was from the top of the screen.
	function anchorOf(el) {
		return (
			el.closest('[id^="persoon-"], [id^="plek-"], [id^="actie-"]') ||
			el.closest('figure, form') ||
			document.querySelector('main')
		);
	}
	function finder(el) {
		if (el.id) return '#' + CSS.escape(el.id);
		var tag = el.tagName.toLowerCase();
		var i = Array.prototype.indexOf.call(document.querySelectorAll('main ' + tag), el);
		return function () {
			return document.querySelectorAll('main ' + tag)[i];
		};
	}
	function selectorOf(el) {
		if (!el || el === document.body) return '';
		if (el.id) return '#' + CSS.escape(el.id);
		var s = el.tagName.toLowerCase();
		['name', 'value', 'formaction'].forEach(function (a) {
			if (el.hasAttribute(a)) s += '[' + a + '="' + CSS.escape(el.getAttribute(a)) + '"]';
		});
		return s;
	}

	document.addEventListener('submit', function (e) {
		var form = e.target;
		if (!form.matches || !form.matches('form[data-keep]') || e.defaultPrevented) return;
		e.preventDefault();
		var submitter = e.submitter || null;
		var data = new FormData(form);
		if (submitter && submitter.name) data.append(submitter.name, submitter.value);
		var action = submitter && submitter.hasAttribute('formaction') ? submitter.formAction : form.action;
		// Everything this form carries is saved by it, as it was when sent; what was changed elsewhere, or
		// typed into this form while the answer was on its way, is copied over.
		var carried = {};
		Array.prototype.forEach.call(form.elements, function (el) {
			if (el.id) carried[el.id] = { value: el.value, checked: el.checked };
		});
		var carriedCards = {};
		Object.keys(cards).forEach(function (id) {
			var card = document.querySelector('[data-card="' + id + '"]');
			var all = card && card.querySelectorAll('[name]');
			if (
				all &&
				all.length &&
				Array.prototype.every.call(all, function (el) {
					return el.form === form;
				})
			)
				carriedCards[id] = cards[id].version;
		});
		// Those cards go with this form: no separate autosave for them unless they change again.
		Object.keys(carriedCards).forEach(function (id) {
			clearTimeout(cards[id].timer);
		});
		var mine = ++sent;
		function settle(saved) {
			if (saved)
				Object.keys(carriedCards).forEach(function (id) {
					if (cards[id].version === carriedCards[id] && !cards[id].busy) cards[id].state = 'saved';
				});
			Object.keys(cards).forEach(show);
		}
		var focusSel = selectorOf(document.activeElement === document.body ? submitter : document.activeElement);
		var place = form.hidden ? document.querySelector('figure') || form : anchorOf(submitter || form);
		var find = finder(place);
		var top = place.getBoundingClientRect().top;
		if (submitter) submitter.disabled = true;
		fetch(action, { method: 'POST', body: data, headers: html })
			.then(function (res) {
				return res.text().then(function (html) {
					return { res: res, doc: parse(html) };
				});
			})
			.then(
				function (r) {
					var main = r.doc.querySelector('main');
					if (!main || !(r.res.ok || r.res.status < 500)) throw new Error();
					var keep = [];
					var saved = r.res.ok && r.res.redirected;
					if (mine < shown) {
						// A later answer is on screen already; this one only settles its cards.
						if (submitter) submitter.disabled = false;
						return settle(saved);
					}
					shown = mine;
					Object.keys(dirty).forEach(function (id) {
						var el = document.getElementById(id);
						var was = carried[id];
						if (!el || (was && was.value === el.value && was.checked === el.checked)) {
							// Saved with this form, or (refused) shown again as typed by the answer.
							if (saved || !el) delete dirty[id];
						} else keep.push({ id: id, value: el.value, checked: el.checked });
					});
					keepingFrame(function () {
						document.querySelector('main').replaceWith(document.importNode(main, true));
					});
					keep.forEach(function (k) {
						var el = document.getElementById(k.id);
						if (!el) return;
						el.value = k.value;
						el.checked = k.checked;
						var open = el.closest('details');
						if (open) open.open = true;
					});
					settle(saved);
					if (saved) history.replaceState(history.state, '', r.res.url.split('#')[0]);
					var hint2 = document.querySelector('[data-js-text]');
					if (hint2) hint2.textContent = hint2.getAttribute('data-js-text');
					var again = typeof find === 'string' ? document.querySelector(find) : find();
					if (again) window.scrollBy(0, again.getBoundingClientRect().top - top);
					var f = focusSel && document.querySelector(focusSel);
					if (f) f.focus({ preventScroll: true });
				},
				function () {
					if (submitter) submitter.disabled = false;
					// No answer (offline): send it the ordinary way, so nothing is lost silently.
					form.removeAttribute('data-keep');
					if (submitter) form.requestSubmit(submitter);
					else form.requestSubmit();
				}
			);
	});
})();
