// Progressive enhancement for the netwerkcirkel (~1.7 KB): drag a person with mouse, pen or finger
// (pointer events), drop them in a sector and ring, and the page sends the same form as the
// selects below the drawing. Without this script everything works through those selects.
// The page enhances that form (it saves without leaving the place on the page) and then draws the
// circle anew: so the listeners sit on the document, and each new drawing is marked draggable.
(function () {
	if (!window.PointerEvent || window.__networkDrag) return;
	window.__networkDrag = true;
	var drag = null;

	function drawing() {
		return document.querySelector('svg[data-network-drawing]');
	}
	function mark() {
		var svg = drawing();
		if (svg && document.getElementById('drag-form') && !svg.classList.contains('is-draggable'))
			svg.classList.add('is-draggable');
	}
	mark();
	new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });

	function point(svg, e) {
		var p = svg.createSVGPoint();
		p.x = e.clientX;
		p.y = e.clientY;
		return p.matrixTransform(svg.getScreenCTM().inverse());
	}
	// The same sums as placeAt() in src/lib/server/network/network-layout.ts.
	function placeAt(svg, x, y) {
		var d = svg.dataset;
		var cx = +d.cx,
			cy = +d.cy,
			inner = +d.inner,
			outer = +d.outer;
		var sectors = d.sectors.split(',');
		var r = Math.hypot(x - cx, y - cy);
		if (r > outer) return x > cx + outer ? { sector: '', ring: '' } : null;
		var ring = Math.min(3, Math.max(1, Math.ceil((r - inner) / ((outer - inner) / 3))));
		var a = Math.atan2(y - cy, x - cx) + Math.PI / 2;
		if (a < 0) a += 2 * Math.PI;
		var i = Math.min(sectors.length - 1, Math.floor(a / ((2 * Math.PI) / sectors.length)));
		return { sector: sectors[i], ring: String(ring) };
	}
	function reset() {
		if (!drag) return;
		cancelAnimationFrame(drag.frame);
		drag.node.setAttribute('transform', 'translate(0 0)');
		drag.node.classList.remove('is-dragging');
		drag = null;
	}
	document.addEventListener('pointerdown', function (e) {
		var svg = e.target.closest && e.target.closest('svg.is-draggable[data-network-drawing]');
		var node = svg && e.target.closest('[data-person-id]');
		if (!node || e.button > 0 || !document.getElementById('drag-form')) return;
		e.preventDefault();
		var p = point(svg, e);
		drag = {
			svg: svg,
			node: node,
			id: node.getAttribute('data-person-id'),
			x0: p.x,
			y0: p.y,
			x: p.x,
			y: p.y,
			frame: 0
		};
		node.classList.add('is-dragging');
		svg.setPointerCapture(e.pointerId);
	});
	document.addEventListener('pointermove', function (e) {
		if (!drag) return;
		var p = point(drag.svg, e);
		drag.x = p.x;
		drag.y = p.y;
		// One DOM write per frame, on the dragged person only: smooth with 100 people on the map.
		if (!drag.frame)
			drag.frame = requestAnimationFrame(function () {
				if (!drag) return;
				drag.frame = 0;
				drag.node.setAttribute('transform', 'translate(' + (drag.x - drag.x0) + ' ' + (drag.y - drag.y0) + ')');
			});
	});
	document.addEventListener('pointerup', function () {
		if (!drag) return;
		var moved = Math.hypot(drag.x - drag.x0, drag.y - drag.y0) > 4;
		var place = moved && placeAt(drag.svg, drag.x, drag.y);
		var form = document.getElementById('drag-form');
		if (!place || !form) return reset();
		var id = drag.id;
		cancelAnimationFrame(drag.frame);
		drag.node.classList.remove('is-dragging');
		drag = null;
		form.elements.personId.value = id;
		form.elements.sector.value = place.sector;
		form.elements.ring.value = place.ring;
		// requestSubmit: the page's use:enhance saves it in place (form.submit() would skip it).
		if (form.requestSubmit) form.requestSubmit();
		else form.submit();
	});
	document.addEventListener('pointercancel', reset);
})();
