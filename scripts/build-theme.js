#!/usr/bin/env node
// Builds the Vakspiegel theme from NL Design System packages (all EUPL-1.2). Output (committed):
//
//   1. src/lib/styles/components.generated.css: the @utrecht/*-css component CSS we use (see
//      COMPONENTS), reduced to the rules whose classes occur in our markup (src/**), and with the
//      custom-property plumbing that cannot matter for our theme taken out. The full packages weigh
//      ~86 KB; our pages need about a third of that.
//   2. src/lib/styles/theme.generated.css: under :root, only the design tokens that this CSS and
//      src/app.css read (var() references followed through fallbacks), with their values resolved
//      from the "voorbeeld" tokens (@nl-design-system-unstable/voorbeeld-design-tokens) with
//      src/lib/styles/overrides.css on top. Never the proprietary Utrecht/Rijkshuisstijl tokens.
//   3. A contrast check (WCAG 2.2 AA) of the main colour pairs; the script fails below the minimum.
//
// Every reduction keeps what the browser computes for our markup with this theme; see the comments
// at each step. src/app.css imports both files (Shell.svelte imports app.css).
//
// postcss reads and writes the CSS (rules, declarations, at-rules); prettier formats the output.
// Only inside values does the script look at text itself: var() references, through mapVars().
//
// Usage:  node scripts/build-theme.js              write both files
//         node scripts/build-theme.js --check      exit 1 when they are stale (for CI)
//         node scripts/build-theme.js --contrast   also print the contrast ratios
//
// Rerun it after adding or removing an NL Design System class in the markup, or after changing
// src/app.css, src/lib/styles/overrides.css or a package version.
import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import * as prettier from 'prettier';

const root = path.resolve(import.meta.dirname, '..');
const rel = (p) => path.relative(root, p);

