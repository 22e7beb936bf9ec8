// Keeps what someone typed before the page's JavaScript took over. When Svelte takes over a page
// that the server rendered (hydration), it sets every field to the value the server rendered: text
// typed into a field in the seconds before (a slow phone, a bad connection) would be gone. This file
// loads before that, remembers each field the person changes, and Shell.svelte puts the typed values
// back right after the takeover (window.vakspiegelKeepTyped).
(function () {
	var typed = new Map();
	var checkable = function (el) {
		return el.type === 'checkbox' || el.type === 'radio';
	};
	var remember = function (event) {
		var el = event.target;
		if (!el || !el.form || el.type === 'file' || el.type === 'password') return;
		typed.set(el, checkable(el) ? el.checked : el.value);
	};
	document.addEventListener('input', remember, true);
	document.addEventListener('change', remember, true);
	window.vakspiegelKeepTyped = function () {
		document.removeEventListener('input', remember, true);
		document.removeEventListener('change', remember, true);
		typed.forEach(function (value, el) {
			if (!el.isConnected) return;
			if (checkable(el) ? el.checked === value : el.value === value) return;
			if (checkable(el)) el.checked = value;
			else el.value = value;
			el.dispatchEvent(new Event(checkable(el) ? 'change' : 'input', { bubbles: true }));
		});
		typed.clear();
		delete window.vakspiegelKeepTyped;
	};
})();
