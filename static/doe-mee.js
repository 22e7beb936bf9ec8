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
	// Dots left, while choosing.
	var vote = document.querySelector('form[data-dots]');
	var left = document.querySelector('[data-dots-left]');
	if (vote && left) {
		var total = Number(vote.getAttribute('data-dots'));
		vote.addEventListener('change', function () {
			var used = 0;
			vote.querySelectorAll('select').forEach(function (s) {
				used += Number(s.value);
			});
			left.textContent = left.textContent.replace(/-?\d+/, String(total - used));
			left.classList.toggle('over', used > total);
		});
	}
	if (!('EventSource' in window)) return;
	var phase = main.getAttribute('data-phase');
	var results = main.getAttribute('data-results') === 'true';
	var reload = function () {
		source.close();
		location.replace(location.pathname);
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
