// Live updates for a participant's phone (~1 KB). Without it, a refresh shows the current phase.
(function () {
	var main = document.querySelector('[data-live]');
	if (!main) return;
	var tip = document.getElementById('tip');
	var key = 'vs-tip:' + location.pathname;
	try {
		if (tip && !tip.value) tip.value = sessionStorage.getItem(key) || '';
		if (tip)
			tip.addEventListener('input', function () {
				sessionStorage.setItem(key, tip.value);
			});
		if (tip)
			tip.form.addEventListener('submit', function () {
				sessionStorage.removeItem(key);
			});
	} catch {
		/* no storage: a reload may lose an unsent tip, nothing else changes */
	}
	// Tap-to-place dots: a − and + beside each theme's number, the dots left read out as they change.
	var vote = document.querySelector('form[data-dots]');
	var left = vote && vote.querySelector('[data-dots-left]');
	if (left) {
		var total = Number(vote.getAttribute('data-dots'));
		var inputs = vote.querySelectorAll('input.dots');
		var dotsIn = function (i) {
			return Math.max(0, parseInt(i.value, 10) || 0);
		};
		var update = function () {
			var used = 0;
			inputs.forEach(function (i) {
				used += dotsIn(i);
			});
			var extra = used - total;
			left.textContent =
				extra > 0
					? left.getAttribute('data-dots-over').split('{extra}').join(extra)
					: left
							.getAttribute('data-dots-left')
							.split('{left}')
							.join(total - used);
			left.classList.toggle('over', extra > 0);
			inputs.forEach(function (i) {
				var n = dotsIn(i);
				// aria-disabled, not disabled: a button that becomes disabled would drop the focus.
				i.parentNode.querySelector('[data-step="-1"]').setAttribute('aria-disabled', String(n <= 0));
				i.parentNode.querySelector('[data-step="1"]').setAttribute('aria-disabled', String(used >= total));
				i.parentNode.querySelector('.placed').textContent = '●'.repeat(Math.min(n, total));
			});
		};
		vote.querySelectorAll('.step').forEach(function (b) {
			b.hidden = false;
		});
		vote.addEventListener('click', function (e) {
			var b = e.target.closest('.step');
			if (!b || b.getAttribute('aria-disabled') === 'true') return;
			var i = b.parentNode.querySelector('input');
			i.value = dotsIn(i) + Number(b.getAttribute('data-step'));
			update();
		});
		vote.addEventListener('input', update);
		update();
	}
	if (!('EventSource' in window)) return;
	var phase = main.getAttribute('data-phase');
	var results = main.getAttribute('data-results') === 'true';
	var reload = function () {
		source.close();
		location.replace(main.getAttribute('data-here'));
	};
	var source = new EventSource(main.getAttribute('data-live'));
	source.addEventListener('state', function (e) {
		var s = JSON.parse(e.data);
		if (s.phase !== phase || s.showResults !== results) reload();
	});
	source.addEventListener('phase', function (e) {
		var s = JSON.parse(e.data);
		if (s.phase !== phase || s.showResults !== results) reload();
	});
	// The number of tips on the wall, while tips come in (not announced: it changes too often).
	var count = document.querySelector('[data-tip-count]');
	var counted = function (e) {
		var n = JSON.parse(e.data).visible;
		if (count && typeof n === 'number') count.textContent = count.textContent.replace(/\d+/, String(n));
	};
	source.addEventListener('tip', counted);
	source.addEventListener('tips', counted);
	source.addEventListener('themes', function () {
		if (phase === 'voting' && !vote.contains(document.activeElement)) reload();
	});
	source.addEventListener('votes', function (e) {
		var totals = JSON.parse(e.data).totals || {};
		var max = 1;
		Object.keys(totals).forEach(function (k) {
			max = Math.max(max, totals[k]);
		});
		document.querySelectorAll('[data-theme]').forEach(function (li) {
			var n = totals[li.getAttribute('data-theme')] || 0;
			li.querySelector('rect').setAttribute('width', String((n / max) * 100));
			var c = li.querySelector('[data-count]');
			c.textContent = c.textContent.replace(/\d+/, String(n));
		});
	});
})();