/** Component CSS, in cascade order. Add a package here (and `npm install --save-exact` it) to use it. */
const COMPONENTS = [
	'@utrecht/heading-1-css',
	'@utrecht/heading-2-css',
	'@utrecht/heading-3-css',
	'@utrecht/button-css',
	'@utrecht/form-field-css',
	'@utrecht/form-label-css',
	'@utrecht/form-fieldset-css',
	'@utrecht/form-field-description-css',
	'@utrecht/form-field-error-message-css',
	'@utrecht/textbox-css',
	'@utrecht/textarea-css',
	'@utrecht/select-css',
	'@utrecht/alert-css',
	'@utrecht/table-css'
];
const TOKENS = path.join(root, 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/variables.css');
const OVERRIDES = path.join(root, 'src/lib/styles/overrides.css');
const APP_CSS = path.join(root, 'src/app.css');
const OUT_COMPONENTS = path.join(root, 'src/lib/styles/components.generated.css');
const OUT_THEME = path.join(root, 'src/lib/styles/theme.generated.css');
const SCAN_DIRS = [path.join(root, 'src')];
const SCAN_SKIP = [path.join(root, 'src/lib/paraglide'), path.join(root, 'src/lib/styles')];

/** Text/background pairs that must stay readable: [foreground, background, minimum ratio, what]. */
const CONTRAST = [
	['--basis-color-default-color-document', '--basis-color-default-bg-document', 4.5, 'body text'],
	['--basis-color-default-color-subtle', '--basis-color-default-bg-document', 4.5, 'muted text'],
	['--basis-color-default-color-subtle', '--vakspiegel-footer-background-color', 4.5, 'muted text in footer'],
	['--basis-color-default-color-document', '--vakspiegel-footer-background-color', 4.5, 'footer text'],
	['--basis-heading-color', '--basis-color-default-bg-document', 4.5, 'headings'],
	['--utrecht-link-color', '--basis-color-default-bg-document', 4.5, 'links'],
	['--utrecht-link-color', '--vakspiegel-footer-background-color', 4.5, 'links in footer'],
	['--utrecht-link-hover-color', '--basis-color-default-bg-document', 4.5, 'links, hover'],
	['--utrecht-link-focus-color', '--utrecht-link-focus-background-color', 4.5, 'links, focus'],
	['--utrecht-button-primary-action-color', '--utrecht-button-primary-action-background-color', 4.5, 'primary button'],
	[
		'--utrecht-button-primary-action-hover-color',
		'--utrecht-button-primary-action-hover-background-color',
		4.5,
		'primary button, hover'
	],
	['--utrecht-button-secondary-action-color', '--basis-color-default-bg-document', 4.5, 'secondary button'],
	[
		'--utrecht-button-secondary-action-hover-color',
		'--utrecht-button-secondary-action-hover-background-color',
		4.5,
		'secondary button, hover'
	],
	['--utrecht-button-subtle-color', '--basis-color-default-bg-document', 4.5, 'subtle button'],
	[
		'--utrecht-button-subtle-hover-color',
		'--utrecht-button-subtle-hover-background-color',
		4.5,
		'subtle button, hover'
	],
	['--utrecht-button-focus-color', '--utrecht-button-focus-background-color', 4.5, 'button, focus'],
	['--basis-color-disabled-color-subtle', '--basis-color-disabled-bg-default', 4.5, 'disabled button text'],
	['--utrecht-button-secondary-action-border-color', '--basis-color-default-bg-document', 3, 'secondary button border'],
	['--utrecht-button-primary-action-background-color', '--basis-color-default-bg-document', 3, 'primary button shape'],
	['--basis-focus-outline-color', '--basis-color-default-bg-document', 3, 'focus outline'],
	['--basis-focus-outline-color', '--basis-focus-background-color', 3, 'focus outline on focus yellow'],
	['--utrecht-textbox-border-color', '--basis-color-default-bg-document', 3, 'text field border'],
	['--utrecht-textbox-invalid-border-color', '--basis-color-default-bg-document', 3, 'invalid text field border'],
	['--utrecht-form-field-error-message-color', '--basis-color-default-bg-document', 4.5, 'error message'],
	['--utrecht-form-field-description-color', '--basis-color-default-bg-document', 4.5, 'field description'],
	['--utrecht-alert-info-color', '--utrecht-alert-info-background-color', 4.5, 'info alert'],
	['--utrecht-alert-ok-color', '--utrecht-alert-ok-background-color', 4.5, 'ok alert'],
	['--utrecht-alert-warning-color', '--utrecht-alert-warning-background-color', 4.5, 'warning alert'],
	['--utrecht-alert-error-color', '--utrecht-alert-error-background-color', 4.5, 'error alert'],
	['--utrecht-link-color', '--utrecht-alert-ok-background-color', 4.5, 'link in ok alert'],
	['--utrecht-link-color', '--utrecht-alert-error-background-color', 4.5, 'link in error alert'],
	['--vakspiegel-demo-badge-color', '--vakspiegel-demo-badge-background-color', 4.5, 'demo badge'],
	['--vakspiegel-nav-current-color', '--basis-color-default-bg-document', 3, 'current page marker'],
	['--vakspiegel-chart-bar-color', '--basis-color-default-bg-document', 3, 'chart bars']
];

// ---------------------------------------------------------------------------------------------------
// Reading CSS with postcss. Comments are dropped and whitespace in selectors and values is collapsed,
// so the steps below compare plain text. The NL Design System CSS is flat: a rule holds only
// declarations (no nesting).

function readCss(file) {
	const css = postcss.parse(fs.readFileSync(file, 'utf8'), { from: file });
	// The licence: the comment that opens the file, without its ` * ` margin.
	const first = css.first?.type === 'comment' ? css.first.text : '';
	const licence = first
		.replace(/^\*/, '')
		.replace(/^\s*\* ?/gm, '')
		.trim();
	css.walkComments((c) => c.remove());
	css.walkAtRules((a) => (a.params = a.params.replace(/\s+/g, ' ')));
	css.walkRules((r) => (r.selectors = r.selectors.map((s) => s.replace(/\s+/g, ' '))));
	css.walkDecls((d) => (d.value = d.value.replace(/\s+/g, ' ').trim()));
	return { css, licence };
}

/**
 * Rewrites every var() in a value. `replace(name, fallback)` gets the raw fallback text (or undefined)
 * and returns the replacement, or undefined to keep the var() (its fallback is then rewritten too).
 */
function mapVars(value, replace) {
	let out = '';
	let i = 0;
	while (i < value.length) {
		const j = value.indexOf('var(', i);
		if (j < 0) {
			out += value.slice(i);
			break;
		}
		out += value.slice(i, j);
		let depth = 0;
		let k = j + 3;
		for (; k < value.length; k++) {
			if (value[k] === '(') depth++;
			else if (value[k] === ')' && --depth === 0) break;
		}
		const inner = value.slice(j + 4, k);
		const comma = inner.indexOf(',');
		const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
		const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
		out += replace(name, fallback) ?? `var(${name}${fallback === undefined ? '' : `, ${mapVars(fallback, replace)}`})`;
		i = k + 1;
	}
	return out;
}

function readTokens(file) {
	const map = new Map();
	readCss(file).css.walkDecls((d) => void (d.prop.startsWith('--') && map.set(d.prop, d.value)));
	return map;
}

/** Removes rules without declarations, then at-rules (@media …) left without rules. */
function dropEmpty(container) {
	container.each((n) => {
		if (!n.nodes) return;
		dropEmpty(n);
		if (!n.nodes.length) n.remove();
	});
}

// ---------------------------------------------------------------------------------------------------
// 1. Which NL Design System classes does our markup use?

function sourceFiles(dir, out = []) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (SCAN_SKIP.includes(full)) continue;
		if (entry.isDirectory()) sourceFiles(full, out);
		else if (/\.(svelte|ts|js|html)$/.test(entry.name)) out.push(full);
	}
	return out;
}

