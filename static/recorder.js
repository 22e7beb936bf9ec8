// The in-page audio recorder (issue 13, item 8), loaded by /recording.js where MediaRecorder exists.
// The recording is put in the form's own file input: it is sent, and checked by the server
// (recording-format.ts), exactly like a chosen file.
(function () {
	var box = document.querySelector('[data-recorder]');
	var input = document.getElementById('media');
	if (!box || !input || !box.hidden) return;
	var part = function (name) {
		return box.querySelector('[data-' + name + ']');
	};
	var start = part('start');
	var stop = part('stop');
	var listen = part('listen');
	var remove = part('remove');
	var status = part('status');
	var time = part('time');
	// Speech needs little: 32 kbit/s Opus is about 240 KB a minute; ten minutes stays far below 20 MB.
	var BITS = 32000;
	var MAX_SECONDS = 600;
	// In the order of recording-format.ts's allow-list that browsers make: Chrome and Firefox (WebM or
	// OGG with Opus), Safari (MP4).
	var type = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'].filter(function (t) {
		return MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(t);
	})[0];
	var recorder, timer, seconds, url, player, ours;

	var show = function (state) {
		start.hidden = state !== 'idle';
		stop.hidden = state !== 'recording';
		listen.hidden = remove.hidden = state !== 'done';
	};
	var clock = function () {
		time.textContent = seconds === null ? '' : Math.floor(seconds / 60) + ':' + ('0' + (seconds % 60)).slice(-2);
	};
	var reset = function () {
		if (player) player.pause();
		if (url) URL.revokeObjectURL(url);
		url = player = ours = null;
		seconds = null;
		clock();
		status.textContent = '';
		show('idle');
	};

	start.addEventListener('click', function () {
		navigator.mediaDevices.getUserMedia({ audio: true }).then(
			function (stream) {
				var chunks = [];
				var options = { audioBitsPerSecond: BITS };
				if (type) options.mimeType = type;
				recorder = new MediaRecorder(stream, options);
				recorder.ondataavailable = function (e) {
					if (e.data.size) chunks.push(e.data);
				};
				recorder.onstop = function () {
					clearInterval(timer);
					stream.getTracks().forEach(function (track) {
						track.stop();
					});
					var mime = recorder.mimeType || type || 'audio/webm';
					var blob = new Blob(chunks, { type: mime });
					ours = new File([blob], 'opname.' + (/mp4/.test(mime) ? 'm4a' : /ogg/.test(mime) ? 'ogg' : 'webm'), {
						type: mime
					});
					var files = new DataTransfer();
					files.items.add(ours);
					input.files = files.files;
					var tooBig = document.querySelector('[data-too-big]');
					if (tooBig) tooBig.hidden = true;
					input.removeAttribute('aria-invalid');
					url = URL.createObjectURL(blob);
					status.textContent = box.getAttribute('data-ready');
					show('done');
					listen.focus();
				};
				recorder.start(1000);
				seconds = 0;
				clock();
				timer = setInterval(function () {
					seconds++;
					clock();
					if (seconds >= MAX_SECONDS) recorder.stop();
				}, 1000);
				status.textContent = box.getAttribute('data-recording');
				show('recording');
				stop.focus();
			},
			function () {
				status.textContent = box.getAttribute('data-failed');
			}
		);
	});
	stop.addEventListener('click', function () {
		if (recorder && recorder.state !== 'inactive') recorder.stop();
	});
	listen.addEventListener('click', function () {
		if (player) player.pause();
		player = new Audio(url);
		player.play();
	});
	remove.addEventListener('click', function () {
		input.value = '';
		reset();
		start.focus();
	});
	// A file chosen after recording replaces the recording.
	input.addEventListener('change', function () {
		if (ours) reset();
	});
	reset();
	box.hidden = false;
})();
