import path from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints, after the run, the time spent in each test file per project (the sum of its tests' runs,
 * retries included), how many tests ran and how many axe scans they made (e2e/fixtures/axe.ts adds an
 * `axe` annotation per scan). Slowest files first, so CI's log shows where the minutes go.
 */
interface Row {
	ms: number;
	runs: number;
	axe: number;
}

export default class FileTimes implements Reporter {
	private root = '';
	private projects: string[] = [];
	private files = new Map<string, Map<string, Row>>();

	onBegin(config: FullConfig): void {
		this.root = config.rootDir;
		this.projects = config.projects.map((p) => p.name);
	}

	onTestEnd(test: TestCase, result: TestResult): void {
		if (result.status === 'skipped') return;
		const file = path.relative(this.root, test.location.file);
		const project = test.parent.project()?.name ?? '';
		const byProject = this.files.get(file) ?? new Map<string, Row>();
		this.files.set(file, byProject);
		const row = byProject.get(project) ?? { ms: 0, runs: 0, axe: 0 };
		byProject.set(project, row);
		row.ms += result.duration;
		row.runs += 1;
		row.axe += result.annotations.filter((a) => a.type === 'axe').length;
	}

	onEnd(): void {
		const total = (rows: Map<string, Row>) => [...rows.values()].reduce((sum, r) => sum + r.ms, 0);
		const sorted = [...this.files].sort(([, a], [, b]) => total(b) - total(a));
		const width = Math.max(4, ...sorted.map(([file]) => file.length));
		const cell = (row: Row | undefined) => (row ? `${seconds(row.ms)} ${row.runs}× ${row.axe} axe` : '–').padStart(22);
		const lines = [
			'',
			`Time per test file (sum of test runs; tests × runs; axe scans)`,
			`${'file'.padEnd(width)} ${this.projects.map((p) => p.padStart(22)).join(' ')}`
		];
		const sums = new Map<string, Row>();
		for (const [file, rows] of sorted) {
			lines.push(`${file.padEnd(width)} ${this.projects.map((p) => cell(rows.get(p))).join(' ')}`);
			for (const [project, row] of rows) {
				const sum = sums.get(project) ?? { ms: 0, runs: 0, axe: 0 };
				sums.set(project, { ms: sum.ms + row.ms, runs: sum.runs + row.runs, axe: sum.axe + row.axe });
			}
		}
		lines.push(`${'total'.padEnd(width)} ${this.projects.map((p) => cell(sums.get(p))).join(' ')}`, '');
		console.log(lines.join('\n'));
	}

	printsToStdio(): boolean {
		return true;
	}
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)}s`;
}