const usedClasses = new Set();
const usedPrefixes = new Set();
for (const file of SCAN_DIRS.flatMap((d) => sourceFiles(d))) {
	for (const [name] of fs.readFileSync(file, 'utf8').matchAll(/\butrecht-[a-z0-9_-]+/g)) {
		// `utrecht-alert--{kind}` leaves `utrecht-alert--`: every modifier of it counts as used.
		if (/[-_]$/.test(name)) usedPrefixes.add(name);
		else usedClasses.add(name);
	}
}
const isUsed = (cls) =>
	!cls.startsWith('utrecht-') || usedClasses.has(cls) || [...usedPrefixes].some((p) => cls.startsWith(p));

/** Classes a selector needs to match: those outside :not(…) and outside attribute selectors. */
function requiredClasses(selector) {
	let s = selector.replace(/\[[^\]]*\]/g, '');
	for (let at = s.indexOf(':not('); at >= 0; at = s.indexOf(':not(')) {
		let depth = 0;
		let k = at + 4;
		for (; k < s.length; k++) {
			if (s[k] === '(') depth++;
			else if (s[k] === ')' && --depth === 0) break;
		}
		s = s.slice(0, at) + s.slice(k + 1);
	}
	return [...s.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
}

/** Keeps the selectors whose classes all occur in our markup; rules without one are dropped. */
function pruneSelectors(css) {
	css.walkRules((r) => {
		const kept = r.selectors.filter((sel) => requiredClasses(sel).every(isUsed));
		if (kept.length) r.selectors = kept;
		else r.remove();
	});
	dropEmpty(css);
	return css;
}

// ---------------------------------------------------------------------------------------------------
// 2. Read and reduce the component CSS.

const packages = COMPONENTS.map((name) => {
	const dir = path.join(root, 'node_modules', name);
	const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	const { css, licence } = readCss(path.join(dir, 'dist/index.css'));
	return { name, version: pkg.version, licence, css: pruneSelectors(css) };
});

