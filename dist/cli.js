#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { h as hurtClasses, f as formatPlainProbability, a as formatPlainPoints, b as formatPercent, V as VERSION, d as dispatch, s as safeLine, c as describeError, O as OPTION_SPECS, I as InputError } from './dispatch.js';
import 'node:path';
import 'node:os';
import 'node:fs';
import './_commonjsHelpers.js';
import 'node:url';
import 'fs';
import 'node:fs/promises';
import 'sharp';
import 'node:module';
import 'onnxruntime-node';
import 'node:worker_threads';
import 'node:crypto';
import 'node:stream';
import 'node:stream/promises';
import 'node:child_process';

/** `75s` → `1m15s`, `3725s` → `1h02m`. */
function formatDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
/** One progress line: images done, share, throughput and the time left at that pace. */
function formatProgress(done, total, elapsedMs) {
    const seconds = elapsedMs / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const share = total > 0 ? ((100 * done) / total).toFixed(1) : '100.0';
    const eta = rate > 0 && done < total ? `, ETA ${formatDuration((total - done) / rate)}` : '';
    return `${done}/${total} images (${share}%), ${rate.toFixed(1)} images/s${eta}`;
}
/**
 * A throttled progress reporter for long evaluations. On a terminal it redraws one line in place; in CI
 * logs (no TTY) it stays quiet for short runs and prints a line now and then for long ones.
 */
function createProgressReporter(options = {}) {
    const stream = options.stream ?? process.stderr;
    const label = options.label ?? 'classdiff';
    const now = options.now ?? (() => performance.now());
    const redrawMs = options.redrawMs ?? 250;
    const logEveryMs = options.logEveryMs ?? 30_000;
    const live = stream.isTTY === true;
    const started = now();
    let lastShown = -Infinity;
    let shown = false;
    let shownDone = -1;
    let last = null;
    const line = (done, total) => `${label}: ${formatProgress(done, total, now() - started)}`;
    return {
        update(done, total) {
            last = { done, total };
            const time = now();
            if (live) {
                if (time - lastShown < redrawMs && done < total)
                    return;
                stream.write(`\r${line(done, total)}\x1b[K`);
            }
            else {
                if (time - started < logEveryMs || time - lastShown < logEveryMs)
                    return;
                stream.write(`${line(done, total)}\n`);
            }
            lastShown = time;
            shown = true;
            shownDone = done;
        },
        finish() {
            if (!shown || !last)
                return;
            if (live)
                stream.write(`\r${line(last.done, last.total)}\x1b[K\n`);
            else if (shownDone !== last.done)
                stream.write(`${line(last.done, last.total)}\n`);
            shown = false;
        }
    };
}

/**
 * The CLI's short summary on stdout; the full story is in report.md. Plain text: the CLI makes each line safe
 * for the terminal (`safeLine`) as it prints it.
 */
/** Hurt classes listed on stdout; the rest are counted in one line. */
const MAX_HURT_LINES = 10;
/** Where a model has no accuracy on a metric (no images for it). */
const NOT_AVAILABLE = 'n/a';
/** The summary's lines: verdict and counts, accuracies, the largest drops, the reasons and where report.md is. */
function summaryLines(report, reportPath) {
    const { summary } = report;
    const percent = (fraction) => formatPercent(fraction, NOT_AVAILABLE);
    const lines = [
        `classdiff: ${report.verdict === 'pass' ? 'PASS' : 'FAIL'} — ${summary.hurt} hurt, ${summary.suspected} suspected, ${summary.helped} helped of ${summary.classes} classes (${summary.images} images, gating on ${report.metric} accuracy)`,
        `  accuracy              ${percent(summary.baseline.accuracy)} → ${percent(summary.candidate.accuracy)}`
    ];
    if (summary.baseline.multiLabelAccuracy !== null) {
        lines.push(`  multi-label accuracy  ${percent(summary.baseline.multiLabelAccuracy)} → ${percent(summary.candidate.multiLabelAccuracy)}`);
    }
    const hurt = hurtClasses(report);
    for (const entry of hurt.slice(0, MAX_HURT_LINES)) {
        const partner = entry.absorbedBy[0];
        const q = entry.qValue === null ? NOT_AVAILABLE : formatPlainProbability(entry.qValue);
        lines.push(`  hurt: ${entry.name} ${formatPlainPoints(entry.delta)} pt (q=${q})${partner ? `, lost ${partner.count} to ${partner.name}` : ''}${entry.kind ? ` [${entry.kind}]` : ''}`);
    }
    if (hurt.length > MAX_HURT_LINES)
        lines.push(`  … and ${hurt.length - MAX_HURT_LINES} more hurt classes`);
    for (const reason of report.reasons)
        lines.push(`  reason: ${reason}`);
    lines.push(`  report: ${reportPath}`);
    return lines;
}

