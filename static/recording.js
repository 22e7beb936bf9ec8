// Recordings on a phone (issue 13, item 8). Without this script the plain file input works as before.
(function () {
	var input = document.getElementById('media');
	var tooBig = document.querySelector('[data-too-big]');
	if (!input || !tooBig) return;
	// The size is checked here, before minutes of uploading on a slow connection; the server checks again.
	var max = Number(input.getAttribute('data-max'));
	var described = input.getAttribute('aria-describedby');
	input.addEventListener('change', function () {
		var file = input.files && input.files[0];
		var big = !!file && file.size > max;
		tooBig.hidden = !big;
		if (big) {
			// Dropped, so the rest of the answers can still be sent; everything typed stays.
			input.value = '';
			input.setAttribute('aria-invalid', 'true');
			input.setAttribute('aria-describedby', described + ' ' + tooBig.id);
		} else {
			input.removeAttribute('aria-invalid');
			input.setAttribute('aria-describedby', described);
		}
	});
	// The recorder is fetched only where the browser can record, once the resident opens this part.
	var media = navigator.mediaDevices;
	if (!window.MediaRecorder || !window.DataTransfer || !media || !media.getUserMedia) return;
	var part = input.closest('details');
	var load = function () {
		if (document.querySelector('script[src="/recorder.js"]')) return;
		var script = document.createElement('script');
		script.src = '/recorder.js';
		document.head.appendChild(script);
	};
	if (!part || part.open) load();
	else part.addEventListener('toggle', load);
})();