const appDecls = [];
readCss(APP_CSS).css.walkDecls((d) => void appDecls.push(d));
const appCss = appDecls.map((d) => `${d.prop}: ${d.value};`).join('\n');
const tokens = readTokens(TOKENS);
const overrides = readTokens(OVERRIDES);
const merged = new Map([...tokens, ...overrides]);
const appDeclared = new Set(appDecls.map((d) => d.prop).filter((p) => p.startsWith('--')));

/**
 * Names set locally somewhere in our CSS: their value may differ from (or be invalid against) the
 * theme. A name only ever set to `initial` counts as never set.
 */
function localNames() {
	const names = new Set(appDeclared);
	for (const p of packages) {
		p.css.walkDecls((d) => void (d.prop.startsWith('--') && d.value !== 'initial' && names.add(d.prop)));
	}
	return names;
}

/**
 * A token is "certain" when the theme sets it at :root, nothing overrides it locally, and its value
 * does not depend on anything uncertain without a fallback. For var(--certain, fallback) the fallback
 * is never used, so the tokens in it need not be bundled.
 */
function makeCertain(local) {
	const memo = new Map();
	const certain = (name) => {
		if (memo.has(name)) return memo.get(name);
		memo.set(name, false); // cycles are not certain
		let ok = merged.has(name) && !local.has(name);
		// var(--x, fallback): fine when --x is certain, else the fallback must be (checked recursively).
		if (ok)
			mapVars(merged.get(name), (ref, fallback) => {
				if (certain(ref)) return '';
				if (fallback === undefined) ok = false;
				return undefined;
			});
		memo.set(name, ok);
		return ok;
	};
	return certain;
}

/** The var() names a value can actually read, given which tokens are certain. */
function liveRefs(text, certain) {
	const refs = [];
	const walk = (value) =>
		mapVars(value, (name, fallback) => {
			refs.push(name);
			if (fallback !== undefined && !certain(name)) walk(fallback);
			return '';
		});
	walk(text);
	return refs;
}

/** The theme: every token reachable from the given text (component CSS + app.css). */
function themeClosure(text, certain) {
	const used = new Set();
	const queue = liveRefs(text, certain);
	while (queue.length) {
		const name = queue.pop();
		if (used.has(name) || !merged.has(name)) continue;
		used.add(name);
		queue.push(...liveRefs(merged.get(name), certain));
	}
	return used;
}

/** Every declaration in the component CSS, in order (their rule is `d.parent`). */
function componentDecls() {
	const list = [];
	for (const p of packages) p.css.walkDecls((d) => void list.push(d));
	return list;
}
const componentValues = () => componentDecls().map((d) => d.value);

/** The subject compound of a selector (after the last combinator), without :not(…). */
function subjectCompound(selector) {
	let depth = 0;
	let start = 0;
	for (let i = 0; i < selector.length; i++) {
		const c = selector[i];
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (depth === 0 && /[\s>+~]/.test(c)) start = i + 1;
	}
	return selector.slice(start);
}

