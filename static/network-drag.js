// Progressive enhancement for the netwerkcirkel (~1.5 KB): drag a person with mouse, pen or finger
// (pointer events), drop them in a sector and ring, and the page sends the same form as the
// selects below the drawing. Without this script everything works through those selects.
(function () {
	var svg = document.querySelector('svg[data-network-drawing]');
	var form = document.getElementById('drag-form');
	if (!svg || !form || !window.PointerEvent) return;
	var d = svg.dataset;
	var cx = +d.cx,
		cy = +d.cy,
		inner = +d.inner,
		outer = +d.outer;
	var sectors = d.sectors.split(',');
	var ringWidth = (outer - inner) / 3;
	var drag = null;
	svg.classList.add('is-draggable');

	function point(e) {
		var p = svg.createSVGPoint();
		p.x = e.clientX;
		p.y = e.clientY;
		return p.matrixTransform(svg.getScreenCTM().inverse());
	}
	// The same sums as placeAt() in src/lib/server/network/layout-network.ts.
	function placeAt(x, y) {
		var r = Math.hypot(x - cx, y - cy);
		if (r > outer) return x > cx + outer ? { sector: '', ring: '' } : null;
		var ring = Math.min(3, Math.max(1, Math.ceil((r - inner) / ringWidth)));
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
	svg.addEventListener('pointerdown', function (e) {
		var node = e.target.closest && e.target.closest('[data-person-id]');
		if (!node || e.button > 0) return;
		e.preventDefault();
		var p = point(e);
		drag = { node: node, id: node.getAttribute('data-person-id'), x0: p.x, y0: p.y, x: p.x, y: p.y, frame: 0 };
		node.classList.add('is-dragging');
		svg.setPointerCapture(e.pointerId);
	});
	svg.addEventListener('pointermove', function (e) {
		if (!drag) return;
		var p = point(e);
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
	svg.addEventListener('pointerup', function () {
		if (!drag) return;
		var moved = Math.hypot(drag.x - drag.x0, drag.y - drag.y0) > 4;
		var place = moved && placeAt(drag.x, drag.y);
		var id = drag.id;
		if (!place) return reset();
		drag.node.classList.remove('is-dragging');
		drag = null;
		form.elements.personId.value = id;
		form.elements.sector.value = place.sector;
		form.elements.ring.value = place.ring;
		form.submit();
	});
	svg.addEventListener('pointercancel', reset);
})();