/** Exit codes (docs/design.md#interfaces). */
const EXIT_PASS = 0;
const EXIT_GATE_FAILED = 1;
const EXIT_BAD_INPUT = 2;
const USAGE = `Usage: classdiff compare --baseline A.onnx --candidate B.onnx --data DIR|manifest.csv|manifest.jsonl [options]
       classdiff compare --baseline-predictions A.jsonl --candidate-predictions B.jsonl --data manifest.csv [options]
       classdiff compare … --shard I/N --out-dir shard-I     evaluate one slice of the set
       classdiff report --shards DIR [--shards DIR…] [gate options] [--out-dir D]     merge shards into one report
       classdiff --help | --version

Compares two image classifiers class by class and fails when a class dropped significantly.
Exit codes: 0 passed, 1 the gate failed, 2 bad input or usage.`;
function helpText() {
    const rows = OPTION_SPECS.map((spec) => {
        const flag = `--${spec.name}${spec.value ? ` ${spec.value}` : ''}`;
        const fallback = spec.default !== undefined && spec.kind !== 'boolean' ? ` (default ${spec.default})` : '';
        return `  ${flag.padEnd(44)} ${spec.description}${fallback}`;
    });
    return `${USAGE}\n\nOptions:\n${rows.join('\n')}\n  ${'--help'.padEnd(44)} Show this help.\n`;
}
/** Progress and stage names go to stderr, so stdout carries only the summary. */
function stderrLogger() {
    let progress = null;
    return {
        info: (message) => process.stderr.write(`${safeLine(message)}\n`),
        warn: (message) => process.stderr.write(`warning: ${safeLine(message)}\n`),
        group: async (name, fn) => {
            process.stderr.write(`${safeLine(name)}…\n`);
            return fn();
        },
        progress: (done, total) => {
            progress ??= createProgressReporter();
            progress.update(done, total);
            if (done >= total) {
                progress.finish();
                progress = null;
            }
        }
    };
}
function parseCommandLine(argv) {
    const options = {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
    };
    for (const spec of OPTION_SPECS) {
        options[spec.name] =
            spec.kind === 'boolean'
                ? { type: 'boolean' }
                : { type: 'string', multiple: spec.kind === 'strings' };
    }
    let parsed;
    try {
        parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new InputError(`${describeError(error)} (see classdiff --help)`);
    }
    const { help, version, ...raw } = parsed.values;
    if (parsed.positionals.length > 1) {
        throw new InputError(`unexpected argument "${parsed.positionals[1]}" (see classdiff --help)`);
    }
    return {
        command: parsed.positionals[0] ?? null,
        raw,
        help: help === true,
        version: version === true
    };
}
/** Runs the CLI and returns its exit code; never throws. */
async function main(argv) {
    try {
        const { command, raw, help, version } = parseCommandLine(argv);
        if (version) {
            process.stdout.write(`${VERSION}\n`);
            return EXIT_PASS;
        }
        if (help || command === null) {
            process.stdout.write(helpText());
            return help ? EXIT_PASS : EXIT_BAD_INPUT;
        }
        const outcome = await dispatch(command, raw, process.cwd(), stderrLogger());
        if (outcome.kind === 'report')
            return reportOutcome(outcome.result);
        const { shard, images, manifest } = outcome.result;
        process.stdout.write(`${safeLine(`classdiff: shard ${shard.index}/${shard.count} evaluated ${images} images; merge with "classdiff report --shards DIR…" (${manifest})`)}\n`);
        return EXIT_PASS;
    }
    catch (error) {
        process.stderr.write(`classdiff: ${safeLine(describeError(error))}\n`);
        if (process.env.CLASSDIFF_DEBUG && error instanceof Error)
            process.stderr.write(`${error.stack}\n`);
        return EXIT_BAD_INPUT;
    }
}
function reportOutcome(result) {
    // Class names and paths come from the pull request: each line is made safe on its own.
    const lines = summaryLines(result.report, result.files.reportMarkdown).map((line) => safeLine(line));
    process.stdout.write(`${lines.join('\n')}\n`);
    return result.report.verdict === 'pass' ? EXIT_PASS : EXIT_GATE_FAILED;
}
process.exitCode = await main(process.argv.slice(2));

export { main };