const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Repeat until nothing changes. Every step keeps what the browser computes, given the theme:
// - var(--certain-token, fallback) becomes var(--certain-token): the fallback is never used;
// - var(--unset, fallback) becomes the fallback when --unset is set nowhere (not in the theme, not in
//   any rule), e.g. the danger/warning "hint" layers of a button we do not use;
// - a declaration that needs a custom property set nowhere is invalid at computed-value time: it
//   becomes `unset` (for a custom property: `initial`), which is what the browser does with it;
// - a private --_x set in exactly one rule and read without fallback only in that rule, or (for a plain
//   `.class` rule) only on elements with that class, is replaced by its value;
// - custom properties that nothing reads are dropped, and then empty rules.
// Public tokens (--utrecht-*, --basis-*) stay as var() references to the theme.
for (let changed = true; changed;) {
	changed = false;
	const local = localNames();
	const certain = makeCertain(local);
	const declared = new Set([...local, ...merged.keys()]);
	const isInvalid = (text) => {
		let bad = false;
		mapVars(text, (name, fallback) => {
			if (fallback === undefined && !declared.has(name)) bad = true;
			return '';
		});
		return bad;
	};
	const rewrite = (name, fallback) => {
		if (fallback === undefined) return undefined;
		if (!declared.has(name)) return mapVars(fallback, rewrite);
		if (certain(name)) return `var(${name})`;
		const rewritten = mapVars(fallback, rewrite);
		return isInvalid(rewritten) ? `var(${name})` : `var(${name}, ${rewritten})`;
	};
	const decls = componentDecls();
	for (const d of decls) {
		let value = mapVars(d.value, rewrite);
		if (isInvalid(value)) value = d.prop.startsWith('--') ? 'initial' : 'unset';
		if (value !== d.value) {
			d.value = value;
			changed = true;
		}
	}

	const setters = new Map();
	for (const d of decls) if (d.prop.startsWith('--_')) setters.set(d.prop, [...(setters.get(d.prop) ?? []), d]);
	for (const [name, [own, ...more]] of setters) {
		const home = own.parent;
		if (more.length || appCss.includes(name) || home.parent.type !== 'root' || own.value.includes(name)) continue;
		const anyUse = new RegExp(`var\\(\\s*${escapeRe(name)}(?![\\w-])`, 'g');
		const plainUse = new RegExp(`var\\(\\s*${escapeRe(name)}\\s*\\)`, 'g');
		const sameElement = new RegExp(`${escapeRe(home.selector)}(?![\\w-])`);
		const readers = decls.filter((d) => d.value.match(anyUse));
		const plainClass = /^\.[\w-]+$/.test(home.selector);
		const safe = readers.every((d) => {
			const uses = d.value.match(anyUse)?.length ?? 0;
			const plain = d.value.match(plainUse)?.length ?? 0;
			return (
				uses === plain &&
				(d.parent === home ||
					(plainClass &&
						d.parent.selectors.every((sel) => {
							const subject = subjectCompound(sel).replace(/:not\([^)]*\)/g, '');
							return sameElement.test(subject) && !subject.includes('::');
						})))
			);
		});
		if (!safe || !readers.length) continue;
		for (const d of readers) d.value = d.value.replace(plainUse, own.value);
		changed = true;
	}

	const text = [...componentValues(), appCss].join('\n');
	const theme = themeClosure(text, certain);
	const read = new Set([...liveRefs(text, certain), ...[...theme].flatMap((t) => liveRefs(merged.get(t), certain))]);
	for (const p of packages) {
		p.css.walkDecls((d) => {
			if (!d.prop.startsWith('--') || read.has(d.prop)) return;
			d.remove();
			changed = true;
		});
		dropEmpty(p.css);
	}
}

/** The CSS with postcss's default layout: prettier formats it below. */
function print(css) {
	css.walk((n) => void (n.raws = {}));
	css.raws = {};
	return css.toString();
}

const HEADER = (what) =>
	`/*\n * GENERATED FILE — do not edit. ${what}\n * Regenerate with: node scripts/build-theme.js\n */\n`;

const componentsCss =
	HEADER(
		'NL Design System component CSS, reduced to the classes used in src/.\n' +
			' * Source packages (EUPL-1.2):\n' +
			packages.map((p) => ` *   ${p.name}@${p.version}`).join('\n')
	) +
	packages
		.filter((p) => p.css.nodes.length)
		.map((p) => `\n/* ${p.name}@${p.version} — ${p.licence.replace(/\s*\n\s*/g, '; ')} */\n${print(p.css)}\n`)
		.join('');

// The theme holds the tokens our CSS reads directly, each with its final value. Custom properties on
// :root are computed there, so resolving the voorbeeld alias chains (--utrecht-… → --basis-… →
// colour) at build time gives exactly what the browser would compute, in a fraction of the bytes.
const finalCertain = makeCertain(localNames());
// A token that resolves to nothing (an alias of a missing token) is left out: that is the same as unset.
const themeNames = [...new Set(liveRefs([...componentValues(), appCss].join('\n'), finalCertain))]
	.filter((n) => resolve(n) !== undefined)
	.sort();
const tokensVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(TOKENS), '../package.json'), 'utf8')).version;
const themeCss =
	HEADER(
		`Vakspiegel theme: the design tokens our CSS reads, with their values resolved from\n` +
			` * @nl-design-system-unstable/voorbeeld-design-tokens@${tokensVersion} (EUPL-1.2) with src/lib/styles/overrides.css on top.`
	) + `:root {\n${themeNames.map((n) => `\t${n}: ${resolve(n)};`).join('\n')}\n}\n`;

// ---------------------------------------------------------------------------------------------------
// 3. Contrast check (WCAG relative luminance), on the resolved token values.

/** The value a :root token computes to, or undefined when it is invalid (guaranteed-invalid). */
function resolve(name, seen = new Set()) {
	if (seen.has(name) || !merged.has(name)) return undefined;
	return substitute(merged.get(name), new Set([...seen, name]));
}

function substitute(value, seen) {
	let failed = false;
	const out = mapVars(value, (ref, fallback) => {
		const v = resolve(ref, seen) ?? (fallback === undefined ? undefined : substitute(fallback, seen));
		if (v === undefined) failed = true;
		return v ?? '';
	});
	return failed ? undefined : out;
}

function rgb(value) {
	const hex = value?.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
	if (hex) {
		const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
		return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
	}
	const m = value?.match(/^rgba?\(([^)]+)\)$/);
	if (m) {
		const [r, g, b, a = 1] = m[1].split(/[,\s/]+/).map(Number);
		if (a === 0) return rgb(resolve('--basis-color-default-bg-document'));
		return [r, g, b];
	}
	if (value === 'transparent') return rgb(resolve('--basis-color-default-bg-document'));
	return undefined;
}

const luminance = ([r, g, b]) =>
	[r, g, b]
		.map((c) => c / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
		.reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);

const problems = [];
const report = [];
for (const [fg, bg, min, what] of CONTRAST) {
	const a = rgb(resolve(fg));
	const b = rgb(resolve(bg));
	if (!a || !b) {
		problems.push(`cannot resolve ${!a ? fg : bg} (${what})`);
		continue;
	}
	const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	const ratio = (l1 + 0.05) / (l2 + 0.05);
	report.push(`${ratio.toFixed(2).padStart(6)}:1  (≥ ${min})  ${what}`);
	if (ratio < min) problems.push(`contrast ${ratio.toFixed(2)}:1 < ${min}:1 for ${what} (${fg} on ${bg})`);
}

// ---------------------------------------------------------------------------------------------------

if (process.argv.includes('--contrast')) console.log(report.join('\n'));
if (problems.length) {
	console.error(`build-theme: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
	process.exit(1);
}

// Formatted like the rest of the repository, so `prettier --check .` passes on the generated files.
const format = async (file, text) => prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
const outputs = [
	[OUT_COMPONENTS, await format(OUT_COMPONENTS, componentsCss)],
	[OUT_THEME, await format(OUT_THEME, themeCss)]
];
if (process.argv.includes('--check')) {
	const stale = outputs.filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
	if (stale.length) {
		console.error(
			`build-theme: out of date: ${stale.map(([f]) => rel(f)).join(', ')}. Run: node scripts/build-theme.js`
		);
		process.exit(1);
	}
	console.log('build-theme: generated CSS is up to date.');
} else {
	for (const [file, text] of outputs) fs.writeFileSync(file, text);
	console.log(
		`build-theme: ${rel(OUT_THEME)} (${themeNames.length} tokens, ${outputs[1][1].length} B), ` +
			`${rel(OUT_COMPONENTS)} (${outputs[0][1].length} B).`
	);
}
