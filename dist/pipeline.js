import path, { extname, basename, join, dirname, resolve, sep, posix } from 'node:path';
import { readFile, stat, writeFile, mkdir, rename, readdir, mkdtemp, rm } from 'node:fs/promises';
import os, { setPriority, tmpdir } from 'node:os';
import { statSync, readFileSync, existsSync, realpathSync, lstatSync, readdirSync, createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createRequire } from 'node:module';
import * as ort from 'onnxruntime-node';
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';

/** The defaults justified above; the config stage starts from these. */
const DEFAULT_KIND_THRESHOLDS = {
    cooccurrence: 0.2,
    hierarchyDistance: 4,
    mutualCooccurrence: 0.6,
    ambiguousDistance: 2
};
/** Names of the evidence a pair lacks, as `ClassResult.missingEvidence` lists them. */
function missingEvidence(evidence) {
    const missing = [];
    if (!evidence.multiLabelsKnown)
        missing.push('multi-labels');
    if (!evidence.hierarchyKnown)
        missing.push('hierarchy');
    return missing;
}
/** The kind of the pair (c, l) under the thresholds, or null when the evidence given cannot decide it. */
function classifyKind(evidence, thresholds) {
    const rho = evidence.cooccurrence;
    if (rho === null)
        return null;
    const distance = evidence.hierarchyKnown ? evidence.hierarchyDistance : null;
    // An unconnected pair in a known hierarchy is as far apart as pairs get.
    const within = (limit) => distance !== null && distance <= limit;
    if (rho >= thresholds.cooccurrence) {
        const reverse = evidence.reverseCooccurrence;
        const mutual = reverse !== null && Math.min(rho, reverse) >= thresholds.mutualCooccurrence;
        if (mutual)
            return 'ambiguous';
        if (!evidence.hierarchyKnown)
            return null;
        return within(thresholds.ambiguousDistance) ? 'ambiguous' : 'co-occurring';
    }
    if (!evidence.hierarchyKnown)
        return null;
    return within(thresholds.hierarchyDistance) ? 'fine-grained' : 'other';
}

/**
 * A problem with what the user gave us (a file, a flag, a label). Both fronts turn it into one line on
 * stderr and exit code 2 (CLI) or a failed step (action), never a stack trace. The message must name the
 * culprit: the file, line, class or flag at fault.
 */
class InputError extends Error {
    name = 'InputError';
}
/** Formats any thrown value as the one line the user sees. */
function describeError(error) {
    if (error instanceof Error)
        return error.message.split('\n')[0] ?? error.name;
    return String(error);
}

const OPTION_SPECS = [
    {
        name: 'baseline',
        kind: 'strings',
        value: 'MODEL.onnx',
        description: 'Baseline ONNX model. Give it more than once for retrainings that differ only by seed: the first is the baseline, the others calibrate seed noise.'
    },
    { name: 'candidate', kind: 'string', value: 'MODEL.onnx', description: 'Candidate ONNX model.' },
    {
        name: 'baseline-predictions',
        kind: 'strings',
        value: 'FILE.jsonl',
        description: 'Baseline predictions (JSON Lines) instead of a model; repeatable like --baseline.'
    },
    {
        name: 'candidate-predictions',
        kind: 'string',
        value: 'FILE.jsonl',
        description: 'Candidate predictions (JSON Lines) instead of a model.'
    },
    {
        name: 'baseline-preprocess',
        kind: 'string',
        value: 'FILE.json',
        description: "Baseline preprocessing (timm pretrained_cfg keys). Default: <model>.json or config.json beside the model, else ImageNet's."
    },
    {
        name: 'candidate-preprocess',
        kind: 'string',
        value: 'FILE.json',
        description: 'Candidate preprocessing, as --baseline-preprocess.'
    },
    {
        name: 'data',
        kind: 'string',
        value: 'DIR|FILE',
        description: 'Evaluation set: an ImageFolder directory, or a CSV (file,label) or JSON Lines manifest.'
    },
    {
        name: 'preset',
        kind: 'string',
        value: 'NAME',
        description: 'Built-in label set: "imagenet" (class names, validation labels, ReaL multi-labels, WordNet hierarchy).'
    },
    {
        name: 'classes',
        kind: 'string',
        value: 'FILE',
        description: 'Class names, one per line, in index order.'
    },
    {
        name: 'multi-labels',
        kind: 'string',
        value: 'FILE',
        description: 'Multi-label annotations: JSON Lines {"file","labels"} or a JSON list aligned with the manifest (ReaL).'
    },
    {
        name: 'hierarchy',
        kind: 'string',
        value: 'FILE',
        description: 'Class hierarchy: "parent child" edge lines, or a class,superclass CSV.'
    },
    {
        name: 'max-class-drop',
        kind: 'number',
        default: '5',
        value: 'POINTS',
        description: 'Largest tolerated drop of one class, in percentage points.'
    },
    {
        name: 'max-mean-drop',
        kind: 'number',
        default: '1',
        value: 'POINTS',
        description: 'Largest tolerated drop of average accuracy, in points (fails only when the drop is also significant).'
    },
    {
        name: 'alpha',
        kind: 'number',
        default: '0.05',
        value: 'Q',
        description: 'False discovery rate for the per-class tests (Benjamini-Hochberg).'
    },
    {
        name: 'metric',
        kind: 'string',
        default: 'auto',
        value: 'auto|multi-label|original',
        description: 'Gating metric; auto = multi-label accuracy when multi-labels are given.'
    },
    {
        name: 'cooccurrence-threshold',
        kind: 'number',
        value: 'RHO',
        description: `Co-occurrence at or above which a partner class is a frequent valid co-label (default ${DEFAULT_KIND_THRESHOLDS.cooccurrence}).`
    },
    {
        name: 'hierarchy-distance-threshold',
        kind: 'number',
        value: 'EDGES',
        description: `Hierarchy distance at or below which two classes count as close (default ${DEFAULT_KIND_THRESHOLDS.hierarchyDistance}).`
    },
    {
        name: 'mutual-cooccurrence-threshold',
        kind: 'number',
        value: 'RHO',
        description: `A frequent co-label is ambiguous (two names for one thing) when co-labelled at least this much both ways (default ${DEFAULT_KIND_THRESHOLDS.mutualCooccurrence}).`
    },
    {
        name: 'ambiguous-distance-threshold',
        kind: 'number',
        value: 'EDGES',
        description: `…or when at most this far apart in the hierarchy (default ${DEFAULT_KIND_THRESHOLDS.ambiguousDistance}).`
    },
    {
        name: 'out-dir',
        kind: 'string',
        default: 'classdiff-report',
        value: 'DIR',
        description: 'Where report.json, report.md, predictions and the augmentation plan are written.'
    },
    {
        name: 'batch-size',
        kind: 'number',
        default: '32',
        value: 'N',
        description: 'Images per inference batch (a model with a fixed batch size uses its own).'
    },
    {
        name: 'threads',
        kind: 'number',
        default: '0',
        value: 'N',
        description: 'onnxruntime threads per model; 0 chooses for this machine.'
    },
    {
        name: 'execution-provider',
        kind: 'string',
        default: 'cpu',
        value: 'cpu|cuda',
        description: 'onnxruntime execution provider.'
    },
    {
        name: 'timeout',
        kind: 'number',
        default: '600',
        value: 'SECONDS',
        description: 'Longest a model may take to load, or to score one batch; past it classdiff stops at once with a message naming the model. 0 = no limit.'
    },
    {
        name: 'cache-dir',
        kind: 'string',
        value: 'DIR',
        description: 'Cache baseline predictions here, keyed by model hash, dataset and preprocessing.'
    },
    {
        name: 'shard',
        kind: 'string',
        value: 'I/N',
        description: 'Evaluate only slice I of N (1-based) and write its predictions; merge with "classdiff report".'
    },
    {
        name: 'shards',
        kind: 'strings',
        value: 'DIR',
        description: 'Shard output folders (or a folder holding them) to merge into one report: "classdiff report" / mode: report.'
    },
    {
        name: 'allow-outside-root',
        kind: 'boolean',
        default: 'false',
        description: 'Let manifest paths and symlinks resolve outside the data root (off: refused).'
    }
];
const SPEC_BY_NAME = new Map(OPTION_SPECS.map((spec) => [spec.name, spec]));
function spec(name) {
    const found = SPEC_BY_NAME.get(name);
    if (!found)
        throw new Error(`unknown option ${name}`);
    return found;
}
function strings(raw, name) {
    const value = raw[name];
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    return list.map((item) => item.trim()).filter((item) => item !== '');
}
function optionalString(raw, name) {
    const list = strings(raw, name);
    if (list.length > 1)
        throw new InputError(`--${name} was given ${list.length} times; give it once`);
    return list[0] ?? spec(name).default ?? null;
}
function optionalNumber(raw, name) {
    const text = optionalString(raw, name);
    if (text === null)
        return null;
    const value = Number(text);
    if (!Number.isFinite(value) || text.trim() === '') {
        throw new InputError(`--${name} must be a number, got "${text}"`);
    }
    return value;
}
function number(raw, name, min, max) {
    const value = optionalNumber(raw, name);
    if (value === null)
        throw new InputError(`--${name} is required`);
    if (value < min || value > max) {
        throw new InputError(`--${name} must be between ${min} and ${max}, got ${value}`);
    }
    return value;
}
function integer(raw, name, min, max) {
    const value = number(raw, name, min, max);
    if (!Number.isInteger(value))
        throw new InputError(`--${name} must be a whole number, got ${value}`);
    return value;
}
function boolean(raw, name) {
    const value = raw[name];
    if (typeof value === 'boolean')
        return value;
    const text = optionalString(raw, name);
    if (text === null)
        return false;
    if (/^(true|yes|1)$/i.test(text))
        return true;
    if (/^(false|no|0)$/i.test(text))
        return false;
    throw new InputError(`--${name} must be true or false, got "${text}"`);
}
function oneOf(raw, name, allowed) {
    const text = optionalString(raw, name);
    if (text === null || !allowed.includes(text)) {
        throw new InputError(`--${name} must be one of ${allowed.join(', ')}, got "${text ?? ''}"`);
    }
    return text;
}
function parseShard(text) {
    if (text === null)
        return null;
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count) {
        throw new InputError(`--shard must be I/N with 1 ≤ I ≤ N (e.g. 2/4), got "${text}"`);
    }
    return { index, count };
}
function share(raw, name, fallback) {
    const value = optionalNumber(raw, name);
    if (value === null)
        return fallback;
    if (value <= 0 || value > 1)
        throw new InputError(`--${name} must be in (0, 1], got ${value}`);
    return value;
}
function edges(raw, name, fallback) {
    const value = optionalNumber(raw, name);
    if (value === null)
        return fallback;
    if (value < 0 || !Number.isInteger(value)) {
        throw new InputError(`--${name} must be a whole number ≥ 0, got ${value}`);
    }
    return value;
}
function kindThresholds(raw) {
    const defaults = DEFAULT_KIND_THRESHOLDS;
    return {
        cooccurrence: share(raw, 'cooccurrence-threshold', defaults.cooccurrence),
        mutualCooccurrence: share(raw, 'mutual-cooccurrence-threshold', defaults.mutualCooccurrence),
        hierarchyDistance: edges(raw, 'hierarchy-distance-threshold', defaults.hierarchyDistance),
        ambiguousDistance: edges(raw, 'ambiguous-distance-threshold', defaults.ambiguousDistance)
    };
}
function parsePolicy(raw) {
    return {
        maxClassDrop: number(raw, 'max-class-drop', 0, 100),
        maxMeanDrop: number(raw, 'max-mean-drop', 0, 100),
        alpha: number(raw, 'alpha', Number.MIN_VALUE, 1),
        metric: oneOf(raw, 'metric', ['auto', 'multi-label', 'original']),
        kinds: kindThresholds(raw)
    };
}
function rejectUnknown(raw, allowed, command) {
    for (const name of Object.keys(raw)) {
        if (raw[name] === undefined ||
            raw[name] === '' ||
            (Array.isArray(raw[name]) && raw[name].length === 0))
            continue;
        if (!SPEC_BY_NAME.has(name))
            throw new InputError(`unknown option --${name}`);
        if (!allowed.has(name))
            throw new InputError(`--${name} does not apply to ${command}`);
    }
}
/** The options the merge step takes; everything about the data and models comes from the shards' manifests. */
const REPORT_OPTION_NAMES = new Set([
    'shards',
    'max-class-drop',
    'max-mean-drop',
    'alpha',
    'metric',
    'cooccurrence-threshold',
    'hierarchy-distance-threshold',
    'mutual-cooccurrence-threshold',
    'ambiguous-distance-threshold',
    'out-dir'
]);
function parseReportOptions(raw, baseDir) {
    rejectUnknown(raw, REPORT_OPTION_NAMES, 'classdiff report');
    const shards = strings(raw, 'shards').map((dir) => path.resolve(baseDir, dir));
    if (shards.length === 0)
        throw new InputError('no shards: give --shards DIR (repeatable) with the shard outputs');
    return {
        shards,
        policy: parsePolicy(raw),
        outDir: path.resolve(baseDir, optionalString(raw, 'out-dir') ?? 'classdiff-report')
    };
}
/** Validates raw options into the one `Config`; paths resolve against `baseDir` (cwd, or the workspace in Actions). */
function parseConfig(raw, baseDir) {
    rejectUnknown(raw, new Set(SPEC_BY_NAME.keys()), 'classdiff compare');
    const resolve = (file) => path.resolve(baseDir, file);
    const resolveOptional = (name) => {
        const value = optionalString(raw, name);
        return value === null ? null : resolve(value);
    };
    const baselinePreprocess = resolveOptional('baseline-preprocess');
    const baselines = [
        ...strings(raw, 'baseline').map((file) => ({
            kind: 'onnx',
            path: resolve(file),
            preprocess: baselinePreprocess
        })),
        ...strings(raw, 'baseline-predictions').map((file) => ({
            kind: 'predictions',
            path: resolve(file)
        }))
    ];
    const candidateModel = optionalString(raw, 'candidate');
    const candidatePredictions = optionalString(raw, 'candidate-predictions');
    if (baselines.length === 0) {
        throw new InputError('no baseline: give --baseline MODEL.onnx or --baseline-predictions FILE');
    }
    if ((candidateModel === null) === (candidatePredictions === null)) {
        throw new InputError(candidateModel === null
            ? 'no candidate: give --candidate MODEL.onnx or --candidate-predictions FILE'
            : 'give either --candidate or --candidate-predictions, not both');
    }
    const candidate = candidateModel !== null
        ? {
            kind: 'onnx',
            path: resolve(candidateModel),
            preprocess: resolveOptional('candidate-preprocess')
        }
        : { kind: 'predictions', path: resolve(candidatePredictions) };
    const presetName = optionalString(raw, 'preset');
    if (presetName !== null && presetName !== 'imagenet') {
        throw new InputError(`--preset must be "imagenet", got "${presetName}"`);
    }
    const preset = presetName;
    const data = resolveOptional('data');
    const anyModel = [...baselines, candidate].some((source) => source.kind === 'onnx');
    if (data === null && (preset === null || anyModel)) {
        throw new InputError(preset === null
            ? 'no evaluation set: give --data DIR|manifest.csv|manifest.jsonl (or --preset imagenet with predictions files)'
            : 'models need images: give --data with the folder of ImageNet validation images');
    }
    if (strings(raw, 'shards').length > 0) {
        throw new InputError('--shards belongs to "classdiff report", which merges shards; compare evaluates models');
    }
    const policy = parsePolicy(raw);
    return {
        baselines,
        candidate,
        data,
        preset,
        classes: resolveOptional('classes'),
        multiLabels: resolveOptional('multi-labels'),
        hierarchy: resolveOptional('hierarchy'),
        policy,
        outDir: resolve(optionalString(raw, 'out-dir') ?? 'classdiff-report'),
        batchSize: integer(raw, 'batch-size', 1, 4096),
        threads: integer(raw, 'threads', 0, 1024),
        executionProvider: oneOf(raw, 'execution-provider', ['cpu', 'cuda']),
        timeout: number(raw, 'timeout', 0, 86_400),
        cacheDir: resolveOptional('cache-dir'),
        shard: parseShard(optionalString(raw, 'shard')),
        allowOutsideRoot: boolean(raw, 'allow-outside-root')
    };
}

/** At most this many absorbing classes are kept per class (the long tail is single stray images). */
const MAX_ABSORBERS = 10;
/**
 * Candidate minus baseline false positives per class, over every scored image. A false positive of l is an
 * image predicted l that is wrong under the metric: its original label is not l, or (multi-label scoring)
 * its valid set does not hold l.
 */
function falsePositiveGrowth(outcome, baseline, candidate, classCount) {
    const growth = new Int32Array(classCount);
    const { scored, baselineRight, candidateRight } = outcome;
    for (let i = 0; i < scored.length; i++) {
        if (scored[i] === 0)
            continue;
        if (baselineRight[i] === 0)
            growth[baseline[i]]--;
        if (candidateRight[i] === 0)
            growth[candidate[i]]++;
    }
    return growth;
}
/**
 * Among the images of class c that the baseline got right and the candidate got wrong, what the candidate
 * predicts now, with counts: most images first, ties by class index, at most `MAX_ABSORBERS`. The class
 * itself is left out — under multi-label scoring the candidate can be wrong by predicting c on an image
 * whose valid set does not hold c, which is not a confusion with another class.
 */
function absorbingClasses(c, byClass, outcome, candidate) {
    const counts = new Map();
    for (let k = byClass.start[c]; k < byClass.start[c + 1]; k++) {
        const i = byClass.order[k];
        if (outcome.scored[i] === 0 ||
            outcome.baselineRight[i] === 0 ||
            outcome.candidateRight[i] === 1)
            continue;
        const predicted = candidate[i];
        if (predicted === c)
            continue;
        counts.set(predicted, (counts.get(predicted) ?? 0) + 1);
    }
    return [...counts]
        .map(([index, count]) => ({ index, count }))
        .sort((a, b) => b.count - a.count || a.index - b.index)
        .slice(0, MAX_ABSORBERS);
}

/** True when the image has a non-empty multi-label set (ReaL leaves images with an empty set out). */
function hasValidSet(set) {
    return set !== null && set !== undefined && set.length > 0;
}
/** True when at least one image carries a non-empty multi-label set. */
function anyMultiLabels(input) {
    return input.multiLabels.some(hasValidSet);
}
function metricScoring(input, metric) {
    const n = input.labels.length;
    const scored = new Uint8Array(n);
    if (metric === 'original')
        scored.fill(1);
    else
        for (let i = 0; i < n; i++)
            scored[i] = hasValidSet(input.multiLabels[i]) ? 1 : 0;
    return { metric, scored };
}
/** 1 where `predictions[i]` is right on image i under the metric (0 for images the metric does not score). */
function rightFlags(input, scoring, predictions) {
    const n = input.labels.length;
    const right = new Uint8Array(n);
    if (scoring.metric === 'original') {
        for (let i = 0; i < n; i++)
            right[i] = predictions[i] === input.labels[i] ? 1 : 0;
    }
    else {
        for (let i = 0; i < n; i++) {
            if (scoring.scored[i] === 0)
                continue;
            right[i] = input.multiLabels[i].includes(predictions[i]) ? 1 : 0;
        }
    }
    return right;
}
function indexByClass(labels, classCount) {
    const start = new Int32Array(classCount + 1);
    for (let i = 0; i < labels.length; i++)
        start[labels[i] + 1]++;
    for (let c = 0; c < classCount; c++)
        start[c + 1] += start[c];
    const next = start.slice(0, classCount);
    const order = new Int32Array(labels.length);
    for (let i = 0; i < labels.length; i++)
        order[next[labels[i]]++] = i;
    return { start, order };
}

/**
 * ρ(c, l): share of the images of class c (original label) with a non-empty multi-label set whose set
 * also holds l. Null when no image of c has such a set.
 */
function cooccurrence(multiLabels, byClass, c, l) {
    let withSet = 0;
    let holding = 0;
    for (let k = byClass.start[c]; k < byClass.start[c + 1]; k++) {
        const set = multiLabels[byClass.order[k]];
        if (!hasValidSet(set))
            continue;
        withSet++;
        if (set.includes(l))
            holding++;
    }
    return withSet === 0 ? null : holding / withSet;
}
/**
 * Edge distances between classes in an is-a DAG: the shortest path that goes up from c to a common
 * ancestor and down to l, i.e. through their lowest common ancestor (siblings are 2 apart, a parent and
 * its child 1). Upward distances to every ancestor are cached per node.
 */
class HierarchyDistances {
    hierarchy;
    ancestorCache = new Map();
    constructor(hierarchy) {
        this.hierarchy = hierarchy;
    }
    /** True when class c is a node the hierarchy knows (it has a parent or is some node's parent). */
    knows(c) {
        const node = this.hierarchy.classNodes[c];
        if (node === undefined || node === '')
            return false;
        return this.hierarchy.parents.has(node) || this.isParent(node);
    }
    /** Edges between classes c and l through their lowest common ancestor; null when they share none. */
    between(c, l) {
        const a = this.hierarchy.classNodes[c];
        const b = this.hierarchy.classNodes[l];
        if (a === undefined || b === undefined || a === '' || b === '')
            return null;
        if (a === b)
            return 0;
        const up = this.ancestorsOf(a);
        const down = this.ancestorsOf(b);
        const [small, large] = up.size <= down.size ? [up, down] : [down, up];
        let best = null;
        for (const [node, depth] of small) {
            const other = large.get(node);
            if (other !== undefined && (best === null || depth + other < best))
                best = depth + other;
        }
        return best;
    }
    /** Every ancestor of a node (itself included, at 0) with its shortest upward distance: breadth-first. */
    ancestorsOf(node) {
        const cached = this.ancestorCache.get(node);
        if (cached)
            return cached;
        const depths = new Map([[node, 0]]);
        let frontier = [node];
        for (let depth = 1; frontier.length > 0; depth++) {
            const next = [];
            for (const child of frontier) {
                for (const parent of this.hierarchy.parents.get(child) ?? []) {
                    if (depths.has(parent))
                        continue;
                    depths.set(parent, depth);
                    next.push(parent);
                }
            }
            frontier = next;
        }
        this.ancestorCache.set(node, depths);
        return depths;
    }
    parentSet = null;
    isParent(node) {
        if (this.parentSet === null) {
            this.parentSet = new Set();
            for (const parents of this.hierarchy.parents.values())
                for (const p of parents)
                    this.parentSet.add(p);
        }
        return this.parentSet.has(node);
    }
}

/** Guards `Δ ≤ −margin` against rounding when Δ and the margin are the same fraction written two ways. */
const EPSILON = 1e-12;
/** Names listed in a reason before "and N more". */
const MAX_NAMES_IN_REASON = 5;
/** Longest class name quoted in a reason. */
const MAX_NAME_LENGTH = 40;
/** The per-class margin as a fraction: `maxClassDrop` is in points. */
function classMargin(policy) {
    return policy.maxClassDrop / 100;
}
/** True when Δ (fraction) is a drop, and one of at least the margin. */
function dropsBeyondMargin(delta, margin) {
    return delta < 0 && delta <= -margin + EPSILON;
}
/**
 * hurt: Δ ≤ −margin and the drop test's q ≤ α; suspected: Δ ≤ −margin without significance; helped: Δ ≥
 * margin and the gain test's q ≤ α; unchanged otherwise (untested classes included).
 */
function classStatus(delta, qValue, gainQValue, policy) {
    const margin = classMargin(policy);
    if (qValue !== null && dropsBeyondMargin(delta, margin)) {
        return qValue <= policy.alpha ? 'hurt' : 'suspected';
    }
    const gainsBeyondMargin = dropsBeyondMargin(-delta, margin);
    if (gainQValue !== null && gainsBeyondMargin && gainQValue <= policy.alpha)
        return 'helped';
    return 'unchanged';
}
/**
 * Fails when any class is hurt, or when the overall drop exceeds `maxMeanDrop` points and is significant
 * (two-sided p ≤ α). Reasons name the worst classes first and stay short whatever the class names are.
 */
function decideVerdict(classes, overall, policy, metric) {
    const reasons = [];
    const hurt = classes
        .filter((result) => result.status === 'hurt')
        .sort((a, b) => a.delta - b.delta || a.index - b.index);
    if (hurt.length > 0) {
        const shown = hurt.slice(0, MAX_NAMES_IN_REASON).map((result) => shortName(result.name));
        const more = hurt.length - shown.length;
        const noun = hurt.length === 1 ? 'class' : 'classes';
        reasons.push(`${hurt.length} ${noun} dropped by ${formatNumber$1(policy.maxClassDrop)} points or more ` +
            `(q ≤ ${formatNumber$1(policy.alpha)}): ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    }
    const overallDrop = -overall.delta * 100;
    if (overallDrop > policy.maxMeanDrop + EPSILON && overall.pValue <= policy.alpha) {
        reasons.push(`overall ${metric} accuracy dropped by ${overallDrop.toFixed(2)} points (p = ${formatPValue(overall.pValue)}), ` +
            `more than the ${formatNumber$1(policy.maxMeanDrop)}-point limit`);
    }
    return { verdict: reasons.length > 0 ? 'fail' : 'pass', reasons };
}
/** One line, at most MAX_NAME_LENGTH characters (counted in code points, so no emoji is cut in half). */
function shortName(name) {
    const characters = [...name.replace(/\s+/g, ' ').trim()];
    if (characters.length <= MAX_NAME_LENGTH)
        return characters.join('');
    return `${characters.slice(0, MAX_NAME_LENGTH - 1).join('')}…`;
}
function formatNumber$1(value) {
    return String(Number(value.toPrecision(6)));
}
/** p-values as people read them: three decimals, or scientific notation below 0.001. */
function formatPValue(p) {
    if (p === 0)
        return '0';
    return p >= 0.001 ? p.toFixed(3) : p.toExponential(1);
}

const SEED_NOISE_METHOD = 'quasi-binomial: φ = mean of (b − c)²/(b + c) over classes and pairs of baseline checkpoints; discordant counts divided by φ, interval widened by √φ';
/**
 * Estimates φ from the per-image right/wrong flags of the baseline and its seed replicates (one array per
 * checkpoint, all on the gating metric) and returns the calibration `compare` applies.
 */
function estimateSeedDispersion(rightByCheckpoint, scored, labels, classCount) {
    const onlyFirst = new Int32Array(classCount);
    const onlySecond = new Int32Array(classCount);
    let total = 0;
    let cells = 0;
    for (let a = 0; a < rightByCheckpoint.length; a++) {
        for (let b = a + 1; b < rightByCheckpoint.length; b++) {
            onlyFirst.fill(0);
            onlySecond.fill(0);
            const first = rightByCheckpoint[a];
            const second = rightByCheckpoint[b];
            for (let i = 0; i < labels.length; i++) {
                if (scored[i] === 0 || first[i] === second[i])
                    continue;
                if (first[i] === 1)
                    onlyFirst[labels[i]]++;
                else
                    onlySecond[labels[i]]++;
            }
            for (let c = 0; c < classCount; c++) {
                const discordant = onlyFirst[c] + onlySecond[c];
                if (discordant === 0)
                    continue;
                total += (onlyFirst[c] - onlySecond[c]) ** 2 / discordant;
                cells++;
            }
        }
    }
    const estimate = cells === 0 ? 1 : total / cells;
    return {
        replicates: rightByCheckpoint.length - 1,
        dispersion: Math.max(1, estimate),
        method: SEED_NOISE_METHOD,
        estimate,
        cells
    };
}

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var define_property;
var hasRequiredDefine_property;

function requireDefine_property () {
	if (hasRequiredDefine_property) return define_property;
	hasRequiredDefine_property = 1;

	// MAIN //

	var main = ( typeof Object.defineProperty === 'function' ) ? Object.defineProperty : null;


	// EXPORTS //

	define_property = main;
	return define_property;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var has_define_property_support;
var hasRequiredHas_define_property_support;

function requireHas_define_property_support () {
	if (hasRequiredHas_define_property_support) return has_define_property_support;
	hasRequiredHas_define_property_support = 1;

	// MODULES //

	var defineProperty = requireDefine_property();


	// MAIN //

	/**
	* Tests for `Object.defineProperty` support.
	*
	* @private
	* @returns {boolean} boolean indicating if an environment has `Object.defineProperty` support
	*
	* @example
	* var bool = hasDefinePropertySupport();
	* // returns <boolean>
	*/
	function hasDefinePropertySupport() {
		// Test basic support...
		try {
			defineProperty( {}, 'x', {} );
			return true;
		} catch ( err ) { // eslint-disable-line no-unused-vars
			return false;
		}
	}


	// EXPORTS //

	has_define_property_support = hasDefinePropertySupport;
	return has_define_property_support;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var builtin;
var hasRequiredBuiltin;

function requireBuiltin () {
	if (hasRequiredBuiltin) return builtin;
	hasRequiredBuiltin = 1;

	// MAIN //

	/**
	* Defines (or modifies) an object property.
	*
	* ## Notes
	*
	* -   Property descriptors come in two flavors: **data descriptors** and **accessor descriptors**. A data descriptor is a property that has a value, which may or may not be writable. An accessor descriptor is a property described by a getter-setter function pair. A descriptor must be one of these two flavors and cannot be both.
	*
	* @name defineProperty
	* @type {Function}
	* @param {Object} obj - object on which to define the property
	* @param {(string|symbol)} prop - property name
	* @param {Object} descriptor - property descriptor
	* @param {boolean} [descriptor.configurable=false] - boolean indicating if property descriptor can be changed and if the property can be deleted from the provided object
	* @param {boolean} [descriptor.enumerable=false] - boolean indicating if the property shows up when enumerating object properties
	* @param {boolean} [descriptor.writable=false] - boolean indicating if the value associated with the property can be changed with an assignment operator
	* @param {*} [descriptor.value] - property value
	* @param {(Function|void)} [descriptor.get=undefined] - function which serves as a getter for the property, or, if no getter, undefined. When the property is accessed, a getter function is called without arguments and with the `this` context set to the object through which the property is accessed (which may not be the object on which the property is defined due to inheritance). The return value will be used as the property value.
	* @param {(Function|void)} [descriptor.set=undefined] - function which serves as a setter for the property, or, if no setter, undefined. When assigning a property value, a setter function is called with one argument (the value being assigned to the property) and with the `this` context set to the object through which the property is assigned.
	* @throws {TypeError} first argument must be an object
	* @throws {TypeError} third argument must be an object
	* @throws {Error} property descriptor cannot have both a value and a setter and/or getter
	* @returns {Object} object with added property
	*
	* @example
	* var obj = {};
	*
	* defineProperty( obj, 'foo', {
	*     'value': 'bar'
	* });
	*
	* var str = obj.foo;
	* // returns 'bar'
	*/
	var defineProperty = Object.defineProperty;


	// EXPORTS //

	builtin = defineProperty;
	return builtin;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var is_number;
var hasRequiredIs_number;

function requireIs_number () {
	if (hasRequiredIs_number) return is_number;
	hasRequiredIs_number = 1;

	/**
	* Tests if a value is a number primitive.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating if a value is a number primitive
	*
	* @example
	* var bool = isNumber( 3.14 );
	* // returns true
	*
	* @example
	* var bool = isNumber( NaN );
	* // returns true
	*
	* @example
	* var bool = isNumber( new Number( 3.14 ) );
	* // returns false
	*/
	function isNumber( value ) {
		return ( typeof value === 'number' );  // NOTE: we inline the `isNumber.isPrimitive` function from `@stdlib/assert/is-number` in order to avoid circular dependencies.
	}


	// EXPORTS //

	is_number = isNumber;
	return is_number;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var zero_pad;
var hasRequiredZero_pad;

function requireZero_pad () {
	if (hasRequiredZero_pad) return zero_pad;
	hasRequiredZero_pad = 1;

	// FUNCTIONS //

	/**
	* Tests if a string starts with a minus sign (`-`).
	*
	* @private
	* @param {string} str - input string
	* @returns {boolean} boolean indicating if a string starts with a minus sign (`-`)
	*/
	function startsWithMinus( str ) {
		return str[ 0 ] === '-';
	}

	/**
	* Returns a string of `n` zeros.
	*
	* @private
	* @param {number} n - number of zeros
	* @returns {string} string of zeros
	*/
	function zeros( n ) {
		var out = '';
		var i;
		for ( i = 0; i < n; i++ ) {
			out += '0';
		}
		return out;
	}


	// MAIN //

	/**
	* Pads a token with zeros to the specified width.
	*
	* @private
	* @param {string} str - token argument
	* @param {number} width - token width
	* @param {boolean} [right=false] - boolean indicating whether to pad to the right
	* @returns {string} padded token argument
	*/
	function zeroPad( str, width, right ) {
		var negative = false;
		var pad = width - str.length;
		if ( pad < 0 ) {
			return str;
		}
		if ( startsWithMinus( str ) ) {
			negative = true;
			str = str.substr( 1 );
		}
		str = ( right ) ?
			str + zeros( pad ) :
			zeros( pad ) + str;
		if ( negative ) {
			str = '-' + str;
		}
		return str;
	}


	// EXPORTS //

	zero_pad = zeroPad;
	return zero_pad;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var format_integer;
var hasRequiredFormat_integer;

function requireFormat_integer () {
	if (hasRequiredFormat_integer) return format_integer;
	hasRequiredFormat_integer = 1;

	// MODULES //

	var isNumber = requireIs_number();
	var zeroPad = requireZero_pad();

	// NOTE: for the following, we explicitly avoid using stdlib packages in this particular package in order to avoid circular dependencies.
	var lowercase = String.prototype.toLowerCase;
	var uppercase = String.prototype.toUpperCase;


	// MAIN //

	/**
	* Formats a token object argument as an integer.
	*
	* @private
	* @param {Object} token - token object
	* @throws {Error} must provide a valid integer
	* @returns {string} formatted token argument
	*/
	function formatInteger( token ) {
		var base;
		var out;
		var i;

		switch ( token.specifier ) {
		case 'b':
			// Case: %b (binary)
			base = 2;
			break;
		case 'o':
			// Case: %o (octal)
			base = 8;
			break;
		case 'x':
		case 'X':
			// Case: %x, %X (hexadecimal)
			base = 16;
			break;
		case 'd':
		case 'i':
		case 'u':
		default:
			// Case: %d, %i, %u (decimal)
			base = 10;
			break;
		}
		out = token.arg;
		i = parseInt( out, 10 );
		if ( !isFinite( i ) ) { // NOTE: We use the global `isFinite` function here instead of `@stdlib/math/base/assert/is-finite` in order to avoid circular dependencies.
			if ( !isNumber( out ) ) {
				throw new Error( 'invalid integer. Value: ' + out );
			}
			i = 0;
		}
		if ( i < 0 && ( token.specifier === 'u' || base !== 10 ) ) {
			i = 0xffffffff + i + 1;
		}
		if ( i < 0 ) {
			out = ( -i ).toString( base );
			if ( token.precision ) {
				out = zeroPad( out, token.precision, token.padRight );
			}
			out = '-' + out;
		} else {
			out = i.toString( base );
			if ( !i && !token.precision ) {
				out = '';
			} else if ( token.precision ) {
				out = zeroPad( out, token.precision, token.padRight );
			}
			if ( token.sign ) {
				out = token.sign + out;
			}
		}
		if ( base === 16 ) {
			if ( token.alternate ) {
				out = '0x' + out;
			}
			out = ( token.specifier === uppercase.call( token.specifier ) ) ?
				uppercase.call( out ) :
				lowercase.call( out );
		}
		if ( base === 8 ) {
			if ( token.alternate && out.charAt( 0 ) !== '0' ) {
				out = '0' + out;
			}
		}
		return out;
	}


	// EXPORTS //

	format_integer = formatInteger;
	return format_integer;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var is_string$1;
var hasRequiredIs_string$1;

function requireIs_string$1 () {
	if (hasRequiredIs_string$1) return is_string$1;
	hasRequiredIs_string$1 = 1;

	/**
	* Tests if a value is a string primitive.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating if a value is a string primitive
	*
	* @example
	* var bool = isString( 'beep' );
	* // returns true
	*
	* @example
	* var bool = isString( new String( 'beep' ) );
	* // returns false
	*/
	function isString( value ) {
		return ( typeof value === 'string' ); // NOTE: we inline the `isString.isPrimitive` function from `@stdlib/assert/is-string` in order to avoid circular dependencies.
	}


	// EXPORTS //

	is_string$1 = isString;
	return is_string$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var format_double;
var hasRequiredFormat_double;

function requireFormat_double () {
	if (hasRequiredFormat_double) return format_double;
	hasRequiredFormat_double = 1;

	// MODULES //

	// NOTE: for the following, we explicitly avoid using stdlib packages in this particular package in order to avoid circular dependencies.
	var abs = Math.abs; // eslint-disable-line stdlib/no-builtin-math
	var lowercase = String.prototype.toLowerCase;
	var uppercase = String.prototype.toUpperCase;
	var replace = String.prototype.replace;


	// VARIABLES //

	var RE_EXP_POS_DIGITS = /e\+(\d)$/;
	var RE_EXP_NEG_DIGITS = /e-(\d)$/;
	var RE_ONLY_DIGITS = /^(\d+)$/;
	var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
	var RE_TRAILING_PERIOD_ZERO = /\.0$/;
	var RE_PERIOD_ZERO_EXP = /\.0*e/;
	var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;


	// MAIN //

	/**
	* Formats a token object argument as a floating-point number.
	*
	* @private
	* @param {number} f - parsed number
	* @param {Object} token - token object
	* @throws {Error} must provide a valid floating-point number
	* @returns {string} formatted token argument
	*/
	function formatDouble( f, token ) {
		var digits;
		var out;

		switch ( token.specifier ) {
		case 'e':
		case 'E':
			out = f.toExponential( token.precision );
			break;
		case 'f':
		case 'F':
			out = f.toFixed( token.precision );
			break;
		case 'g':
		case 'G':
			if ( abs( f ) < 0.0001 ) {
				digits = token.precision;
				if ( digits > 0 ) {
					digits -= 1;
				}
				out = f.toExponential( digits );
			} else {
				out = f.toPrecision( token.precision );
			}
			if ( !token.alternate ) {
				out = replace.call( out, RE_ZERO_BEFORE_EXP, '$1e' );
				out = replace.call( out, RE_PERIOD_ZERO_EXP, 'e' );
				out = replace.call( out, RE_TRAILING_PERIOD_ZERO, '' );
			}
			break;
		default:
			throw new Error( 'invalid double notation. Value: ' + token.specifier );
		}
		out = replace.call( out, RE_EXP_POS_DIGITS, 'e+0$1' );
		out = replace.call( out, RE_EXP_NEG_DIGITS, 'e-0$1' );
		if ( token.alternate ) {
			out = replace.call( out, RE_ONLY_DIGITS, '$1.' );
			out = replace.call( out, RE_DIGITS_BEFORE_EXP, '$1.e' );
		}
		if ( f >= 0 && token.sign ) {
			out = token.sign + out;
		}
		out = ( token.specifier === uppercase.call( token.specifier ) ) ?
			uppercase.call( out ) :
			lowercase.call( out );
		return out;
	}


	// EXPORTS //

	format_double = formatDouble;
	return format_double;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var space_pad;
var hasRequiredSpace_pad;

function requireSpace_pad () {
	if (hasRequiredSpace_pad) return space_pad;
	hasRequiredSpace_pad = 1;

	// FUNCTIONS //

	/**
	* Returns `n` spaces.
	*
	* @private
	* @param {number} n - number of spaces
	* @returns {string} string of spaces
	*/
	function spaces( n ) {
		var out = '';
		var i;
		for ( i = 0; i < n; i++ ) {
			out += ' ';
		}
		return out;
	}


	// MAIN //

	/**
	* Pads a token with spaces to the specified width.
	*
	* @private
	* @param {string} str - token argument
	* @param {number} width - token width
	* @param {boolean} [right=false] - boolean indicating whether to pad to the right
	* @returns {string} padded token argument
	*/
	function spacePad( str, width, right ) {
		var pad = width - str.length;
		if ( pad < 0 ) {
			return str;
		}
		str = ( right ) ?
			str + spaces( pad ) :
			spaces( pad ) + str;
		return str;
	}


	// EXPORTS //

	space_pad = spacePad;
	return space_pad;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1j;
var hasRequiredMain$1j;

function requireMain$1j () {
	if (hasRequiredMain$1j) return main$1j;
	hasRequiredMain$1j = 1;

	// MODULES //

	var formatInteger = requireFormat_integer();
	var isString = requireIs_string$1();
	var isNumber = requireIs_number();
	var formatDouble = requireFormat_double();
	var spacePad = requireSpace_pad();
	var zeroPad = requireZero_pad();


	// VARIABLES //

	var fromCharCode = String.fromCharCode;
	var isArray = Array.isArray; // NOTE: We use the global `Array.isArray` function here instead of `@stdlib/assert/is-array` to avoid circular dependencies.


	// FUNCTIONS //

	/**
	* Returns a boolean indicating whether a value is `NaN`.
	*
	* @private
	* @param {*} value - input value
	* @returns {boolean} boolean indicating whether a value is `NaN`
	*
	* @example
	* var bool = isnan( NaN );
	* // returns true
	*
	* @example
	* var bool = isnan( 4 );
	* // returns false
	*/
	function isnan( value ) { // explicitly define a function here instead of `@stdlib/math/base/assert/is-nan` in order to avoid circular dependencies
		return ( value !== value );
	}

	/**
	* Initializes token object with properties of supplied format identifier object or default values if not present.
	*
	* @private
	* @param {Object} token - format identifier object
	* @returns {Object} token object
	*/
	function initialize( token ) {
		var out = {};
		out.specifier = token.specifier;
		out.precision = ( token.precision === void 0 ) ? 1 : token.precision;
		out.width = token.width;
		out.flags = token.flags || '';
		out.mapping = token.mapping;
		return out;
	}


	// MAIN //

	/**
	* Generates string from a token array by interpolating values.
	*
	* @param {Array} tokens - string parts and format identifier objects
	* @param {Array} ...args - variable values
	* @throws {TypeError} first argument must be an array
	* @throws {Error} invalid flags
	* @returns {string} formatted string
	*
	* @example
	* var tokens = [ 'beep ', { 'specifier': 's' } ];
	* var out = formatInterpolate( tokens, 'boop' );
	* // returns 'beep boop'
	*/
	function formatInterpolate( tokens ) {
		var hasPeriod;
		var flags;
		var token;
		var flag;
		var num;
		var out;
		var pos;
		var f;
		var i;
		var j;

		if ( !isArray( tokens ) ) {
			throw new TypeError( 'invalid argument. First argument must be an array. Value: `' + tokens + '`.' );
		}
		out = '';
		pos = 1;
		for ( i = 0; i < tokens.length; i++ ) {
			token = tokens[ i ];
			if ( isString( token ) ) {
				out += token;
			} else {
				hasPeriod = token.precision !== void 0;
				token = initialize( token );
				if ( !token.specifier ) {
					throw new TypeError( 'invalid argument. Token is missing `specifier` property. Index: `'+ i +'`. Value: `' + token + '`.' );
				}
				if ( token.mapping ) {
					pos = token.mapping;
				}
				flags = token.flags;
				for ( j = 0; j < flags.length; j++ ) {
					flag = flags.charAt( j );
					switch ( flag ) {
					case ' ':
						token.sign = ' ';
						break;
					case '+':
						token.sign = '+';
						break;
					case '-':
						token.padRight = true;
						token.padZeros = false;
						break;
					case '0':
						token.padZeros = flags.indexOf( '-' ) < 0; // NOTE: We use built-in `Array.prototype.indexOf` here instead of `@stdlib/assert/contains` in order to avoid circular dependencies.
						break;
					case '#':
						token.alternate = true;
						break;
					default:
						throw new Error( 'invalid flag: ' + flag );
					}
				}
				if ( token.width === '*' ) {
					token.width = parseInt( arguments[ pos ], 10 );
					pos += 1;
					if ( isnan( token.width ) ) {
						throw new TypeError( 'the argument for * width at position ' + pos + ' is not a number. Value: `' + token.width + '`.' );
					}
					if ( token.width < 0 ) {
						token.padRight = true;
						token.width = -token.width;
					}
				}
				if ( hasPeriod ) {
					if ( token.precision === '*' ) {
						token.precision = parseInt( arguments[ pos ], 10 );
						pos += 1;
						if ( isnan( token.precision ) ) {
							throw new TypeError( 'the argument for * precision at position ' + pos + ' is not a number. Value: `' + token.precision + '`.' );
						}
						if ( token.precision < 0 ) {
							token.precision = 1;
							hasPeriod = false;
						}
					}
				}
				token.arg = arguments[ pos ];
				switch ( token.specifier ) {
				case 'b':
				case 'o':
				case 'x':
				case 'X':
				case 'd':
				case 'i':
				case 'u':
					// Case: %b (binary), %o (octal), %x, %X (hexadecimal), %d, %i (decimal), %u (unsigned decimal)
					if ( hasPeriod ) {
						token.padZeros = false;
					}
					token.arg = formatInteger( token );
					break;
				case 's':
					// Case: %s (string)
					token.maxWidth = ( hasPeriod ) ? token.precision : -1;
					token.arg = String( token.arg );
					break;
				case 'c':
					// Case: %c (character)
					if ( !isnan( token.arg ) ) {
						num = parseInt( token.arg, 10 );
						if ( num < 0 || num > 127 ) {
							throw new Error( 'invalid character code. Value: ' + token.arg );
						}
						token.arg = ( isnan( num ) ) ? String( token.arg ) : fromCharCode( num ); // eslint-disable-line max-len
					}
					break;
				case 'e':
				case 'E':
				case 'f':
				case 'F':
				case 'g':
				case 'G':
					// Case: %e, %E (scientific notation), %f, %F (decimal floating point), %g, %G (uses the shorter of %e/E or %f/F)
					if ( !hasPeriod ) {
						token.precision = 6;
					}
					f = parseFloat( token.arg );
					if ( !isFinite( f ) ) { // NOTE: We use the global `isFinite` function here instead of `@stdlib/math/base/assert/is-finite` in order to avoid circular dependencies.
						if ( !isNumber( token.arg ) ) {
							throw new Error( 'invalid floating-point number. Value: ' + out );
						}
						// Case: NaN, Infinity, or -Infinity
						f = token.arg;
						token.padZeros = false;
					}
					token.arg = formatDouble( f, token );
					break;
				default:
					throw new Error( 'invalid specifier: ' + token.specifier );
				}
				// Fit argument into field width...
				if ( token.maxWidth >= 0 && token.arg.length > token.maxWidth ) {
					token.arg = token.arg.substring( 0, token.maxWidth );
				}
				if ( token.padZeros ) {
					token.arg = zeroPad( token.arg, token.width || token.precision, token.padRight ); // eslint-disable-line max-len
				} else if ( token.width ) {
					token.arg = spacePad( token.arg, token.width, token.padRight );
				}
				out += token.arg || '';
				pos += 1;
			}
		}
		return out;
	}


	// EXPORTS //

	main$1j = formatInterpolate;
	return main$1j;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1V;
var hasRequiredLib$1V;

function requireLib$1V () {
	if (hasRequiredLib$1V) return lib$1V;
	hasRequiredLib$1V = 1;

	/**
	* Generate string from a token array by interpolating values.
	*
	* @module @stdlib/string-base-format-interpolate
	*
	* @example
	* var formatInterpolate = require( '@stdlib/string-base-format-interpolate' );
	*
	* var tokens = ['Hello ', { 'specifier': 's' }, '!' ];
	* var out = formatInterpolate( tokens, 'World' );
	* // returns 'Hello World!'
	*/

	// MODULES //

	var main = requireMain$1j();


	// EXPORTS //

	lib$1V = main;
	return lib$1V;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1i;
var hasRequiredMain$1i;

function requireMain$1i () {
	if (hasRequiredMain$1i) return main$1i;
	hasRequiredMain$1i = 1;

	// VARIABLES //

	var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;


	// FUNCTIONS //

	/**
	* Parses a delimiter.
	*
	* @private
	* @param {Array} match - regular expression match
	* @returns {Object} delimiter token object
	*/
	function parse( match ) {
		var token = {
			'mapping': ( match[ 1 ] ) ? parseInt( match[ 1 ], 10 ) : void 0,
			'flags': match[ 2 ],
			'width': match[ 3 ],
			'precision': match[ 5 ],
			'specifier': match[ 6 ]
		};
		if ( match[ 4 ] === '.' && match[ 5 ] === void 0 ) {
			token.precision = '1';
		}
		return token;
	}


	// MAIN //

	/**
	* Tokenizes a string into an array of string parts and format identifier objects.
	*
	* @param {string} str - input string
	* @returns {Array} tokens
	*
	* @example
	* var tokens = formatTokenize( 'Hello %s!' );
	* // returns [ 'Hello ', {...}, '!' ]
	*/
	function formatTokenize( str ) {
		var content;
		var tokens;
		var match;
		var prev;

		tokens = [];
		prev = 0;
		match = RE.exec( str );
		while ( match ) {
			content = str.slice( prev, RE.lastIndex - match[ 0 ].length );
			if ( content.length ) {
				tokens.push( content );
			}
			// Check for an escaped percent sign `%%`...
			if ( match[ 6 ] === '%' ) {
				tokens.push( '%' );
			} else {
				tokens.push( parse( match ) );
			}
			prev = RE.lastIndex;
			match = RE.exec( str );
		}
		content = str.slice( prev );
		if ( content.length ) {
			tokens.push( content );
		}
		return tokens;
	}


	// EXPORTS //

	main$1i = formatTokenize;
	return main$1i;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1U;
var hasRequiredLib$1U;

function requireLib$1U () {
	if (hasRequiredLib$1U) return lib$1U;
	hasRequiredLib$1U = 1;

	/**
	* Tokenize a string into an array of string parts and format identifier objects.
	*
	* @module @stdlib/string-base-format-tokenize
	*
	* @example
	* var formatTokenize = require( '@stdlib/string-base-format-tokenize' );
	*
	* var str = 'Hello %s!';
	* var tokens = formatTokenize( str );
	* // returns [ 'Hello ', {...}, '!' ]
	*/

	// MODULES //

	var main = requireMain$1i();


	// EXPORTS //

	lib$1U = main;
	return lib$1U;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var is_string;
var hasRequiredIs_string;

function requireIs_string () {
	if (hasRequiredIs_string) return is_string;
	hasRequiredIs_string = 1;

	/**
	* Tests if a value is a string primitive.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating if a value is a string primitive
	*
	* @example
	* var bool = isString( 'beep' );
	* // returns true
	*
	* @example
	* var bool = isString( new String( 'beep' ) );
	* // returns false
	*/
	function isString( value ) {
		return ( typeof value === 'string' ); // NOTE: we inline the `isString.isPrimitive` function from `@stdlib/assert/is-string` in order to avoid circular dependencies.
	}


	// EXPORTS //

	is_string = isString;
	return is_string;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1h;
var hasRequiredMain$1h;

function requireMain$1h () {
	if (hasRequiredMain$1h) return main$1h;
	hasRequiredMain$1h = 1;

	// MODULES //

	var interpolate = requireLib$1V();
	var tokenize = requireLib$1U();
	var isString = requireIs_string();


	// MAIN //

	/**
	* Inserts supplied variable values into a format string.
	*
	* @param {string} str - input string
	* @param {Array} ...args - variable values
	* @throws {TypeError} first argument must be a string
	* @throws {Error} invalid flags
	* @returns {string} formatted string
	*
	* @example
	* var str = format( 'Hello %s!', 'world' );
	* // returns 'Hello world!'
	*
	* @example
	* var str = format( 'Pi: ~%.2f', 3.141592653589793 );
	* // returns 'Pi: ~3.14'
	*/
	function format( str ) {
		var args;
		var i;

		if ( !isString( str ) ) {
			throw new TypeError( format( 'invalid argument. First argument must be a string. Value: `%s`.', str ) );
		}
		args = [ tokenize( str ) ];
		for ( i = 1; i < arguments.length; i++ ) {
			args.push( arguments[ i ] );
		}
		return interpolate.apply( null, args );
	}


	// EXPORTS //

	main$1h = format;
	return main$1h;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1T;
var hasRequiredLib$1T;

function requireLib$1T () {
	if (hasRequiredLib$1T) return lib$1T;
	hasRequiredLib$1T = 1;

	/**
	* Insert supplied variable values into a format string.
	*
	* @module @stdlib/string-format
	*
	* @example
	* var format = require( '@stdlib/string-format' );
	*
	* var out = format( '%s %s!', 'Hello', 'World' );
	* // returns 'Hello World!'
	*
	* out = format( 'Pi: ~%.2f', 3.141592653589793 );
	* // returns 'Pi: ~3.14'
	*/

	// MODULES //

	var main = requireMain$1h();


	// EXPORTS //

	lib$1T = main;
	return lib$1T;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyfill$1;
var hasRequiredPolyfill$5;

function requirePolyfill$5 () {
	if (hasRequiredPolyfill$5) return polyfill$1;
	hasRequiredPolyfill$5 = 1;

	// MODULES //

	var format = requireLib$1T();


	// VARIABLES //

	var objectProtoype = Object.prototype;
	var toStr = objectProtoype.toString;
	var defineGetter = objectProtoype.__defineGetter__;
	var defineSetter = objectProtoype.__defineSetter__;
	var lookupGetter = objectProtoype.__lookupGetter__;
	var lookupSetter = objectProtoype.__lookupSetter__;


	// MAIN //

	/**
	* Defines (or modifies) an object property.
	*
	* ## Notes
	*
	* -   Property descriptors come in two flavors: **data descriptors** and **accessor descriptors**. A data descriptor is a property that has a value, which may or may not be writable. An accessor descriptor is a property described by a getter-setter function pair. A descriptor must be one of these two flavors and cannot be both.
	*
	* @param {Object} obj - object on which to define the property
	* @param {string} prop - property name
	* @param {Object} descriptor - property descriptor
	* @param {boolean} [descriptor.configurable=false] - boolean indicating if property descriptor can be changed and if the property can be deleted from the provided object
	* @param {boolean} [descriptor.enumerable=false] - boolean indicating if the property shows up when enumerating object properties
	* @param {boolean} [descriptor.writable=false] - boolean indicating if the value associated with the property can be changed with an assignment operator
	* @param {*} [descriptor.value] - property value
	* @param {(Function|void)} [descriptor.get=undefined] - function which serves as a getter for the property, or, if no getter, undefined. When the property is accessed, a getter function is called without arguments and with the `this` context set to the object through which the property is accessed (which may not be the object on which the property is defined due to inheritance). The return value will be used as the property value.
	* @param {(Function|void)} [descriptor.set=undefined] - function which serves as a setter for the property, or, if no setter, undefined. When assigning a property value, a setter function is called with one argument (the value being assigned to the property) and with the `this` context set to the object through which the property is assigned.
	* @throws {TypeError} first argument must be an object
	* @throws {TypeError} third argument must be an object
	* @throws {Error} property descriptor cannot have both a value and a setter and/or getter
	* @returns {Object} object with added property
	*
	* @example
	* var obj = {};
	*
	* defineProperty( obj, 'foo', {
	*     'value': 'bar'
	* });
	*
	* var str = obj.foo;
	* // returns 'bar'
	*/
	function defineProperty( obj, prop, descriptor ) {
		var prototype;
		var hasValue;
		var hasGet;
		var hasSet;

		if ( typeof obj !== 'object' || obj === null || toStr.call( obj ) === '[object Array]' ) {
			throw new TypeError( format( 'invalid argument. First argument must be an object. Value: `%s`.', obj ) );
		}
		if ( typeof descriptor !== 'object' || descriptor === null || toStr.call( descriptor ) === '[object Array]' ) {
			throw new TypeError( format( 'invalid argument. Property descriptor must be an object. Value: `%s`.', descriptor ) );
		}
		hasValue = ( 'value' in descriptor );
		if ( hasValue ) {
			if (
				lookupGetter.call( obj, prop ) ||
				lookupSetter.call( obj, prop )
			) {
				// Override `__proto__` to avoid touching inherited accessors:
				prototype = obj.__proto__;
				obj.__proto__ = objectProtoype;

				// Delete property as existing getters/setters prevent assigning value to specified property:
				delete obj[ prop ];
				obj[ prop ] = descriptor.value;

				// Restore original prototype:
				obj.__proto__ = prototype;
			} else {
				obj[ prop ] = descriptor.value;
			}
		}
		hasGet = ( 'get' in descriptor );
		hasSet = ( 'set' in descriptor );

		if ( hasValue && ( hasGet || hasSet ) ) {
			throw new Error( 'invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.' );
		}

		if ( hasGet && defineGetter ) {
			defineGetter.call( obj, prop, descriptor.get );
		}
		if ( hasSet && defineSetter ) {
			defineSetter.call( obj, prop, descriptor.set );
		}
		return obj;
	}


	// EXPORTS //

	polyfill$1 = defineProperty;
	return polyfill$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1S;
var hasRequiredLib$1S;

function requireLib$1S () {
	if (hasRequiredLib$1S) return lib$1S;
	hasRequiredLib$1S = 1;

	/**
	* Define (or modify) an object property.
	*
	* @module @stdlib/utils-define-property
	*
	* @example
	* var defineProperty = require( '@stdlib/utils-define-property' );
	*
	* var obj = {};
	* defineProperty( obj, 'foo', {
	*     'value': 'bar',
	*     'writable': false,
	*     'configurable': false,
	*     'enumerable': false
	* });
	* obj.foo = 'boop'; // => throws
	*/

	// MODULES //

	var hasDefinePropertySupport = requireHas_define_property_support();
	var builtin = requireBuiltin();
	var polyfill = requirePolyfill$5();


	// MAIN //

	var defineProperty;
	if ( hasDefinePropertySupport() ) {
		defineProperty = builtin;
	} else {
		defineProperty = polyfill;
	}


	// EXPORTS //

	lib$1S = defineProperty;
	return lib$1S;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1g;
var hasRequiredMain$1g;

function requireMain$1g () {
	if (hasRequiredMain$1g) return main$1g;
	hasRequiredMain$1g = 1;

	// MODULES //

	var defineProperty = requireLib$1S();


	// MAIN //

	/**
	* Defines a non-enumerable read-only property.
	*
	* @param {Object} obj - object on which to define the property
	* @param {(string|symbol)} prop - property name
	* @param {*} value - value to set
	*
	* @example
	* var obj = {};
	*
	* setNonEnumerableReadOnly( obj, 'foo', 'bar' );
	*
	* try {
	*     obj.foo = 'boop';
	* } catch ( err ) {
	*     console.error( err.message );
	* }
	*/
	function setNonEnumerableReadOnly( obj, prop, value ) {
		defineProperty( obj, prop, {
			'configurable': false,
			'enumerable': false,
			'writable': false,
			'value': value
		});
	}


	// EXPORTS //

	main$1g = setNonEnumerableReadOnly;
	return main$1g;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1R;
var hasRequiredLib$1R;

function requireLib$1R () {
	if (hasRequiredLib$1R) return lib$1R;
	hasRequiredLib$1R = 1;

	/**
	* Define a non-enumerable read-only property.
	*
	* @module @stdlib/utils-define-nonenumerable-read-only-property
	*
	* @example
	* var setNonEnumerableReadOnly = require( '@stdlib/utils-define-nonenumerable-read-only-property' );
	*
	* var obj = {};
	*
	* setNonEnumerableReadOnly( obj, 'foo', 'bar' );
	*
	* try {
	*     obj.foo = 'boop';
	* } catch ( err ) {
	*     console.error( err.message );
	* }
	*/

	// MODULES //

	var main = requireMain$1g();


	// EXPORTS //

	lib$1R = main;
	return lib$1R;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1f;
var hasRequiredMain$1f;

function requireMain$1f () {
	if (hasRequiredMain$1f) return main$1f;
	hasRequiredMain$1f = 1;

	// MAIN //

	/**
	* Tests if a double-precision floating-point numeric value is `NaN`.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is `NaN`
	*
	* @example
	* var bool = isnan( NaN );
	* // returns true
	*
	* @example
	* var bool = isnan( 7.0 );
	* // returns false
	*/
	function isnan( x ) {
		return ( x !== x );
	}


	// EXPORTS //

	main$1f = isnan;
	return main$1f;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1Q;
var hasRequiredLib$1Q;

function requireLib$1Q () {
	if (hasRequiredLib$1Q) return lib$1Q;
	hasRequiredLib$1Q = 1;

	/**
	* Test if a double-precision floating-point numeric value is `NaN`.
	*
	* @module @stdlib/math-base-assert-is-nan
	*
	* @example
	* var isnan = require( '@stdlib/math-base-assert-is-nan' );
	*
	* var bool = isnan( NaN );
	* // returns true
	*
	* bool = isnan( 7.0 );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$1f();


	// EXPORTS //

	lib$1Q = main;
	return lib$1Q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1e;
var hasRequiredMain$1e;

function requireMain$1e () {
	if (hasRequiredMain$1e) return main$1e;
	hasRequiredMain$1e = 1;

	// MAIN //

	/**
	* Tests for native `Symbol` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Symbol` support
	*
	* @example
	* var bool = hasSymbolSupport();
	* // returns <boolean>
	*/
	function hasSymbolSupport() {
		return (
			typeof Symbol === 'function' &&
			typeof Symbol( 'foo' ) === 'symbol'
		);
	}


	// EXPORTS //

	main$1e = hasSymbolSupport;
	return main$1e;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1P;
var hasRequiredLib$1P;

function requireLib$1P () {
	if (hasRequiredLib$1P) return lib$1P;
	hasRequiredLib$1P = 1;

	/**
	* Test for native `Symbol` support.
	*
	* @module @stdlib/assert-has-symbol-support
	*
	* @example
	* var hasSymbolSupport = require( '@stdlib/assert-has-symbol-support' );
	*
	* var bool = hasSymbolSupport();
	* // returns <boolean>
	*/

	// MODULES //

	var main = requireMain$1e();


	// EXPORTS //

	lib$1P = main;
	return lib$1P;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1d;
var hasRequiredMain$1d;

function requireMain$1d () {
	if (hasRequiredMain$1d) return main$1d;
	hasRequiredMain$1d = 1;

	// MODULES //

	var hasSymbols = requireLib$1P();


	// VARIABLES //

	var FLG = hasSymbols();


	// MAIN //

	/**
	* Tests for native `Symbol.toStringTag` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Symbol.toStringTag` support
	*
	* @example
	* var bool = hasToStringTagSupport();
	* // returns <boolean>
	*/
	function hasToStringTagSupport() {
		return ( FLG && typeof Symbol.toStringTag === 'symbol' );
	}


	// EXPORTS //

	main$1d = hasToStringTagSupport;
	return main$1d;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1O;
var hasRequiredLib$1O;

function requireLib$1O () {
	if (hasRequiredLib$1O) return lib$1O;
	hasRequiredLib$1O = 1;

	/**
	* Test for native `toStringTag` support.
	*
	* @module @stdlib/assert-has-tostringtag-support
	*
	* @example
	* var hasToStringTagSupport = require( '@stdlib/assert-has-tostringtag-support' );
	*
	* var bool = hasToStringTagSupport();
	* // returns <boolean>
	*/

	// MODULES //

	var main = requireMain$1d();


	// EXPORTS //

	lib$1O = main;
	return lib$1O;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var tostring;
var hasRequiredTostring;

function requireTostring () {
	if (hasRequiredTostring) return tostring;
	hasRequiredTostring = 1;

	// MAIN //

	var toStr = Object.prototype.toString;


	// EXPORTS //

	tostring = toStr;
	return tostring;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1c;
var hasRequiredMain$1c;

function requireMain$1c () {
	if (hasRequiredMain$1c) return main$1c;
	hasRequiredMain$1c = 1;

	// MODULES //

	var toStr = requireTostring();


	// MAIN //

	/**
	* Returns a string value indicating a specification defined classification (via the internal property `[[Class]]`) of an object.
	*
	* @param {*} v - input value
	* @returns {string} string value indicating a specification defined classification of the input value
	*
	* @example
	* var str = nativeClass( 'a' );
	* // returns '[object String]'
	*
	* @example
	* var str = nativeClass( 5 );
	* // returns '[object Number]'
	*
	* @example
	* function Beep() {
	*     return this;
	* }
	* var str = nativeClass( new Beep() );
	* // returns '[object Object]'
	*/
	function nativeClass( v ) {
		return toStr.call( v );
	}


	// EXPORTS //

	main$1c = nativeClass;
	return main$1c;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1b;
var hasRequiredMain$1b;

function requireMain$1b () {
	if (hasRequiredMain$1b) return main$1b;
	hasRequiredMain$1b = 1;

	// FUNCTIONS //

	var has = Object.prototype.hasOwnProperty;


	// MAIN //

	/**
	* Tests if an object has a specified property.
	*
	* @param {*} value - value to test
	* @param {*} property - property to test
	* @returns {boolean} boolean indicating if an object has a specified property
	*
	* @example
	* var beep = {
	*     'boop': true
	* };
	*
	* var bool = hasOwnProp( beep, 'boop' );
	* // returns true
	*
	* @example
	* var beep = {
	*     'boop': true
	* };
	*
	* var bool = hasOwnProp( beep, 'bap' );
	* // returns false
	*/
	function hasOwnProp( value, property ) {
		if (
			value === void 0 ||
			value === null
		) {
			return false;
		}
		return has.call( value, property );
	}


	// EXPORTS //

	main$1b = hasOwnProp;
	return main$1b;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1N;
var hasRequiredLib$1N;

function requireLib$1N () {
	if (hasRequiredLib$1N) return lib$1N;
	hasRequiredLib$1N = 1;

	/**
	* Test whether an object has a specified property.
	*
	* @module @stdlib/assert-has-own-property
	*
	* @example
	* var hasOwnProp = require( '@stdlib/assert-has-own-property' );
	*
	* var beep = {
	*     'boop': true
	* };
	*
	* var bool = hasOwnProp( beep, 'boop' );
	* // returns true
	*
	* bool = hasOwnProp( beep, 'bop' );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$1b();


	// EXPORTS //

	lib$1N = main;
	return lib$1N;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1a;
var hasRequiredMain$1a;

function requireMain$1a () {
	if (hasRequiredMain$1a) return main$1a;
	hasRequiredMain$1a = 1;

	// MAIN //

	var Sym = ( typeof Symbol === 'function' ) ? Symbol : void 0; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	main$1a = Sym;
	return main$1a;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1M;
var hasRequiredLib$1M;

function requireLib$1M () {
	if (hasRequiredLib$1M) return lib$1M;
	hasRequiredLib$1M = 1;

	/**
	* Symbol factory.
	*
	* @module @stdlib/symbol-ctor
	*
	* @example
	* var Symbol = require( '@stdlib/symbol-ctor' );
	*
	* var s = Symbol( 'beep' );
	* // returns <symbol>
	*/

	// MODULES //

	var main = requireMain$1a();


	// EXPORTS //

	lib$1M = main;
	return lib$1M;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var tostringtag;
var hasRequiredTostringtag;

function requireTostringtag () {
	if (hasRequiredTostringtag) return tostringtag;
	hasRequiredTostringtag = 1;

	// MODULES //

	var Symbol = requireLib$1M();


	// MAIN //

	var toStrTag = ( typeof Symbol === 'function' ) ? Symbol.toStringTag : '';


	// EXPORTS //

	tostringtag = toStrTag;
	return tostringtag;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyfill;
var hasRequiredPolyfill$4;

function requirePolyfill$4 () {
	if (hasRequiredPolyfill$4) return polyfill;
	hasRequiredPolyfill$4 = 1;

	// MODULES //

	var hasOwnProp = requireLib$1N();
	var toStringTag = requireTostringtag();
	var toStr = requireTostring();


	// MAIN //

	/**
	* Returns a string value indicating a specification defined classification of an object in environments supporting `Symbol.toStringTag`.
	*
	* @param {*} v - input value
	* @returns {string} string value indicating a specification defined classification of the input value
	*
	* @example
	* var str = nativeClass( 'a' );
	* // returns '[object String]'
	*
	* @example
	* var str = nativeClass( 5 );
	* // returns '[object Number]'
	*
	* @example
	* function Beep() {
	*     return this;
	* }
	* var str = nativeClass( new Beep() );
	* // returns '[object Object]'
	*/
	function nativeClass( v ) {
		var isOwn;
		var tag;
		var out;

		if ( v === null || v === void 0 ) {
			return toStr.call( v );
		}
		tag = v[ toStringTag ];
		isOwn = hasOwnProp( v, toStringTag );

		// Attempt to override the `toStringTag` property. For built-ins having a `Symbol.toStringTag` property (e.g., `JSON`, `Math`, etc), the `Symbol.toStringTag` property is read-only (e.g., , so we need to wrap in a `try/catch`.
		try {
			v[ toStringTag ] = void 0;
		} catch ( err ) { // eslint-disable-line no-unused-vars
			return toStr.call( v );
		}
		out = toStr.call( v );

		if ( isOwn ) {
			v[ toStringTag ] = tag;
		} else {
			delete v[ toStringTag ];
		}
		return out;
	}


	// EXPORTS //

	polyfill = nativeClass;
	return polyfill;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1L;
var hasRequiredLib$1L;

function requireLib$1L () {
	if (hasRequiredLib$1L) return lib$1L;
	hasRequiredLib$1L = 1;

	/**
	* Return a string value indicating a specification defined classification of an object.
	*
	* @module @stdlib/utils-native-class
	*
	* @example
	* var nativeClass = require( '@stdlib/utils-native-class' );
	*
	* var str = nativeClass( 'a' );
	* // returns '[object String]'
	*
	* str = nativeClass( 5 );
	* // returns '[object Number]'
	*
	* function Beep() {
	*     return this;
	* }
	* str = nativeClass( new Beep() );
	* // returns '[object Object]'
	*/

	// MODULES //

	var hasToStringTag = requireLib$1O();
	var builtin = requireMain$1c();
	var polyfill = requirePolyfill$4();


	// MAIN //

	var main;
	if ( hasToStringTag() ) {
		main = polyfill;
	} else {
		main = builtin;
	}


	// EXPORTS //

	lib$1L = main;
	return lib$1L;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$19;
var hasRequiredMain$19;

function requireMain$19 () {
	if (hasRequiredMain$19) return main$19;
	hasRequiredMain$19 = 1;

	// MODULES //

	var nativeClass = requireLib$1L();


	// VARIABLES //

	var hasUint32Array = ( typeof Uint32Array === 'function' ); // eslint-disable-line stdlib/require-globals


	// MAIN //

	/**
	* Tests if a value is a Uint32Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Uint32Array
	*
	* @example
	* var Uint32Array = require( '@stdlib/array-uint32' );
	*
	* var bool = isUint32Array( new Uint32Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isUint32Array( [] );
	* // returns false
	*/
	function isUint32Array( value ) {
		return (
			( hasUint32Array && value instanceof Uint32Array ) || // eslint-disable-line stdlib/require-globals
			nativeClass( value ) === '[object Uint32Array]'
		);
	}


	// EXPORTS //

	main$19 = isUint32Array;
	return main$19;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1K;
var hasRequiredLib$1K;

function requireLib$1K () {
	if (hasRequiredLib$1K) return lib$1K;
	hasRequiredLib$1K = 1;

	/**
	* Test if a value is a Uint32Array.
	*
	* @module @stdlib/assert-is-uint32array
	*
	* @example
	* var Uint32Array = require( '@stdlib/array-uint32' );
	* var isUint32Array = require( '@stdlib/assert-is-uint32array' );
	*
	* var bool = isUint32Array( new Uint32Array( 10 ) );
	* // returns true
	*
	* bool = isUint32Array( [] );
	* // returns false
	*/

	// MODULES //

	var isUint32Array = requireMain$19();


	// EXPORTS //

	lib$1K = isUint32Array;
	return lib$1K;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1J;
var hasRequiredLib$1J;

function requireLib$1J () {
	if (hasRequiredLib$1J) return lib$1J;
	hasRequiredLib$1J = 1;

	/**
	* Maximum unsigned 32-bit integer.
	*
	* @module @stdlib/constants-uint32-max
	* @type {uinteger32}
	*
	* @example
	* var UINT32_MAX = require( '@stdlib/constants-uint32-max' );
	* // returns 4294967295
	*/


	// MAIN //

	/**
	* Maximum unsigned 32-bit integer.
	*
	* ## Notes
	*
	* The number has the value
	*
	* ```tex
	* 2^{32} - 1
	* ```
	*
	* which corresponds to the bit sequence
	*
	* ```binarystring
	* 11111111111111111111111111111111
	* ```
	*
	* @constant
	* @type {uinteger32}
	* @default 4294967295
	*/
	var UINT32_MAX = 4294967295;


	// EXPORTS //

	lib$1J = UINT32_MAX;
	return lib$1J;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var uint32array;
var hasRequiredUint32array;

function requireUint32array () {
	if (hasRequiredUint32array) return uint32array;
	hasRequiredUint32array = 1;

	// MAIN //

	var main = ( typeof Uint32Array === 'function' ) ? Uint32Array : null; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	uint32array = main;
	return uint32array;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$18;
var hasRequiredMain$18;

function requireMain$18 () {
	if (hasRequiredMain$18) return main$18;
	hasRequiredMain$18 = 1;

	// MODULES //

	var isUint32Array = requireLib$1K();
	var UINT32_MAX = requireLib$1J();
	var GlobalUint32Array = requireUint32array();


	// MAIN //

	/**
	* Tests for native `Uint32Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Uint32Array` support
	*
	* @example
	* var bool = hasUint32ArraySupport();
	* // returns <boolean>
	*/
	function hasUint32ArraySupport() {
		var bool;
		var arr;

		if ( typeof GlobalUint32Array !== 'function' ) {
			return false;
		}
		// Test basic support...
		try {
			arr = [ 1, 3.14, -3.14, UINT32_MAX+1, UINT32_MAX+2 ];
			arr = new GlobalUint32Array( arr );
			bool = (
				isUint32Array( arr ) &&
				arr[ 0 ] === 1 &&
				arr[ 1 ] === 3 &&            // truncation
				arr[ 2 ] === UINT32_MAX-2 && // truncation and wrap around
				arr[ 3 ] === 0 &&            // wrap around
				arr[ 4 ] === 1               // wrap around
			);
		} catch ( err ) { // eslint-disable-line no-unused-vars
			bool = false;
		}
		return bool;
	}


	// EXPORTS //

	main$18 = hasUint32ArraySupport;
	return main$18;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1I;
var hasRequiredLib$1I;

function requireLib$1I () {
	if (hasRequiredLib$1I) return lib$1I;
	hasRequiredLib$1I = 1;

	/**
	* Test for native `Uint32Array` support.
	*
	* @module @stdlib/assert-has-uint32array-support
	*
	* @example
	* var hasUint32ArraySupport = require( '@stdlib/assert-has-uint32array-support' );
	*
	* var bool = hasUint32ArraySupport();
	* // returns <boolean>
	*/

	// MODULES //

	var hasUint32ArraySupport = requireMain$18();


	// EXPORTS //

	lib$1I = hasUint32ArraySupport;
	return lib$1I;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$17;
var hasRequiredMain$17;

function requireMain$17 () {
	if (hasRequiredMain$17) return main$17;
	hasRequiredMain$17 = 1;

	// MAIN //

	var ctor = ( typeof Uint32Array === 'function' ) ? Uint32Array : void 0; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	main$17 = ctor;
	return main$17;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyfill_1$3;
var hasRequiredPolyfill$3;

function requirePolyfill$3 () {
	if (hasRequiredPolyfill$3) return polyfill_1$3;
	hasRequiredPolyfill$3 = 1;

	// TODO: write polyfill

	// MAIN //

	/**
	* Typed array which represents an array of 32-bit unsigned integers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error( 'not implemented' );
	}


	// EXPORTS //

	polyfill_1$3 = polyfill;
	return polyfill_1$3;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1H;
var hasRequiredLib$1H;

function requireLib$1H () {
	if (hasRequiredLib$1H) return lib$1H;
	hasRequiredLib$1H = 1;

	/**
	* Typed array constructor which returns a typed array representing an array of 32-bit unsigned integers in the platform byte order.
	*
	* @module @stdlib/array-uint32
	*
	* @example
	* var ctor = require( '@stdlib/array-uint32' );
	*
	* var arr = new ctor( 10 );
	* // returns <Uint32Array>
	*/

	// MODULES //

	var hasUint32ArraySupport = requireLib$1I();
	var builtin = requireMain$17();
	var polyfill = requirePolyfill$3();


	// MAIN //

	var ctor;
	if ( hasUint32ArraySupport() ) {
		ctor = builtin;
	} else {
		ctor = polyfill;
	}


	// EXPORTS //

	lib$1H = ctor;
	return lib$1H;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$16;
var hasRequiredMain$16;

function requireMain$16 () {
	if (hasRequiredMain$16) return main$16;
	hasRequiredMain$16 = 1;

	// MODULES //

	var nativeClass = requireLib$1L();


	// VARIABLES //

	var hasFloat64Array = ( typeof Float64Array === 'function' ); // eslint-disable-line stdlib/require-globals


	// MAIN //

	/**
	* Tests if a value is a Float64Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Float64Array
	*
	* @example
	* var Float64Array = require( '@stdlib/array-float64' );
	*
	* var bool = isFloat64Array( new Float64Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isFloat64Array( [] );
	* // returns false
	*/
	function isFloat64Array( value ) {
		return (
			( hasFloat64Array && value instanceof Float64Array ) || // eslint-disable-line stdlib/require-globals
			nativeClass( value ) === '[object Float64Array]'
		);
	}


	// EXPORTS //

	main$16 = isFloat64Array;
	return main$16;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1G;
var hasRequiredLib$1G;

function requireLib$1G () {
	if (hasRequiredLib$1G) return lib$1G;
	hasRequiredLib$1G = 1;

	/**
	* Test if a value is a Float64Array.
	*
	* @module @stdlib/assert-is-float64array
	*
	* @example
	* var Float64Array = require( '@stdlib/array-float64' );
	* var isFloat64Array = require( '@stdlib/assert-is-float64array' );
	*
	* var bool = isFloat64Array( new Float64Array( 10 ) );
	* // returns true
	*
	* bool = isFloat64Array( [] );
	* // returns false
	*/

	// MODULES //

	var isFloat64Array = requireMain$16();


	// EXPORTS //

	lib$1G = isFloat64Array;
	return lib$1G;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var float64array;
var hasRequiredFloat64array;

function requireFloat64array () {
	if (hasRequiredFloat64array) return float64array;
	hasRequiredFloat64array = 1;

	// MAIN //

	var main = ( typeof Float64Array === 'function' ) ? Float64Array : null; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	float64array = main;
	return float64array;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$15;
var hasRequiredMain$15;

function requireMain$15 () {
	if (hasRequiredMain$15) return main$15;
	hasRequiredMain$15 = 1;

	// MODULES //

	var isFloat64Array = requireLib$1G();
	var GlobalFloat64Array = requireFloat64array();


	// MAIN //

	/**
	* Tests for native `Float64Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Float64Array` support
	*
	* @example
	* var bool = hasFloat64ArraySupport();
	* // returns <boolean>
	*/
	function hasFloat64ArraySupport() {
		var bool;
		var arr;

		if ( typeof GlobalFloat64Array !== 'function' ) {
			return false;
		}
		// Test basic support...
		try {
			arr = new GlobalFloat64Array( [ 1.0, 3.14, -3.14, NaN ] );
			bool = (
				isFloat64Array( arr ) &&
				arr[ 0 ] === 1.0 &&
				arr[ 1 ] === 3.14 &&
				arr[ 2 ] === -3.14 &&
				arr[ 3 ] !== arr[ 3 ]
			);
		} catch ( err ) { // eslint-disable-line no-unused-vars
			bool = false;
		}
		return bool;
	}


	// EXPORTS //

	main$15 = hasFloat64ArraySupport;
	return main$15;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1F;
var hasRequiredLib$1F;

function requireLib$1F () {
	if (hasRequiredLib$1F) return lib$1F;
	hasRequiredLib$1F = 1;

	/**
	* Test for native `Float64Array` support.
	*
	* @module @stdlib/assert-has-float64array-support
	*
	* @example
	* var hasFloat64ArraySupport = require( '@stdlib/assert-has-float64array-support' );
	*
	* var bool = hasFloat64ArraySupport();
	* // returns <boolean>
	*/

	// MODULES //

	var hasFloat64ArraySupport = requireMain$15();


	// EXPORTS //

	lib$1F = hasFloat64ArraySupport;
	return lib$1F;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$14;
var hasRequiredMain$14;

function requireMain$14 () {
	if (hasRequiredMain$14) return main$14;
	hasRequiredMain$14 = 1;

	// MAIN //

	var ctor = ( typeof Float64Array === 'function' ) ? Float64Array : void 0; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	main$14 = ctor;
	return main$14;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyfill_1$2;
var hasRequiredPolyfill$2;

function requirePolyfill$2 () {
	if (hasRequiredPolyfill$2) return polyfill_1$2;
	hasRequiredPolyfill$2 = 1;

	// TODO: write polyfill

	// MAIN //

	/**
	* Typed array which represents an array of double-precision floating-point numbers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error( 'not implemented' );
	}


	// EXPORTS //

	polyfill_1$2 = polyfill;
	return polyfill_1$2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1E;
var hasRequiredLib$1E;

function requireLib$1E () {
	if (hasRequiredLib$1E) return lib$1E;
	hasRequiredLib$1E = 1;

	/**
	* Typed array constructor which returns a typed array representing an array of double-precision floating-point numbers in the platform byte order.
	*
	* @module @stdlib/array-float64
	*
	* @example
	* var ctor = require( '@stdlib/array-float64' );
	*
	* var arr = new ctor( 10 );
	* // returns <Float64Array>
	*/

	// MODULES //

	var hasFloat64ArraySupport = requireLib$1F();
	var builtin = requireMain$14();
	var polyfill = requirePolyfill$2();


	// MAIN //

	var ctor;
	if ( hasFloat64ArraySupport() ) {
		ctor = builtin;
	} else {
		ctor = polyfill;
	}


	// EXPORTS //

	lib$1E = ctor;
	return lib$1E;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$13;
var hasRequiredMain$13;

function requireMain$13 () {
	if (hasRequiredMain$13) return main$13;
	hasRequiredMain$13 = 1;

	// MODULES //

	var nativeClass = requireLib$1L();


	// VARIABLES //

	var hasUint8Array = ( typeof Uint8Array === 'function' ); // eslint-disable-line stdlib/require-globals


	// MAIN //

	/**
	* Tests if a value is a Uint8Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Uint8Array
	*
	* @example
	* var Uint8Array = require( '@stdlib/array-uint8' );
	*
	* var bool = isUint8Array( new Uint8Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isUint8Array( [] );
	* // returns false
	*/
	function isUint8Array( value ) {
		return (
			( hasUint8Array && value instanceof Uint8Array ) || // eslint-disable-line stdlib/require-globals
			nativeClass( value ) === '[object Uint8Array]'
		);
	}


	// EXPORTS //

	main$13 = isUint8Array;
	return main$13;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1D;
var hasRequiredLib$1D;

function requireLib$1D () {
	if (hasRequiredLib$1D) return lib$1D;
	hasRequiredLib$1D = 1;

	/**
	* Test if a value is a Uint8Array.
	*
	* @module @stdlib/assert-is-uint8array
	*
	* @example
	* var Uint8Array = require( '@stdlib/array-uint8' );
	* var isUint8Array = require( '@stdlib/assert-is-uint8array' );
	*
	* var bool = isUint8Array( new Uint8Array( 10 ) );
	* // returns true
	*
	* bool = isUint8Array( [] );
	* // returns false
	*/

	// MODULES //

	var isUint8Array = requireMain$13();


	// EXPORTS //

	lib$1D = isUint8Array;
	return lib$1D;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1C;
var hasRequiredLib$1C;

function requireLib$1C () {
	if (hasRequiredLib$1C) return lib$1C;
	hasRequiredLib$1C = 1;

	/**
	* Maximum unsigned 8-bit integer.
	*
	* @module @stdlib/constants-uint8-max
	* @type {integer32}
	*
	* @example
	* var UINT8_MAX = require( '@stdlib/constants-uint8-max' );
	* // returns 255
	*/


	// MAIN //

	/**
	* Maximum unsigned 8-bit integer.
	*
	* ## Notes
	*
	* The number has the value
	*
	* ```tex
	* 2^{8} - 1
	* ```
	*
	* which corresponds to the bit sequence
	*
	* ```binarystring
	* 11111111
	* ```
	*
	* @constant
	* @type {integer32}
	* @default 255
	*/
	var UINT8_MAX = 255|0; // asm type annotation


	// EXPORTS //

	lib$1C = UINT8_MAX;
	return lib$1C;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var uint8array;
var hasRequiredUint8array;

function requireUint8array () {
	if (hasRequiredUint8array) return uint8array;
	hasRequiredUint8array = 1;

	// MAIN //

	var main = ( typeof Uint8Array === 'function' ) ? Uint8Array : null; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	uint8array = main;
	return uint8array;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$12;
var hasRequiredMain$12;

function requireMain$12 () {
	if (hasRequiredMain$12) return main$12;
	hasRequiredMain$12 = 1;

	// MODULES //

	var isUint8Array = requireLib$1D();
	var UINT8_MAX = requireLib$1C();
	var GlobalUint8Array = requireUint8array();


	// MAIN //

	/**
	* Tests for native `Uint8Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Uint8Array` support
	*
	* @example
	* var bool = hasUint8ArraySupport();
	* // returns <boolean>
	*/
	function hasUint8ArraySupport() {
		var bool;
		var arr;

		if ( typeof GlobalUint8Array !== 'function' ) {
			return false;
		}
		// Test basic support...
		try {
			arr = [ 1, 3.14, -3.14, UINT8_MAX+1, UINT8_MAX+2 ];
			arr = new GlobalUint8Array( arr );
			bool = (
				isUint8Array( arr ) &&
				arr[ 0 ] === 1 &&
				arr[ 1 ] === 3 &&           // truncation
				arr[ 2 ] === UINT8_MAX-2 && // truncation and wrap around
				arr[ 3 ] === 0 &&           // wrap around
				arr[ 4 ] === 1              // wrap around
			);
		} catch ( err ) { // eslint-disable-line no-unused-vars
			bool = false;
		}
		return bool;
	}


	// EXPORTS //

	main$12 = hasUint8ArraySupport;
	return main$12;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1B;
var hasRequiredLib$1B;

function requireLib$1B () {
	if (hasRequiredLib$1B) return lib$1B;
	hasRequiredLib$1B = 1;

	/**
	* Test for native `Uint8Array` support.
	*
	* @module @stdlib/assert-has-uint8array-support
	*
	* @example
	* var hasUint8ArraySupport = require( '@stdlib/assert-has-uint8array-support' );
	*
	* var bool = hasUint8ArraySupport();
	* // returns <boolean>
	*/

	// MODULES //

	var hasUint8ArraySupport = requireMain$12();


	// EXPORTS //

	lib$1B = hasUint8ArraySupport;
	return lib$1B;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$11;
var hasRequiredMain$11;

function requireMain$11 () {
	if (hasRequiredMain$11) return main$11;
	hasRequiredMain$11 = 1;

	// MAIN //

	var ctor = ( typeof Uint8Array === 'function' ) ? Uint8Array : void 0; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	main$11 = ctor;
	return main$11;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyfill_1$1;
var hasRequiredPolyfill$1;

function requirePolyfill$1 () {
	if (hasRequiredPolyfill$1) return polyfill_1$1;
	hasRequiredPolyfill$1 = 1;

	// TODO: write polyfill

	// MAIN //

	/**
	* Typed array which represents an array of 8-bit unsigned integers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error( 'not implemented' );
	}


	// EXPORTS //

	polyfill_1$1 = polyfill;
	return polyfill_1$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1A;
var hasRequiredLib$1A;

function requireLib$1A () {
	if (hasRequiredLib$1A) return lib$1A;
	hasRequiredLib$1A = 1;

	/**
	* Typed array constructor which returns a typed array representing an array of 8-bit unsigned integers in the platform byte order.
	*
	* @module @stdlib/array-uint8
	*
	* @example
	* var ctor = require( '@stdlib/array-uint8' );
	*
	* var arr = new ctor( 10 );
	* // returns <Uint8Array>
	*/

	// MODULES //

	var hasUint8ArraySupport = requireLib$1B();
	var builtin = requireMain$11();
	var polyfill = requirePolyfill$1();


	// MAIN //

	var ctor;
	if ( hasUint8ArraySupport() ) {
		ctor = builtin;
	} else {
		ctor = polyfill;
	}


	// EXPORTS //

	lib$1A = ctor;
	return lib$1A;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$10;
var hasRequiredMain$10;

function requireMain$10 () {
	if (hasRequiredMain$10) return main$10;
	hasRequiredMain$10 = 1;

	// MODULES //

	var nativeClass = requireLib$1L();


	// VARIABLES //

	var hasUint16Array = ( typeof Uint16Array === 'function' ); // eslint-disable-line stdlib/require-globals


	// MAIN //

	/**
	* Tests if a value is a Uint16Array.
	*
	* @param {*} value - value to test
	* @returns {boolean} boolean indicating whether value is a Uint16Array
	*
	* @example
	* var Uint16Array = require( '@stdlib/array-uint16' );
	*
	* var bool = isUint16Array( new Uint16Array( 10 ) );
	* // returns true
	*
	* @example
	* var bool = isUint16Array( [] );
	* // returns false
	*/
	function isUint16Array( value ) {
		return (
			( hasUint16Array && value instanceof Uint16Array ) || // eslint-disable-line stdlib/require-globals
			nativeClass( value ) === '[object Uint16Array]'
		);
	}


	// EXPORTS //

	main$10 = isUint16Array;
	return main$10;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1z;
var hasRequiredLib$1z;

function requireLib$1z () {
	if (hasRequiredLib$1z) return lib$1z;
	hasRequiredLib$1z = 1;

	/**
	* Test if a value is a Uint16Array.
	*
	* @module @stdlib/assert-is-uint16array
	*
	* @example
	* var Uint16Array = require( '@stdlib/array-uint16' );
	* var isUint16Array = require( '@stdlib/assert-is-uint16array' );
	*
	* var bool = isUint16Array( new Uint16Array( 10 ) );
	* // returns true
	*
	* bool = isUint16Array( [] );
	* // returns false
	*/

	// MODULES //

	var isUint16Array = requireMain$10();


	// EXPORTS //

	lib$1z = isUint16Array;
	return lib$1z;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1y;
var hasRequiredLib$1y;

function requireLib$1y () {
	if (hasRequiredLib$1y) return lib$1y;
	hasRequiredLib$1y = 1;

	/**
	* Maximum unsigned 16-bit integer.
	*
	* @module @stdlib/constants-uint16-max
	* @type {integer32}
	*
	* @example
	* var UINT16_MAX = require( '@stdlib/constants-uint16-max' );
	* // returns 65535
	*/


	// MAIN //

	/**
	* Maximum unsigned 16-bit integer.
	*
	* ## Notes
	*
	* The number has the value
	*
	* ```tex
	* 2^{16} - 1
	* ```
	*
	* which corresponds to the bit sequence
	*
	* ```binarystring
	* 1111111111111111
	* ```
	*
	* @constant
	* @type {integer32}
	* @default 65535
	*/
	var UINT16_MAX = 65535|0; // asm type annotation


	// EXPORTS //

	lib$1y = UINT16_MAX;
	return lib$1y;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var uint16array;
var hasRequiredUint16array;

function requireUint16array () {
	if (hasRequiredUint16array) return uint16array;
	hasRequiredUint16array = 1;

	// MAIN //

	var main = ( typeof Uint16Array === 'function' ) ? Uint16Array : null; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	uint16array = main;
	return uint16array;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$$;
var hasRequiredMain$$;

function requireMain$$ () {
	if (hasRequiredMain$$) return main$$;
	hasRequiredMain$$ = 1;

	// MODULES //

	var isUint16Array = requireLib$1z();
	var UINT16_MAX = requireLib$1y();
	var GlobalUint16Array = requireUint16array();


	// MAIN //

	/**
	* Tests for native `Uint16Array` support.
	*
	* @returns {boolean} boolean indicating if an environment has `Uint16Array` support
	*
	* @example
	* var bool = hasUint16ArraySupport();
	* // returns <boolean>
	*/
	function hasUint16ArraySupport() {
		var bool;
		var arr;

		if ( typeof GlobalUint16Array !== 'function' ) {
			return false;
		}
		// Test basic support...
		try {
			arr = [ 1, 3.14, -3.14, UINT16_MAX+1, UINT16_MAX+2 ];
			arr = new GlobalUint16Array( arr );
			bool = (
				isUint16Array( arr ) &&
				arr[ 0 ] === 1 &&
				arr[ 1 ] === 3 &&            // truncation
				arr[ 2 ] === UINT16_MAX-2 && // truncation and wrap around
				arr[ 3 ] === 0 &&            // wrap around
				arr[ 4 ] === 1               // wrap around
			);
		} catch ( err ) { // eslint-disable-line no-unused-vars
			bool = false;
		}
		return bool;
	}


	// EXPORTS //

	main$$ = hasUint16ArraySupport;
	return main$$;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1x;
var hasRequiredLib$1x;

function requireLib$1x () {
	if (hasRequiredLib$1x) return lib$1x;
	hasRequiredLib$1x = 1;

	/**
	* Test for native `Uint16Array` support.
	*
	* @module @stdlib/assert-has-uint16array-support
	*
	* @example
	* var hasUint16ArraySupport = require( '@stdlib/assert-has-uint16array-support' );
	*
	* var bool = hasUint16ArraySupport();
	* // returns <boolean>
	*/

	// MODULES //

	var hasUint16ArraySupport = requireMain$$();


	// EXPORTS //

	lib$1x = hasUint16ArraySupport;
	return lib$1x;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$_;
var hasRequiredMain$_;

function requireMain$_ () {
	if (hasRequiredMain$_) return main$_;
	hasRequiredMain$_ = 1;

	// MAIN //

	var ctor = ( typeof Uint16Array === 'function' ) ? Uint16Array : void 0; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	main$_ = ctor;
	return main$_;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyfill_1;
var hasRequiredPolyfill;

function requirePolyfill () {
	if (hasRequiredPolyfill) return polyfill_1;
	hasRequiredPolyfill = 1;

	// TODO: write polyfill

	// MAIN //

	/**
	* Typed array which represents an array of 16-bit unsigned integers in the platform byte order.
	*
	* @throws {Error} not implemented
	*/
	function polyfill() {
		throw new Error( 'not implemented' );
	}


	// EXPORTS //

	polyfill_1 = polyfill;
	return polyfill_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1w;
var hasRequiredLib$1w;

function requireLib$1w () {
	if (hasRequiredLib$1w) return lib$1w;
	hasRequiredLib$1w = 1;

	/**
	* Typed array constructor which returns a typed array representing an array of 16-bit unsigned integers in the platform byte order.
	*
	* @module @stdlib/array-uint16
	*
	* @example
	* var ctor = require( '@stdlib/array-uint16' );
	*
	* var arr = new ctor( 10 );
	* // returns <Uint16Array>
	*/

	// MODULES //

	var hasUint16ArraySupport = requireLib$1x();
	var builtin = requireMain$_();
	var polyfill = requirePolyfill();


	// MAIN //

	var ctor;
	if ( hasUint16ArraySupport() ) {
		ctor = builtin;
	} else {
		ctor = polyfill;
	}


	// EXPORTS //

	lib$1w = ctor;
	return lib$1w;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var ctors_1;
var hasRequiredCtors;

function requireCtors () {
	if (hasRequiredCtors) return ctors_1;
	hasRequiredCtors = 1;

	// MODULES //

	var Uint8Array = requireLib$1A();
	var Uint16Array = requireLib$1w();


	// MAIN //

	var ctors = {
		'uint16': Uint16Array,
		'uint8': Uint8Array
	};


	// EXPORTS //

	ctors_1 = ctors;
	return ctors_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$Z;
var hasRequiredMain$Z;

function requireMain$Z () {
	if (hasRequiredMain$Z) return main$Z;
	hasRequiredMain$Z = 1;

	// MODULES //

	var ctors = requireCtors();


	// VARIABLES //

	var bool;


	// FUNCTIONS //

	/**
	* Returns a boolean indicating if an environment is little endian.
	*
	* @private
	* @returns {boolean} boolean indicating if an environment is little endian
	*
	* @example
	* var bool = isLittleEndian();
	* // returns <boolean>
	*/
	function isLittleEndian() {
		var uint16view;
		var uint8view;

		uint16view = new ctors[ 'uint16' ]( 1 );

		/*
		* Set the uint16 view to a value having distinguishable lower and higher order words.
		*
		* 4660 => 0x1234 => 0x12 0x34 => '00010010 00110100' => (0x12,0x34) == (18,52)
		*/
		uint16view[ 0 ] = 0x1234;

		// Create a uint8 view on top of the uint16 buffer:
		uint8view = new ctors[ 'uint8' ]( uint16view.buffer );

		// If little endian, the least significant byte will be first...
		return ( uint8view[ 0 ] === 0x34 );
	}


	// MAIN //

	bool = isLittleEndian();


	// EXPORTS //

	main$Z = bool;
	return main$Z;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1v;
var hasRequiredLib$1v;

function requireLib$1v () {
	if (hasRequiredLib$1v) return lib$1v;
	hasRequiredLib$1v = 1;

	/**
	* Return a boolean indicating if an environment is little endian.
	*
	* @module @stdlib/assert-is-little-endian
	*
	* @example
	* var IS_LITTLE_ENDIAN = require( '@stdlib/assert-is-little-endian' );
	*
	* var bool = IS_LITTLE_ENDIAN;
	* // returns <boolean>
	*/

	// MODULES //

	var IS_LITTLE_ENDIAN = requireMain$Z();


	// EXPORTS //

	lib$1v = IS_LITTLE_ENDIAN;
	return lib$1v;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var high$1;
var hasRequiredHigh$1;

function requireHigh$1 () {
	if (hasRequiredHigh$1) return high$1;
	hasRequiredHigh$1 = 1;

	// MODULES //

	var isLittleEndian = requireLib$1v();


	// MAIN //

	var HIGH;
	if ( isLittleEndian === true ) {
		HIGH = 1; // second index
	} else {
		HIGH = 0; // first index
	}


	// EXPORTS //

	high$1 = HIGH;
	return high$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$Y;
var hasRequiredMain$Y;

function requireMain$Y () {
	if (hasRequiredMain$Y) return main$Y;
	hasRequiredMain$Y = 1;

	// MODULES //

	var Uint32Array = requireLib$1H();
	var Float64Array = requireLib$1E();
	var HIGH = requireHigh$1();


	// VARIABLES //

	var FLOAT64_VIEW = new Float64Array( 1 );
	var UINT32_VIEW = new Uint32Array( FLOAT64_VIEW.buffer );


	// MAIN //

	/**
	* Returns an unsigned 32-bit integer corresponding to the more significant 32 bits of a double-precision floating-point number.
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the higher order bits? If little endian, the second; if big endian, the first.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {number} x - input value
	* @returns {uinteger32} higher order word
	*
	* @example
	* var w = getHighWord( 3.14e201 ); // => 01101001110001001000001011000011
	* // returns 1774486211
	*/
	function getHighWord( x ) {
		FLOAT64_VIEW[ 0 ] = x;
		return UINT32_VIEW[ HIGH ];
	}


	// EXPORTS //

	main$Y = getHighWord;
	return main$Y;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1u;
var hasRequiredLib$1u;

function requireLib$1u () {
	if (hasRequiredLib$1u) return lib$1u;
	hasRequiredLib$1u = 1;

	/**
	* Return an unsigned 32-bit integer corresponding to the more significant 32 bits of a double-precision floating-point number.
	*
	* @module @stdlib/number-float64-base-get-high-word
	*
	* @example
	* var getHighWord = require( '@stdlib/number-float64-base-get-high-word' );
	*
	* var w = getHighWord( 3.14e201 ); // => 01101001110001001000001011000011
	* // returns 1774486211
	*/

	// MODULES //

	var main = requireMain$Y();


	// EXPORTS //

	lib$1u = main;
	return lib$1u;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var high;
var hasRequiredHigh;

function requireHigh () {
	if (hasRequiredHigh) return high;
	hasRequiredHigh = 1;

	// MODULES //

	var isLittleEndian = requireLib$1v();


	// MAIN //

	var HIGH;
	if ( isLittleEndian === true ) {
		HIGH = 1; // second index
	} else {
		HIGH = 0; // first index
	}


	// EXPORTS //

	high = HIGH;
	return high;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$X;
var hasRequiredMain$X;

function requireMain$X () {
	if (hasRequiredMain$X) return main$X;
	hasRequiredMain$X = 1;

	// MODULES //

	var Uint32Array = requireLib$1H();
	var Float64Array = requireLib$1E();
	var HIGH = requireHigh();


	// VARIABLES //

	var FLOAT64_VIEW = new Float64Array( 1 );
	var UINT32_VIEW = new Uint32Array( FLOAT64_VIEW.buffer );


	// MAIN //

	/**
	* Sets the more significant 32 bits of a double-precision floating-point number.
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the higher order bits? If little endian, the second; if big endian, the first.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {number} x - double
	* @param {uinteger32} high - unsigned 32-bit integer to replace the higher order word of `x`
	* @returns {number} double having the same lower order word as `x`
	*
	* @example
	* var high = 5 >>> 0; // => 0 00000000000 00000000000000000101
	*
	* var y = setHighWord( 3.14e201, high ); // => 0 00000000000 0000000000000000010110010011110010110101100010000010
	* // returns 1.18350528745e-313
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' ); // => 0 11111111111 00000000000000000000 00000000000000000000000000000000
	*
	* var high = 1072693248 >>> 0; // => 0 01111111111 00000000000000000000
	*
	* // Set the higher order bits of `+infinity` to return `1`:
	* var y = setHighWord( PINF, high ); // => 0 01111111111 0000000000000000000000000000000000000000000000000000
	* // returns 1.0
	*/
	function setHighWord( x, high ) {
		FLOAT64_VIEW[ 0 ] = x;
		UINT32_VIEW[ HIGH ] = ( high >>> 0 ); // identity bit shift to ensure integer
		return FLOAT64_VIEW[ 0 ];
	}


	// EXPORTS //

	main$X = setHighWord;
	return main$X;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1t;
var hasRequiredLib$1t;

function requireLib$1t () {
	if (hasRequiredLib$1t) return lib$1t;
	hasRequiredLib$1t = 1;

	/**
	* Set the more significant 32 bits of a double-precision floating-point number.
	*
	* @module @stdlib/number-float64-base-set-high-word
	*
	* @example
	* var setHighWord = require( '@stdlib/number-float64-base-set-high-word' );
	*
	* var high = 5 >>> 0; // => 0 00000000000 00000000000000000101
	*
	* var y = setHighWord( 3.14e201, high ); // => 0 00000000000 0000000000000000010110010011110010110101100010000010
	* // returns 1.18350528745e-313
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' ); // => 0 11111111111 00000000000000000000 00000000000000000000000000000000
	* var setHighWord = require( '@stdlib/number-float64-base-set-high-word' );
	*
	* var high = 1072693248 >>> 0; // => 0 01111111111 00000000000000000000
	*
	* // Set the higher order bits of `+infinity` to return `1`:
	* var y = setHighWord( PINF, high ); // => 0 01111111111 0000000000000000000000000000000000000000000000000000
	* // returns 1.0
	*/

	// MODULES //

	var main = requireMain$X();


	// EXPORTS //

	lib$1t = main;
	return lib$1t;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var indices_1$1;
var hasRequiredIndices$1;

function requireIndices$1 () {
	if (hasRequiredIndices$1) return indices_1$1;
	hasRequiredIndices$1 = 1;

	// MODULES //

	var isLittleEndian = requireLib$1v();


	// MAIN //

	var indices;
	var HIGH;
	var LOW;

	if ( isLittleEndian === true ) {
		HIGH = 1; // second index
		LOW = 0; // first index
	} else {
		HIGH = 0; // first index
		LOW = 1; // second index
	}
	indices = {
		'HIGH': HIGH,
		'LOW': LOW
	};


	// EXPORTS //

	indices_1$1 = indices;
	return indices_1$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$W;
var hasRequiredMain$W;

function requireMain$W () {
	if (hasRequiredMain$W) return main$W;
	hasRequiredMain$W = 1;

	// MODULES //

	var Uint32Array = requireLib$1H();
	var Float64Array = requireLib$1E();
	var indices = requireIndices$1();


	// VARIABLES //

	var FLOAT64_VIEW = new Float64Array( 1 );
	var UINT32_VIEW = new Uint32Array( FLOAT64_VIEW.buffer );

	var HIGH = indices.HIGH;
	var LOW = indices.LOW;


	// MAIN //

	/**
	* Creates a double-precision floating-point number from a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 should we place the higher order bits? If little endian, the second; if big endian, the first.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {uinteger32} high - higher order word (unsigned 32-bit integer)
	* @param {uinteger32} low - lower order word (unsigned 32-bit integer)
	* @returns {number} floating-point number
	*
	* @example
	* var v = fromWords( 1774486211, 2479577218 );
	* // returns 3.14e201
	*
	* @example
	* var v = fromWords( 3221823995, 1413754136 );
	* // returns -3.141592653589793
	*
	* @example
	* var v = fromWords( 0, 0 );
	* // returns 0.0
	*
	* @example
	* var v = fromWords( 2147483648, 0 );
	* // returns -0.0
	*
	* @example
	* var v = fromWords( 2146959360, 0 );
	* // returns NaN
	*
	* @example
	* var v = fromWords( 2146435072, 0 );
	* // returns Infinity
	*
	* @example
	* var v = fromWords( 4293918720, 0 );
	* // returns -Infinity
	*/
	function fromWords( high, low ) {
		UINT32_VIEW[ HIGH ] = high;
		UINT32_VIEW[ LOW ] = low;
		return FLOAT64_VIEW[ 0 ];
	}


	// EXPORTS //

	main$W = fromWords;
	return main$W;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1s;
var hasRequiredLib$1s;

function requireLib$1s () {
	if (hasRequiredLib$1s) return lib$1s;
	hasRequiredLib$1s = 1;

	/**
	* Create a double-precision floating-point number from a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* @module @stdlib/number-float64-base-from-words
	*
	* @example
	* var fromWords = require( '@stdlib/number-float64-base-from-words' );
	*
	* var v = fromWords( 1774486211, 2479577218 );
	* // returns 3.14e201
	*
	* v = fromWords( 3221823995, 1413754136 );
	* // returns -3.141592653589793
	*
	* v = fromWords( 0, 0 );
	* // returns 0.0
	*
	* v = fromWords( 2147483648, 0 );
	* // returns -0.0
	*
	* v = fromWords( 2146959360, 0 );
	* // returns NaN
	*
	* v = fromWords( 2146435072, 0 );
	* // returns Infinity
	*
	* v = fromWords( 4293918720, 0 );
	* // returns -Infinity
	*/

	// MODULES //

	var main = requireMain$W();


	// EXPORTS //

	lib$1s = main;
	return lib$1s;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1r;
var hasRequiredLib$1r;

function requireLib$1r () {
	if (hasRequiredLib$1r) return lib$1r;
	hasRequiredLib$1r = 1;

	/**
	* Double-precision floating-point positive infinity.
	*
	* @module @stdlib/constants-float64-pinf
	* @type {number}
	*
	* @example
	* var FLOAT64_PINF = require( '@stdlib/constants-float64-pinf' );
	* // returns Infinity
	*/


	// MAIN //

	/**
	* Double-precision floating-point positive infinity.
	*
	* ## Notes
	*
	* Double-precision floating-point positive infinity has the bit sequence
	*
	* ```binarystring
	* 0 11111111111 00000000000000000000 00000000000000000000000000000000
	* ```
	*
	* @constant
	* @type {number}
	* @default Number.POSITIVE_INFINITY
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_PINF = Number.POSITIVE_INFINITY; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	lib$1r = FLOAT64_PINF;
	return lib$1r;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$V;
var hasRequiredMain$V;

function requireMain$V () {
	if (hasRequiredMain$V) return main$V;
	hasRequiredMain$V = 1;

	// EXPORTS //

	main$V = Number; // eslint-disable-line stdlib/require-globals
	return main$V;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1q;
var hasRequiredLib$1q;

function requireLib$1q () {
	if (hasRequiredLib$1q) return lib$1q;
	hasRequiredLib$1q = 1;

	/**
	* Constructor which returns a `Number` object.
	*
	* @module @stdlib/number-ctor
	*
	* @example
	* var Number = require( '@stdlib/number-ctor' );
	*
	* var v = new Number( 10.0 );
	* // returns <Number>
	*/

	// MODULES //

	var main = requireMain$V();


	// EXPORTS //

	lib$1q = main;
	return lib$1q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1p;
var hasRequiredLib$1p;

function requireLib$1p () {
	if (hasRequiredLib$1p) return lib$1p;
	hasRequiredLib$1p = 1;

	/**
	* Double-precision floating-point negative infinity.
	*
	* @module @stdlib/constants-float64-ninf
	* @type {number}
	*
	* @example
	* var FLOAT64_NINF = require( '@stdlib/constants-float64-ninf' );
	* // returns -Infinity
	*/

	// MODULES //

	var Number = requireLib$1q();


	// MAIN //

	/**
	* Double-precision floating-point negative infinity.
	*
	* ## Notes
	*
	* Double-precision floating-point negative infinity has the bit sequence
	*
	* ```binarystring
	* 1 11111111111 00000000000000000000 00000000000000000000000000000000
	* ```
	*
	* @constant
	* @type {number}
	* @default Number.NEGATIVE_INFINITY
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_NINF = Number.NEGATIVE_INFINITY;


	// EXPORTS //

	lib$1p = FLOAT64_NINF;
	return lib$1p;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1o;
var hasRequiredLib$1o;

function requireLib$1o () {
	if (hasRequiredLib$1o) return lib$1o;
	hasRequiredLib$1o = 1;

	/**
	* The bias of a double-precision floating-point number's exponent.
	*
	* @module @stdlib/constants-float64-exponent-bias
	* @type {integer32}
	*
	* @example
	* var FLOAT64_EXPONENT_BIAS = require( '@stdlib/constants-float64-exponent-bias' );
	* // returns 1023
	*/


	// MAIN //

	/**
	* Bias of a double-precision floating-point number's exponent.
	*
	* ## Notes
	*
	* The bias can be computed via
	*
	* ```tex
	* \mathrm{bias} = 2^{k-1} - 1
	* ```
	*
	* where \\(k\\) is the number of bits in the exponent; here, \\(k = 11\\).
	*
	* @constant
	* @type {integer32}
	* @default 1023
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_EXPONENT_BIAS = 1023|0; // asm type annotation


	// EXPORTS //

	lib$1o = FLOAT64_EXPONENT_BIAS;
	return lib$1o;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1n;
var hasRequiredLib$1n;

function requireLib$1n () {
	if (hasRequiredLib$1n) return lib$1n;
	hasRequiredLib$1n = 1;

	/**
	* One half times the natural logarithm of 2.
	*
	* @module @stdlib/constants-float64-half-ln-two
	* @type {number}
	*
	* @example
	* var HALF_LN2 = require( '@stdlib/constants-float64-half-ln-two' );
	* // returns 3.46573590279972654709e-01
	*/

	// MAIN //

	/**
	* One half times the natural logarithm of 2.
	*
	* ```tex
	* \frac{\ln 2}{2}
	* ```
	*
	* @constant
	* @type {number}
	* @default 3.46573590279972654709e-01
	*/
	var HALF_LN2 = 3.46573590279972654709e-01; // 0x3FD62E42 0xFEFA39EF


	// EXPORTS //

	lib$1n = HALF_LN2;
	return lib$1n;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_q$1;
var hasRequiredPolyval_q$1;

function requirePolyval_q$1 () {
	if (hasRequiredPolyval_q$1) return polyval_q$1;
	hasRequiredPolyval_q$1 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.03333333333333313;
		}
		return -0.03333333333333313 + (x * (0.0015873015872548146 + (x * (-793650757867488e-19 + (x * (0.000004008217827329362 + (x * -2.0109921818362437e-7))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_q$1 = evalpoly;
	return polyval_q$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$U;
var hasRequiredMain$U;

function requireMain$U () {
	if (hasRequiredMain$U) return main$U;
	hasRequiredMain$U = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var getHighWord = requireLib$1u();
	var setHighWord = requireLib$1t();
	var fromWords = requireLib$1s();
	var PINF = requireLib$1r();
	var NINF = requireLib$1p();
	var FLOAT64_EXPONENT_BIAS = requireLib$1o();
	var HALF_LN2 = requireLib$1n();
	var polyval = requirePolyval_q$1();


	// VARIABLES //

	var OVERFLOW_THRESHOLD = 7.09782712893383973096e+02; // 0x40862E42 0xFEFA39EF

	// High and low words of ln(2):
	var LN2_HI = 6.93147180369123816490e-01; // 0x3FE62E42 0xFEE00000
	var LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 0x35793C76

	// 1 / ln(2):
	var LN2_INV = 1.44269504088896338700e+00; // 0x3FF71547 0x652B82FE

	// ln(2) * 56:
	var LN2x56 = 3.88162421113569373274e+01; // 0x4043687A 0x9F1AF2B1

	// ln(2) * 1.5:
	var LN2_HALFX3 = 1.03972077083991796413e+00; // 0x3FF0A2B2 0x3F3BAB73


	// MAIN //

	/**
	* Computes `exp(x) - 1`.
	*
	* ## Method
	*
	* 1.  Given \\(x\\), we use argument reduction to find \\(r\\) and an integer \\(k\\) such that
	*
	*     ```tex
	*     x = k \cdot \ln(2) + r
	*     ```
	*
	*     where
	*
	*     ```tex
	*     |r| \leq \frac{\ln(2)}{2} \approx 0.34658
	*     ```
	*
	*     <!-- <note> -->
	*
	*     A correction term \\(c\\) will need to be computed to compensate for the error in \\(r\\) when rounded to a floating-point number.
	*
	*     <!-- </note> -->
	*
	* 2.  To approximate \\(\operatorname{expm1}(r)\\), we use a special rational function on the interval \\(\[0,0.34658]\\). Since
	*
	*     ```tex
	*     r \frac{e^r + 1}{e^r - 1} = 2 + \frac{r^2}{6} - \frac{r^4}{360} + \ldots
	*     ```
	*
	*     we define \\(\operatorname{R1}(r^2)\\) by
	*
	*     ```tex
	*     r \frac{e^r + 1}{e^r - 1} = 2 + \frac{r^2}{6} \operatorname{R1}(r^2)
	*     ```
	*
	*     That is,
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{R1}(r^2) &= \frac{6}{r} \biggl(\frac{e^r+1}{e^r-1} - \frac{2}{r}\biggr) \\
	*     &= \frac{6}{r} \biggl( 1 + 2 \biggl(\frac{1}{e^r-1} - \frac{1}{r}\biggr)\biggr) \\
	*     &= 1 - \frac{r^2}{60} + \frac{r^4}{2520} - \frac{r^6}{100800} + \ldots
	*     \end{align*}
	*     ```
	*
	*     We use a special Remes algorithm on \\(\[0,0.347]\\) to generate a polynomial of degree \\(5\\) in \\(r^2\\) to approximate \\(\mathrm{R1}\\). The maximum error of this polynomial approximation is bounded by \\(2^{-61}\\). In other words,
	*
	*     ```tex
	*     \operatorname{R1}(z) \approx 1 + \mathrm{Q1} \cdot z + \mathrm{Q2} \cdot z^2 + \mathrm{Q3} \cdot z^3 + \mathrm{Q4} \cdot z^4 + \mathrm{Q5} \cdot z^5
	*     ```
	*
	*     where
	*
	*     ```tex
	*     \begin{align*}
	*     \mathrm{Q1} &= -1.6666666666666567384\mbox{e-}2 \\
	*     \mathrm{Q2} &= 3.9682539681370365873\mbox{e-}4 \\
	*     \mathrm{Q3} &= -9.9206344733435987357\mbox{e-}6 \\
	*     \mathrm{Q4} &= 2.5051361420808517002\mbox{e-}7 \\
	*     \mathrm{Q5} &= -6.2843505682382617102\mbox{e-}9
	*     \end{align*}
	*     ```
	*
	*     where \\(z = r^2\\) and the values of \\(\mathrm{Q1}\\) to \\(\mathrm{Q5}\\) are listed in the source. The error is bounded by
	*
	*     ```tex
	*     \biggl| 1 + \mathrm{Q1} \cdot z + \ldots + \mathrm{Q5} \cdot z - \operatorname{R1}(z) \biggr| \leq 2^{-61}
	*     ```
	*
	*     \\(\operatorname{expm1}(r) = e^r - 1\\) is then computed by the following specific way which minimizes the accumulated rounding error
	*
	*     ```tex
	*     \operatorname{expm1}(r) = r + \frac{r^2}{2} + \frac{r^3}{2} \biggl( \frac{3 - (\mathrm{R1} + \mathrm{R1} \cdot \frac{r}{2})}{6 - r ( 3 - \mathrm{R1} \cdot \frac{r}{2})} \biggr)
	*     ```
	*
	*     To compensate for the error in the argument reduction, we use
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{expm1}(r+c) &= \operatorname{expm1}(r) + c + \operatorname{expm1}(r) \cdot c \\
	*     &\approx \operatorname{expm1}(r) + c + rc
	*     \end{align*}
	*     ```
	*
	*     Thus, \\(c + rc\\) will be added in as the correction terms for \\(\operatorname{expm1}(r+c)\\). Now, we can rearrange the term to avoid optimization screw up.
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{expm1}(r+c) &\approx r - \biggl( \biggl( r + \biggl( \frac{r^2}{2} \biggl( \frac{\mathrm{R1} - (3 - \mathrm{R1} \cdot \frac{r}{2})}{6 - r (3 - \mathrm{R1} \cdot \frac{r}{2})} \biggr) - c \biggr) - c \biggr) - \frac{r^2}{2} \biggr) \\
	*     &= r - \mathrm{E}
	*     \end{align*}
	*     ```
	*
	* 3.  To scale back to obtain \\(\operatorname{expm1}(x)\\), we have (from step 1)
	*
	*     ```tex
	*     \operatorname{expm1}(x) = \begin{cases}
	*     2^k  (\operatorname{expm1}(r) + 1) - 1 \\
	*     2^k (\operatorname{expm1}(r) + (1-2^{-k}))
	*     \end{cases}
	*     ```
	*
	* ## Special Cases
	*
	* ```tex
	* \begin{align*}
	* \operatorname{expm1}(\infty) &= \infty \\
	* \operatorname{expm1}(-\infty) &= -1 \\
	* \operatorname{expm1}(\mathrm{NaN}) &= \mathrm{NaN}
	* \end{align*}
	* ```
	*
	* ## Notes
	*
	* -   For finite arguments, only \\(\operatorname{expm1}(0) = 0\\) is exact.
	*
	* -   To save one multiplication, we scale the coefficient \\(\mathrm{Qi}\\) to \\(\mathrm{Qi} \cdot {2^i}\\) and replace \\(z\\) by \\(\frac{x^2}{2}\\).
	*
	* -   To achieve maximum accuracy, we compute \\(\operatorname{expm1}(x)\\) by
	*
	*     -   if \\(x < -56 \cdot \ln(2)\\), return \\(-1.0\\) (raise inexact if \\(x\\) does not equal \\(\infty\\))
	*
	*     -   if \\(k = 0\\), return \\(r-\mathrm{E}\\)
	*
	*     -   if \\(k = -1\\), return \\(\frac{(r-\mathrm{E})-1}{2}\\)
	*
	*     -   if \\(k = 1\\),
	*
	*         -   if \\(r < -0.25\\), return \\(2((r+0.5)- \mathrm{E})\\)
	*         -   else return \\(1+2(r-\mathrm{E})\\)
	*
	*     -   if \\(k < -2\\) or \\(k > 56\\), return \\(2^k(1-(\mathrm{E}-r)) - 1\\) (or \\(e^x-1\\))
	*
	*     -   if \\(k \leq 20\\), return \\(2^k((1-2^{-k})-(\mathrm{E}-r))\\)
	*
	*     -   else return \\(2^k(1-((\mathrm{E}+2^{-k})-r))\\)
	*
	* -   For IEEE 754 double, if \\(x > 7.09782712893383973096\mbox{e+}02\\), then \\(\operatorname{expm1}(x)\\) will overflow.
	*
	* -   The hexadecimal values listed in the source are the intended ones for the implementation constants. Decimal values may be used, provided that the compiler will convert from decimal to binary accurately enough to produce the intended hexadecimal values.
	*
	* -   According to an error analysis, the error is always less than \\(1\\) ulp (unit in the last place).
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = expm1( 0.2 );
	* // returns ~0.221
	*
	* @example
	* var v = expm1( -9.0 );
	* // returns ~-0.9999
	*
	* @example
	* var v = expm1( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = expm1( NaN );
	* // returns NaN
	*/
	function expm1( x ) {
		var halfX;
		var twopk;
		var sign;
		var hi;
		var lo;
		var hx;
		var r1;
		var y;
		var z;
		var c;
		var t;
		var e;
		var k;

		if ( x === PINF || isnan( x ) ) {
			return x;
		}
		if ( x === NINF ) {
			return -1;
		}
		if ( x === 0.0 ) {
			return x; // handles +-0 (IEEE 754-2008)
		}
		// Set y = |x|:
		if ( x < 0.0 ) {
			sign = true;
			y = -x;
		} else {
			sign = false;
			y = x;
		}
		// Filter out huge and non-finite arguments...
		if ( y >= LN2x56 ) { // if |x| >= 56*ln(2)
			if ( sign ) { // if x <= -56*ln(2)
				return -1;
			}
			if ( y >= OVERFLOW_THRESHOLD ) { // if |x| >= 709.78...
				return PINF;
			}
		}
		// Extract the more significant bits from |x|:
		hx = getHighWord( y )|0; // asm type annotation

		// Argument reduction...
		if ( y > HALF_LN2 ) { // if |x| > 0.5*ln(2)
			if ( y < LN2_HALFX3 ) { // if |x| < 1.5*ln(2)
				if ( sign ) {
					hi = x + LN2_HI;
					lo = -LN2_LO;
					k = -1;
				} else {
					hi = x - LN2_HI;
					lo = LN2_LO;
					k = 1;
				}
			} else {
				if ( sign ) {
					k = (LN2_INV*x) - 0.5;
				} else {
					k = (LN2_INV*x) + 0.5;
				}
				k |= 0; // use a bitwise OR to cast `k` to an integer (see also asm.js type annotations: http://asmjs.org/spec/latest/#annotations)
				t = k;
				hi = x - (t*LN2_HI); // t*ln2_hi is exact here
				lo = t * LN2_LO;
			}
			x = hi - lo;
			c = (hi-x) - lo;
		}
		// If |x| < 2**-54 => high word: 0 01111001001 00000000000000000000 => 0x3c900000 = 1016070144  => exponent = 01111001001 = 969 = 1023-54
		else if ( hx < 1016070144 ) {
			return x;
		} else {
			k = 0;
		}
		// x is now in primary range...
		halfX = 0.5 * x;
		z = x * halfX;

		r1 = 1.0 + ( z * polyval( z ) );

		t = 3.0 - (r1*halfX);
		e = z * ( (r1-t) / (6.0 - (x*t)) );
		if ( k === 0 ) {
			return x - ( (x*e) - z );	// c is 0
		}
		twopk = fromWords( (FLOAT64_EXPONENT_BIAS+k)<<20, 0 ); // 2^k
		e = ( x * (e-c) ) - c;
		e -= z;
		if ( k === -1 ) {
			return ( 0.5*(x-e) ) - 0.5;
		}
		if ( k === 1 ) {
			if ( x < -0.25 ) {
				return -2 * ( e - (x+0.5) );
			}
			return 1.0 + ( 2.0 * (x-e) );
		}
		if ( k <= -2 || k > 56 ) { // suffice to return exp(x)-1
			y = 1.0 - (e-x);
			if ( k === 1024 ) {
				// Add k to y's exponent:
				hi = (getHighWord( y ) + (k<<20))|0; // asm type annotation
				y = setHighWord( y, hi );
			} else {
				y *= twopk;
			}
			return y - 1.0;
		}
		t = 1.0;
		if ( k < 20 ) {
			// 0x3ff00000 - (0x200000>>k) = 1072693248 - (0x200000>>k) => 0x3ff00000 = 00111111111100000000000000000000 and 0x200000 = 0 00000000010 00000000000000000000
			hi = (1072693248 - (0x200000>>k))|0; // asm type annotation
			t = setHighWord( t, hi ); // t=1-2^-k
			y = t - (e-x);
		} else {
			hi = ( (FLOAT64_EXPONENT_BIAS-k)<<20 )|0; // asm type annotation
			t = setHighWord( t, hi ); // t=2^-k
			y = x - (e+t);
			y += 1.0;
		}
		y *= twopk;
		return y;
	}


	// EXPORTS //

	main$U = expm1;
	return main$U;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1m;
var hasRequiredLib$1m;

function requireLib$1m () {
	if (hasRequiredLib$1m) return lib$1m;
	hasRequiredLib$1m = 1;

	/**
	* Compute `exp(x) - 1`.
	*
	* @module @stdlib/math-base-special-expm1
	*
	* @example
	* var expm1 = require( '@stdlib/math-base-special-expm1' );
	*
	* var v = expm1( 0.2 );
	* // returns ~0.221
	*
	* v = expm1( -9.0 );
	* // returns ~-0.9999
	*
	* v = expm1( 0.0 );
	* // returns 0.0
	*
	* v = expm1( NaN );
	* // returns NaN
	*/

	// MODULES //

	var expm1 = requireMain$U();


	// EXPORTS //

	lib$1m = expm1;
	return lib$1m;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$T;
var hasRequiredMain$T;

function requireMain$T () {
	if (hasRequiredMain$T) return main$T;
	hasRequiredMain$T = 1;

	// TODO: implementation (?)

	/**
	* Rounds a double-precision floating-point number toward negative infinity.
	*
	* @param {number} x - input value
	* @returns {number} rounded value
	*
	* @example
	* var v = floor( -4.2 );
	* // returns -5.0
	*
	* @example
	* var v = floor( 9.99999 );
	* // returns 9.0
	*
	* @example
	* var v = floor( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = floor( NaN );
	* // returns NaN
	*/
	var floor = Math.floor; // eslint-disable-line stdlib/no-builtin-math


	// EXPORTS //

	main$T = floor;
	return main$T;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1l;
var hasRequiredLib$1l;

function requireLib$1l () {
	if (hasRequiredLib$1l) return lib$1l;
	hasRequiredLib$1l = 1;

	/**
	* Round a double-precision floating-point number toward negative infinity.
	*
	* @module @stdlib/math-base-special-floor
	*
	* @example
	* var floor = require( '@stdlib/math-base-special-floor' );
	*
	* var v = floor( -4.2 );
	* // returns -5.0
	*
	* v = floor( 9.99999 );
	* // returns 9.0
	*
	* v = floor( 0.0 );
	* // returns 0.0
	*
	* v = floor( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$T();


	// EXPORTS //

	lib$1l = main;
	return lib$1l;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_lp;
var hasRequiredPolyval_lp;

function requirePolyval_lp () {
	if (hasRequiredPolyval_lp) return polyval_lp;
	hasRequiredPolyval_lp = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.6666666666666735;
		}
		return 0.6666666666666735 + (x * (0.3999999999940942 + (x * (0.2857142874366239 + (x * (0.22222198432149784 + (x * (0.1818357216161805 + (x * (0.15313837699209373 + (x * 0.14798198605116586))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_lp = evalpoly;
	return polyval_lp;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$S;
var hasRequiredMain$S;

function requireMain$S () {
	if (hasRequiredMain$S) return main$S;
	hasRequiredMain$S = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var getHighWord = requireLib$1u();
	var setHighWord = requireLib$1t();
	var PINF = requireLib$1r();
	var NINF = requireLib$1p();
	var FLOAT64_EXPONENT_BIAS = requireLib$1o();
	var polyval = requirePolyval_lp();


	// VARIABLES //

	// High and low words of ln(2):
	var LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 0xfee00000
	var LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76

	// sqrt(2)-1:
	var SQRT2M1 = 4.142135623730950488017e-01; // 0x3fda8279 0x99fcef34

	// sqrt(2)/2-1:
	var SQRT2HALFM1 = -0.2928932188134525; // 0xbfd2bec3 0x33018866

	// 2**-29:
	var SMALL = 1.862645149230957e-09; // 0x3e200000 0x00000000

	// 2**-54:
	var TINY = 5.551115123125783e-17;

	// Max integer (unsafe) => 2**53:
	var TWO53 = 9007199254740992;

	// 2/3:
	var TWO_THIRDS = 6.666666666666666666e-01;


	// MAIN //

	/**
	* Evaluates the natural logarithm of \\(1+x\\).
	*
	* ## Method
	*
	* 1.  Argument Reduction: find \\(k\\) and \\(f\\) such that
	*
	*     ```tex
	*     1+x = 2^k (1+f)
	*     ```
	*
	*     where
	*
	*     ```tex
	*     \frac{\sqrt{2}}{2} < 1+f < \sqrt{2}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     If \\(k=0\\), then \\(f=x\\) is exact. However, if \\(k \neq 0\\), then \\(f\\) may not be representable exactly. In that case, a correction term is needed. Let
	*
	*     ```tex
	*     u = \operatorname{round}(1+x)
	*     ```
	*
	*     and
	*
	*     ```tex
	*     c = (1+x) - u
	*     ```
	*
	*     then
	*
	*     ```tex
	*     \ln (1+x) - \ln u \approx \frac{c}{u}
	*     ```
	*
	*     We can thus proceed to compute \\(\ln(u)\\), and add back the correction term \\(c/u\\).
	*
	*     <!-- </note> -->
	*
	*     <!-- <note> -->
	*
	*     When \\(x > 2^{53}\\), one can simply return \\(\ln(x)\\).
	*
	*     <!-- </note> -->
	*
	* 2.  Approximation of \\(\operatorname{log1p}(f)\\). Let
	*
	*     ```tex
	*     s = \frac{f}{2+f}
	*     ```
	*
	*     based on
	*
	*     ```tex
	*     \begin{align*}
	*     \ln 1+f &= \ln (1+s) - \ln (1-s) \\
	*             &= 2s + \frac{2}{3} s^3 + \frac{2}{5} s^5 + ... \\
	*             &= 2s + sR \\
	*     \end{align*}
	*     ```
	*
	*     We use a special Reme algorithm on \\(\[0,0.1716\]\\) to generate a polynomial of degree \\(14\\) to approximate \\(R\\). The maximum error of this polynomial approximation is bounded by \\(2^{-58.45}\\). In other words,
	*
	*     ```tex
	*     R(z) \approx \mathrm{Lp}_1 s^2 + \mathrm{Lp}_2 s^4 + \mathrm{Lp}_3 s^6 + \mathrm{Lp}_4 s^8 + \mathrm{Lp}_5 s^{10} + \mathrm{Lp}_6 s^{12} + \mathrm{Lp}_7 s^{14}
	*     ```
	*
	*     and
	*
	*     ```tex
	*     | \mathrm{Lp}_1 s^2 + \ldots + \mathrm{Lp}_7 s^14 - R(z) | \leq 2^{-58.45}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     The values of \\(Lp1\\) to \\(Lp7\\) may be found in the source.
	*
	*     <!-- </note> -->
	*
	*     Note that
	*
	*     ```tex
	*     \begin{align*}
	*     2s &= f - sf \\
	*        &= f - \frac{f^2}{2} + s \frac{f^2}{2} \\
	*     \end{align*}
	*     ```
	*
	*     In order to guarantee error in \\(\ln\\) below \\(1\ \mathrm{ulp}\\), we compute the log by
	*
	*     ```tex
	*     \operatorname{log1p}(f) = f - \biggl(\frac{f^2}{2} - s\biggl(\frac{f^2}{2}+R\biggr)\biggr)
	*     ```
	*
	* 3.  Finally,
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{log1p}(x) &= k \cdot \mathrm{ln2} + \operatorname{log1p}(f) \\
	*     &= k \cdot \mathrm{ln2}_{hi}+\biggl(f-\biggl(\frac{f^2}{2}-\biggl(s\biggl(\frac{f^2}{2}+R\biggr)+k \cdot \mathrm{ln2}_{lo}\biggr)\biggr)\biggr) \\
	*     \end{align*}
	*     ```
	*
	*     Here \\(\mathrm{ln2}\\) is split into two floating point numbers:
	*
	*     ```tex
	*     \mathrm{ln2}_{hi} + \mathrm{ln2}_{lo}
	*     ```
	*
	*     where \\(n \cdot \mathrm{ln2}_{hi}\\) is always exact for \\(|n| < 2000\\).
	*
	* ## Special Cases
	*
	* -   \\(\operatorname{log1p}(x) = \mathrm{NaN}\\) with signal if \\(x < -1\\) (including \\(-\infty\\))
	* -   \\(\operatorname{log1p}(+\infty) = +\infty\\)
	* -   \\(\operatorname{log1p}(-1) = -\infty\\) with signal
	* -   \\(\operatorname{log1p}(\mathrm{NaN})= \mathrm{NaN}\\) with no signal
	*
	* ## Notes
	*
	* -   According to an error analysis, the error is always less than \\(1\\) ulp (unit in the last place).
	*
	* -   The hexadecimal values are the intended ones for the used constants. The decimal values may be used, provided that the compiler will convert from decimal to binary accurately enough to produce the hexadecimal values shown.
	*
	* -   Assuming \\(\ln(x)\\) is accurate, the following algorithm can be used to evaluate \\(\operatorname{log1p}(x)\\) to within a few ULP:
	*
	*     ```javascript
	*     var u = 1.0 + x;
	*     if ( u === 1.0 ) {
	*         return x;
	*     } else {
	*         return ln(u) * (x/(u-1.0));
	*     }
	*     ```
	*
	*     See HP-15C Advanced Functions Handbook, p.193.
	*
	* @param {number} x - input value
	* @returns {number} the natural logarithm of `1+x`
	*
	* @example
	* var v = log1p( 4.0 );
	* // returns ~1.609
	*
	* @example
	* var v = log1p( -1.0 );
	* // returns -Infinity
	*
	* @example
	* var v = log1p( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = log1p( -0.0 );
	* // returns -0.0
	*
	* @example
	* var v = log1p( -2.0 );
	* // returns NaN
	*
	* @example
	* var v = log1p( NaN );
	* // returns NaN
	*/
	function log1p( x ) {
		var hfsq;
		var hu;
		var y;
		var f;
		var c;
		var s;
		var z;
		var R;
		var u;
		var k;

		if ( x < -1 || isnan( x ) ) {
			return NaN;
		}
		if ( x === -1 ) {
			return NINF;
		}
		if ( x === PINF ) {
			return x;
		}
		if ( x === 0.0 ) {
			return x; // handle +-0 (IEEE 754-2008 spec)
		}
		// Set y = |x|:
		if ( x < 0.0 ) {
			y = -x;
		} else {
			y = x;
		}
		// Argument reduction...
		k = 1;

		// Check if argument reduction is needed and if we can just return a small value approximation requiring less computation but with equivalent accuracy...
		if ( y < SQRT2M1 ) { // if |x| < sqrt(2)-1 => ~0.41422
			if ( y < SMALL ) { // if |x| < 2**-29
				if ( y < TINY ) { // if |x| < 2**-54
					return x;
				}
				// Use a simple two-term Taylor series...
				return x - ( x*x*0.5 );
			}
			// Check if `f=x` can be represented exactly (no need for correction terms), allowing us to bypass argument reduction...
			if ( x > SQRT2HALFM1 ) { // if x > sqrt(2)/2-1 => ~-0.2929
				// -0.2929 < x < 0.41422
				k = 0;
				f = x; // exact
				hu = 1;
			}
		}
		// Address case where `f` cannot be represented exactly...
		if ( k !== 0 ) {
			if ( y < TWO53 ) {
				u = 1.0 + x;
				hu = getHighWord( u );

				// Bit shift to isolate the exponent and then subtract the bias:
				k = (hu>>20) - FLOAT64_EXPONENT_BIAS;

				// Correction term...
				if ( k > 0 ) { // positive unbiased exponent
					c = 1.0 - (u-x);
				} else { // nonpositive unbiased exponent
					c = x - (u-1.0);
				}
				c /= u;
			} else {
				u = x;
				hu = getHighWord( u );

				// Bit shift to isolate the exponent and then subtract the bias:
				k = (hu>>20) - FLOAT64_EXPONENT_BIAS;

				// Correction term is zero:
				c = 0;
			}
			// Apply a bit mask (0 00000000000 11111111111111111111) to remove the exponent:
			hu &= 0x000fffff; // max value => 1048575

			// Check if u significand is less than sqrt(2) significand => 0x6a09e => 01101010000010011110
			if ( hu < 434334 ) {
				// Normalize u by setting the exponent to 1023 (bias) => 0x3ff00000 => 0 01111111111 00000000000000000000
				u = setHighWord( u, hu|0x3ff00000 );
			} else {
				k += 1;

				// Normalize u/2 by setting the exponent to 1022 (bias-1 => 2**-1 = 1/2) => 0x3fe00000 => 0 01111111110 00000000000000000000
				u = setHighWord( u, hu|0x3fe00000 );

				// Subtract hu significand from next largest hu => 0 00000000001 00000000000000000000 => 0x00100000 => 1048576
				hu = (1048576-hu)>>2;
			}
			f = u - 1.0;
		}
		// Approximation of log1p(f)...
		hfsq = 0.5 * f * f;
		if ( hu === 0 ) { // if |f| < 2**-20
			if ( f === 0.0 ) {
				c += k * LN2_LO;
				return ( k * LN2_HI ) + c;
			}
			R = hfsq * (1.0 - ( TWO_THIRDS*f ) ); // avoid division
			return ( k*LN2_HI ) - ( (R - ( (k*LN2_LO) + c)) - f );
		}
		s = f / (2.0 + f);
		z = s * s;

		R = z * polyval( z );

		if ( k === 0 ) {
			return f - ( hfsq - ( s*(hfsq+R) ) );
		}
		return ( k*LN2_HI ) - ( (hfsq - ( (s*(hfsq+R)) + ((k*LN2_LO) + c))) - f );
	}


	// EXPORTS //

	main$S = log1p;
	return main$S;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1k;
var hasRequiredLib$1k;

function requireLib$1k () {
	if (hasRequiredLib$1k) return lib$1k;
	hasRequiredLib$1k = 1;

	/**
	* Evaluate the natural logarithm of \\(1+x\\).
	*
	* @module @stdlib/math-base-special-log1p
	*
	* @example
	* var log1p = require( '@stdlib/math-base-special-log1p' );
	*
	* var v = log1p( 4.0 );
	* // returns ~1.609
	*
	* v = log1p( -1.0 );
	* // returns -Infinity
	*
	* v = log1p( 0.0 );
	* // returns 0.0
	*
	* v = log1p( -0.0 );
	* // returns -0.0
	*
	* v = log1p( -2.0 );
	* // returns NaN
	*
	* v = log1p( NaN );
	* // returns NaN
	*/

	// MODULES //

	var log1p = requireMain$S();


	// EXPORTS //

	lib$1k = log1p;
	return lib$1k;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$R;
var hasRequiredMain$R;

function requireMain$R () {
	if (hasRequiredMain$R) return main$R;
	hasRequiredMain$R = 1;

	// MAIN //

	/**
	* Compute the principal square root of a double-precision floating-point number.
	*
	* @type {Function}
	* @param {number} x - input value
	* @returns {number} principal square root
	*
	* @example
	* var v = sqrt( 4.0 );
	* // returns 2.0
	*
	* v = sqrt( 9.0 );
	* // returns 3.0
	*
	* v = sqrt( 0.0 );
	* // returns 0.0
	*
	* v = sqrt( -4.0 );
	* // returns NaN
	*
	* v = sqrt( NaN );
	* // returns NaN
	*/
	var sqrt = Math.sqrt; // eslint-disable-line stdlib/no-builtin-math


	// EXPORTS //

	main$R = sqrt;
	return main$R;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1j;
var hasRequiredLib$1j;

function requireLib$1j () {
	if (hasRequiredLib$1j) return lib$1j;
	hasRequiredLib$1j = 1;

	/**
	* Compute the principal square root of a double-precision floating-point number.
	*
	* @module @stdlib/math-base-special-sqrt
	*
	* @example
	* var sqrt = require( '@stdlib/math-base-special-sqrt' );
	*
	* var v = sqrt( 4.0 );
	* // returns 2.0
	*
	* v = sqrt( 9.0 );
	* // returns 3.0
	*
	* v = sqrt( 0.0 );
	* // returns 0.0
	*
	* v = sqrt( -4.0 );
	* // returns NaN
	*
	* v = sqrt( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$R();


	// EXPORTS //

	lib$1j = main;
	return lib$1j;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1i;
var hasRequiredLib$1i;

function requireLib$1i () {
	if (hasRequiredLib$1i) return lib$1i;
	hasRequiredLib$1i = 1;

	/**
	* One fourth times the mathematical constant `π`.
	*
	* @module @stdlib/constants-float64-fourth-pi
	* @type {number}
	*
	* @example
	* var FOURTH_PI = require( '@stdlib/constants-float64-fourth-pi' );
	* // returns 7.85398163397448309616e-1
	*/


	// MAIN //

	/**
	* One fourth times the mathematical constant `π`.
	*
	* @constant
	* @type {number}
	* @default 7.85398163397448309616e-1
	* @see [Wikipedia]{@link https://en.wikipedia.org/wiki/Pi}
	*/
	var FOURTH_PI = 7.85398163397448309616e-1;


	// EXPORTS //

	lib$1i = FOURTH_PI;
	return lib$1i;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_pq$3;
var hasRequiredRational_pq$3;

function requireRational_pq$3 () {
	if (hasRequiredRational_pq$3) return rational_pq$3;
	hasRequiredRational_pq$3 = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return 0.16666666666666713;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = -8.198089802484825 + (x * (19.562619833175948 + (x * (-16.262479672107002 + (x * (5.444622390564711 + (x * (-0.6019598008014124 + (x * 0.004253011369004428))))))))); // eslint-disable-line max-len
			s2 = -49.18853881490881 + (x * (139.51056146574857 + (x * (-147.1791292232726 + (x * (70.49610280856842 + (x * (-14.740913729888538 + (x * 1.0))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 0.004253011369004428 + (x * (-0.6019598008014124 + (x * (5.444622390564711 + (x * (-16.262479672107002 + (x * (19.562619833175948 + (x * -8.198089802484825))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (-14.740913729888538 + (x * (70.49610280856842 + (x * (-147.1791292232726 + (x * (139.51056146574857 + (x * -49.18853881490881))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_pq$3 = evalrational;
	return rational_pq$3;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_rs;
var hasRequiredRational_rs;

function requireRational_rs () {
	if (hasRequiredRational_rs) return rational_rs;
	hasRequiredRational_rs = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return 0.08333333333333809;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = 28.536655482610616 + (x * (-25.56901049652825 + (x * (6.968710824104713 + (x * (-0.5634242780008963 + (x * 0.002967721961301243))))))); // eslint-disable-line max-len
			s2 = 342.43986579130785 + (x * (-383.8770957603691 + (x * (147.0656354026815 + (x * (-21.947795316429207 + (x * 1.0))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 0.002967721961301243 + (x * (-0.5634242780008963 + (x * (6.968710824104713 + (x * (-25.56901049652825 + (x * 28.536655482610616))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (-21.947795316429207 + (x * (147.0656354026815 + (x * (-383.8770957603691 + (x * 342.43986579130785))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_rs = evalrational;
	return rational_rs;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/

var main$Q;
var hasRequiredMain$Q;

function requireMain$Q () {
	if (hasRequiredMain$Q) return main$Q;
	hasRequiredMain$Q = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var sqrt = requireLib$1j();
	var PIO4 = requireLib$1i();
	var ratevalPQ = requireRational_pq$3();
	var ratevalRS = requireRational_rs();


	// VARIABLES //

	var MOREBITS = 6.123233995736765886130e-17; // pi/2 = PIO2 + MOREBITS


	// MAIN //

	/**
	* Computes the arcsine of a double-precision floating-point number.
	*
	* ## Method
	*
	* -   A rational function of the form
	*
	*     ```tex
	*     x + x^3 \frac{P(x^2)}{Q(x^2)}
	*     ```
	*
	*     is used for \\(\|x\|\\) in the interval \\(\[0, 0.5\]\\). If \\(\|x\| > 0.5\\), it is transformed by the identity
	*
	*     ```tex
	*     \operatorname{asin}(x) = \frac{\pi}{2} - 2 \operatorname{asin}( \sqrt{ (1-x)/2 } )
	*     ```
	*
	* ## Notes
	*
	* -   Relative error:
	*
	*     | arithmetic | domain | # trials | peak    | rms     |
	*     |:-----------|:-------|:---------|:--------|:--------|
	*     | DEC        | -1, 1  | 40000    | 2.6e-17 | 7.1e-18 |
	*     | IEEE       | -1, 1  | 10^6     | 1.9e-16 | 5.4e-17 |
	*
	* @param {number} x - input value
	* @returns {number} arcsine (in radians)
	*
	* @example
	* var v = asin( 0.0 );
	* // returns ~0.0
	*
	* @example
	* var v = asin( 3.141592653589793/4.0 );
	* // returns ~0.903
	*
	* @example
	* var v = asin( -3.141592653589793/6.0 );
	* // returns ~-0.551
	*
	* @example
	* var v = asin( NaN );
	* // returns NaN
	*/
	function asin( x ) {
		var sgn;
		var zz;
		var a;
		var p;
		var z;

		if ( isnan( x ) ) {
			return NaN;
		}
		if ( x > 0.0 ) {
			a = x;
		} else {
			sgn = true;
			a = -x;
		}
		if ( a > 1.0 ) {
			return NaN;
		}
		if ( a > 0.625 ) {
			// arcsin(1-x) = pi/2 - sqrt(2x)(1+R(x))
			zz = 1.0 - a;
			p = zz * ratevalRS( zz );
			zz = sqrt( zz + zz );
			z = PIO4 - zz;
			zz = ( zz*p ) - MOREBITS;
			z -= zz;
			z += PIO4;
		} else {
			if ( a < 1.0e-8 ) {
				return x;
			}
			zz = a * a;
			z = zz * ratevalPQ( zz );
			z = ( a*z ) + a;
		}
		return ( sgn ) ? -z : z;
	}


	// EXPORTS //

	main$Q = asin;
	return main$Q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1h;
var hasRequiredLib$1h;

function requireLib$1h () {
	if (hasRequiredLib$1h) return lib$1h;
	hasRequiredLib$1h = 1;

	/**
	* Compute the arcsine of a double-precision floating-point number.
	*
	* @module @stdlib/math-base-special-asin
	*
	* @example
	* var asin = require( '@stdlib/math-base-special-asin' );
	*
	* var v = asin( 0.0 );
	* // returns 0.0
	*
	* v = asin( 3.141592653589793/4.0 );
	* // returns ~0.903
	*
	* v = asin( -3.141592653589793/6.0 );
	* // returns ~-0.551
	*
	* v = asin( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$Q();


	// EXPORTS //

	lib$1h = main;
	return lib$1h;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$P;
var hasRequiredMain$P;

function requireMain$P () {
	if (hasRequiredMain$P) return main$P;
	hasRequiredMain$P = 1;

	// MAIN //

	/**
	* Computes the absolute value of a double-precision floating-point number `x`.
	*
	* @param {number} x - input value
	* @returns {number} absolute value
	*
	* @example
	* var v = abs( -1.0 );
	* // returns 1.0
	*
	* @example
	* var v = abs( 2.0 );
	* // returns 2.0
	*
	* @example
	* var v = abs( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = abs( -0.0 );
	* // returns 0.0
	*
	* @example
	* var v = abs( NaN );
	* // returns NaN
	*/
	function abs( x ) {
		return Math.abs( x ); // eslint-disable-line stdlib/no-builtin-math
	}


	// EXPORTS //

	main$P = abs;
	return main$P;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1g;
var hasRequiredLib$1g;

function requireLib$1g () {
	if (hasRequiredLib$1g) return lib$1g;
	hasRequiredLib$1g = 1;

	/**
	* Compute an absolute value of a double-precision floating-point number.
	*
	* @module @stdlib/math-base-special-abs
	*
	* @example
	* var abs = require( '@stdlib/math-base-special-abs' );
	*
	* var v = abs( -1.0 );
	* // returns 1.0
	*
	* v = abs( 2.0 );
	* // returns 2.0
	*
	* v = abs( 0.0 );
	* // returns 0.0
	*
	* v = abs( -0.0 );
	* // returns 0.0
	*
	* v = abs( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$P();


	// EXPORTS //

	lib$1g = main;
	return lib$1g;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$O;
var hasRequiredMain$O;

function requireMain$O () {
	if (hasRequiredMain$O) return main$O;
	hasRequiredMain$O = 1;

	// TODO: implementation (?)

	/**
	* Rounds a double-precision floating-point number toward positive infinity.
	*
	* @param {number} x - input value
	* @returns {number} rounded value
	*
	* @example
	* var v = ceil( -4.2 );
	* // returns -4.0
	*
	* @example
	* var v = ceil( 9.99999 );
	* // returns 10.0
	*
	* @example
	* var v = ceil( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = ceil( NaN );
	* // returns NaN
	*/
	var ceil = Math.ceil; // eslint-disable-line stdlib/no-builtin-math


	// EXPORTS //

	main$O = ceil;
	return main$O;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1f;
var hasRequiredLib$1f;

function requireLib$1f () {
	if (hasRequiredLib$1f) return lib$1f;
	hasRequiredLib$1f = 1;

	/**
	* Round a double-precision floating-point number toward positive infinity.
	*
	* @module @stdlib/math-base-special-ceil
	*
	* @example
	* var ceil = require( '@stdlib/math-base-special-ceil' );
	*
	* var v = ceil( -4.2 );
	* // returns -4.0
	*
	* v = ceil( 9.99999 );
	* // returns 10.0
	*
	* v = ceil( 0.0 );
	* // returns 0.0
	*
	* v = ceil( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$O();


	// EXPORTS //

	lib$1f = main;
	return lib$1f;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$N;
var hasRequiredMain$N;

function requireMain$N () {
	if (hasRequiredMain$N) return main$N;
	hasRequiredMain$N = 1;

	// MODULES //

	var floor = requireLib$1l();
	var ceil = requireLib$1f();


	// MAIN //

	/**
	* Rounds a double-precision floating-point number toward zero.
	*
	* @param {number} x - input value
	* @returns {number} rounded value
	*
	* @example
	* var v = trunc( -4.2 );
	* // returns -4.0
	*
	* @example
	* var v = trunc( 9.99999 );
	* // returns 9.0
	*
	* @example
	* var v = trunc( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = trunc( -0.0 );
	* // returns -0.0
	*
	* @example
	* var v = trunc( NaN );
	* // returns NaN
	*
	* @example
	* var v = trunc( Infinity );
	* // returns Infinity
	*
	* @example
	* var v = trunc( -Infinity );
	* // returns -Infinity
	*/
	function trunc( x ) {
		if ( x < 0.0 ) {
			return ceil( x );
		}
		return floor( x );
	}


	// EXPORTS //

	main$N = trunc;
	return main$N;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1e;
var hasRequiredLib$1e;

function requireLib$1e () {
	if (hasRequiredLib$1e) return lib$1e;
	hasRequiredLib$1e = 1;

	/**
	* Round a double-precision floating-point number toward zero.
	*
	* @module @stdlib/math-base-special-trunc
	*
	* @example
	* var trunc = require( '@stdlib/math-base-special-trunc' );
	*
	* var v = trunc( -4.2 );
	* // returns -4.0
	*
	* v = trunc( 9.99999 );
	* // returns 9.0
	*
	* v = trunc( 0.0 );
	* // returns 0.0
	*
	* v = trunc( -0.0 );
	* // returns -0.0
	*
	* v = trunc( NaN );
	* // returns NaN
	*
	* v = trunc( Infinity );
	* // returns Infinity
	*
	* v = trunc( -Infinity );
	* // returns -Infinity
	*/

	// MODULES //

	var main = requireMain$N();


	// EXPORTS //

	lib$1e = main;
	return lib$1e;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1d;
var hasRequiredLib$1d;

function requireLib$1d () {
	if (hasRequiredLib$1d) return lib$1d;
	hasRequiredLib$1d = 1;

	/**
	* The maximum biased base 2 exponent for a double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-max-base2-exponent
	* @type {integer32}
	*
	* @example
	* var FLOAT64_MAX_BASE2_EXPONENT = require( '@stdlib/constants-float64-max-base2-exponent' );
	* // returns 1023
	*/


	// MAIN //

	/**
	* The maximum biased base 2 exponent for a double-precision floating-point number.
	*
	* ```text
	* 11111111110 => 2046 - BIAS = 1023
	* ```
	*
	* where `BIAS = 1023`.
	*
	* @constant
	* @type {integer32}
	* @default 1023
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MAX_BASE2_EXPONENT = 1023|0; // asm type annotation


	// EXPORTS //

	lib$1d = FLOAT64_MAX_BASE2_EXPONENT;
	return lib$1d;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1c;
var hasRequiredLib$1c;

function requireLib$1c () {
	if (hasRequiredLib$1c) return lib$1c;
	hasRequiredLib$1c = 1;

	/**
	* The maximum biased base 2 exponent for a subnormal double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-max-base2-exponent-subnormal
	* @type {integer32}
	*
	* @example
	* var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL = require( '@stdlib/constants-float64-max-base2-exponent-subnormal' );
	* // returns -1023
	*/


	// MAIN //

	/**
	* The maximum biased base 2 exponent for a subnormal double-precision floating-point number.
	*
	* ```text
	* 00000000000 => 0 - BIAS = -1023
	* ```
	*
	* where `BIAS = 1023`.
	*
	* @constant
	* @type {integer32}
	* @default -1023
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL = -1023|0; // asm type annotation


	// EXPORTS //

	lib$1c = FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL;
	return lib$1c;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1b;
var hasRequiredLib$1b;

function requireLib$1b () {
	if (hasRequiredLib$1b) return lib$1b;
	hasRequiredLib$1b = 1;

	/**
	* The minimum biased base 2 exponent for a subnormal double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-min-base2-exponent-subnormal
	* @type {integer32}
	*
	* @example
	* var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL = require( '@stdlib/constants-float64-min-base2-exponent-subnormal' );
	* // returns -1074
	*/


	// MAIN //

	/**
	* The minimum biased base 2 exponent for a subnormal double-precision floating-point number.
	*
	* ```text
	* -(BIAS+(52-1)) = -(1023+51) = -1074
	* ```
	*
	* where `BIAS = 1023` and `52` is the number of digits in the significand.
	*
	* @constant
	* @type {integer32}
	* @default -1074
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL = -1074|0; // asm type annotation


	// EXPORTS //

	lib$1b = FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL;
	return lib$1b;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$M;
var hasRequiredMain$M;

function requireMain$M () {
	if (hasRequiredMain$M) return main$M;
	hasRequiredMain$M = 1;

	// MODULES //

	var PINF = requireLib$1r();
	var NINF = requireLib$1p();


	// MAIN //

	/**
	* Tests if a double-precision floating-point numeric value is infinite.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is infinite
	*
	* @example
	* var bool = isInfinite( Infinity );
	* // returns true
	*
	* @example
	* var bool = isInfinite( -Infinity );
	* // returns true
	*
	* @example
	* var bool = isInfinite( 5.0 );
	* // returns false
	*
	* @example
	* var bool = isInfinite( NaN );
	* // returns false
	*/
	function isInfinite( x ) {
		return (x === PINF || x === NINF);
	}


	// EXPORTS //

	main$M = isInfinite;
	return main$M;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1a;
var hasRequiredLib$1a;

function requireLib$1a () {
	if (hasRequiredLib$1a) return lib$1a;
	hasRequiredLib$1a = 1;

	/**
	* Test if a double-precision floating-point numeric value is infinite.
	*
	* @module @stdlib/math-base-assert-is-infinite
	*
	* @example
	* var isInfinite = require( '@stdlib/math-base-assert-is-infinite' );
	*
	* var bool = isInfinite( Infinity );
	* // returns true
	*
	* bool = isInfinite( -Infinity );
	* // returns true
	*
	* bool = isInfinite( 5.0 );
	* // returns false
	*
	* bool = isInfinite( NaN );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$M();


	// EXPORTS //

	lib$1a = main;
	return lib$1a;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$19;
var hasRequiredLib$19;

function requireLib$19 () {
	if (hasRequiredLib$19) return lib$19;
	hasRequiredLib$19 = 1;

	/**
	* High word mask for the sign bit of a double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-high-word-sign-mask
	* @type {uinteger32}
	*
	* @example
	* var FLOAT64_HIGH_WORD_SIGN_MASK = require( '@stdlib/constants-float64-high-word-sign-mask' );
	* // returns 2147483648
	*/


	// MAIN //

	/**
	* High word mask for the sign bit of a double-precision floating-point number.
	*
	* ## Notes
	*
	* The high word mask for the sign bit of a double-precision floating-point number is an unsigned 32-bit integer with the value \\( 2147483648 \\), which corresponds to the bit sequence
	*
	* ```binarystring
	* 1 00000000000 00000000000000000000
	* ```
	*
	* @constant
	* @type {uinteger32}
	* @default 0x80000000
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_HIGH_WORD_SIGN_MASK = 0x80000000>>>0; // eslint-disable-line id-length


	// EXPORTS //

	lib$19 = FLOAT64_HIGH_WORD_SIGN_MASK;
	return lib$19;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$18;
var hasRequiredLib$18;

function requireLib$18 () {
	if (hasRequiredLib$18) return lib$18;
	hasRequiredLib$18 = 1;

	/**
	* High word mask for excluding the sign bit of a double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-high-word-abs-mask
	* @type {uinteger32}
	*
	* @example
	* var FLOAT64_HIGH_WORD_ABS_MASK = require( '@stdlib/constants-float64-high-word-abs-mask' );
	* // returns 2147483647
	*/


	// MAIN //

	/**
	* High word mask for excluding the sign bit of a double-precision floating-point number.
	*
	* ## Notes
	*
	* The high word mask for excluding the sign bit of a double-precision floating-point number is an unsigned 32-bit integer with the value \\( 2147483647 \\), which corresponds to the bit sequence
	*
	* ```binarystring
	* 0 11111111111 11111111111111111111
	* ```
	*
	* @constant
	* @type {uinteger32}
	* @default 0x7fffffff
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_HIGH_WORD_ABS_MASK = 0x7fffffff>>>0; // eslint-disable-line id-length


	// EXPORTS //

	lib$18 = FLOAT64_HIGH_WORD_ABS_MASK;
	return lib$18;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var indices_1;
var hasRequiredIndices;

function requireIndices () {
	if (hasRequiredIndices) return indices_1;
	hasRequiredIndices = 1;

	// MODULES //

	var isLittleEndian = requireLib$1v();


	// MAIN //

	var indices;
	var HIGH;
	var LOW;

	if ( isLittleEndian === true ) {
		HIGH = 1; // second index
		LOW = 0; // first index
	} else {
		HIGH = 0; // first index
		LOW = 1; // second index
	}
	indices = {
		'HIGH': HIGH,
		'LOW': LOW
	};


	// EXPORTS //

	indices_1 = indices;
	return indices_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var assign$2;
var hasRequiredAssign$2;

function requireAssign$2 () {
	if (hasRequiredAssign$2) return assign$2;
	hasRequiredAssign$2 = 1;

	// MODULES //

	var Uint32Array = requireLib$1H();
	var Float64Array = requireLib$1E();
	var indices = requireIndices();


	// VARIABLES //

	var FLOAT64_VIEW = new Float64Array( 1 );
	var UINT32_VIEW = new Uint32Array( FLOAT64_VIEW.buffer );

	var HIGH = indices.HIGH;
	var LOW = indices.LOW;


	// MAIN //

	/**
	* Splits a double-precision floating-point number into a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the higher order bits? If little endian, the second; if big endian, the first.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @private
	* @param {number} x - input value
	* @param {Collection} out - output array
	* @param {integer} stride - output array stride
	* @param {NonNegativeInteger} offset - output array index offset
	* @returns {Collection} output array
	*
	* @example
	* var Uint32Array = require( '@stdlib/array-uint32' );
	*
	* var out = new Uint32Array( 2 );
	*
	* var w = toWords( 3.14e201, out, 1, 0 );
	* // returns <Uint32Array>[ 1774486211, 2479577218 ]
	*
	* var bool = ( w === out );
	* // returns true
	*/
	function toWords( x, out, stride, offset ) {
		FLOAT64_VIEW[ 0 ] = x;
		out[ offset ] = UINT32_VIEW[ HIGH ];
		out[ offset + stride ] = UINT32_VIEW[ LOW ];
		return out;
	}


	// EXPORTS //

	assign$2 = toWords;
	return assign$2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$L;
var hasRequiredMain$L;

function requireMain$L () {
	if (hasRequiredMain$L) return main$L;
	hasRequiredMain$L = 1;

	// MODULES //

	var fcn = requireAssign$2();


	// MAIN //

	/**
	* Splits a double-precision floating-point number into a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* @param {number} x - input value
	* @returns {Array<number>} output array
	*
	* @example
	* var w = toWords( 3.14e201 );
	* // returns [ 1774486211, 2479577218 ]
	*/
	function toWords( x ) {
		return fcn( x, [ 0>>>0, 0>>>0 ], 1, 0 );
	}


	// EXPORTS //

	main$L = toWords;
	return main$L;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$17;
var hasRequiredLib$17;

function requireLib$17 () {
	if (hasRequiredLib$17) return lib$17;
	hasRequiredLib$17 = 1;

	/**
	* Split a double-precision floating-point number into a higher order word (unsigned 32-bit integer) and a lower order word (unsigned 32-bit integer).
	*
	* @module @stdlib/number-float64-base-to-words
	*
	* @example
	* var toWords = require( '@stdlib/number-float64-base-to-words' );
	*
	* var w = toWords( 3.14e201 );
	* // returns [ 1774486211, 2479577218 ]
	*
	* @example
	* var Uint32Array = require( '@stdlib/array-uint32' );
	* var toWords = require( '@stdlib/number-float64-base-to-words' );
	*
	* var out = new Uint32Array( 2 );
	*
	* var w = toWords.assign( 3.14e201, out, 1, 0 );
	* // returns <Uint32Array>[ 1774486211, 2479577218 ]
	*
	* var bool = ( w === out );
	* // returns true
	*/

	// MODULES //

	var setReadOnly = requireLib$1R();
	var main = requireMain$L();
	var assign = requireAssign$2();


	// MAIN //

	setReadOnly( main, 'assign', assign );


	// EXPORTS //

	lib$17 = main;
	return lib$17;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$K;
var hasRequiredMain$K;

function requireMain$K () {
	if (hasRequiredMain$K) return main$K;
	hasRequiredMain$K = 1;

	// MODULES //

	var SIGN_MASK = requireLib$19();
	var ABS_MASK = requireLib$18();
	var toWords = requireLib$17();
	var getHighWord = requireLib$1u();
	var fromWords = requireLib$1s();


	// VARIABLES //

	// High/low words workspace:
	var WORDS = [ 0, 0 ];


	// MAIN //

	/**
	* Returns a double-precision floating-point number with the magnitude of `x` and the sign of `y`.
	*
	* @param {number} x - number from which to derive a magnitude
	* @param {number} y - number from which to derive a sign
	* @returns {number} a double-precision floating-point number
	*
	* @example
	* var z = copysign( -3.14, 10.0 );
	* // returns 3.14
	*
	* @example
	* var z = copysign( 3.14, -1.0 );
	* // returns -3.14
	*
	* @example
	* var z = copysign( 1.0, -0.0 );
	* // returns -1.0
	*
	* @example
	* var z = copysign( -3.14, -0.0 );
	* // returns -3.14
	*
	* @example
	* var z = copysign( -0.0, 1.0 );
	* // returns 0.0
	*/
	function copysign( x, y ) {
		var hx;
		var hy;

		// Split `x` into higher and lower order words:
		toWords.assign( x, WORDS, 1, 0 );
		hx = WORDS[ 0 ];

		// Turn off the sign bit of `x`:
		hx &= ABS_MASK;

		// Extract the higher order word from `y`:
		hy = getHighWord( y );

		// Leave only the sign bit of `y` turned on:
		hy &= SIGN_MASK;

		// Copy the sign bit of `y` to `x`:
		hx |= hy;

		// Return a new value having the same magnitude as `x`, but with the sign of `y`:
		return fromWords( hx, WORDS[ 1 ] );
	}


	// EXPORTS //

	main$K = copysign;
	return main$K;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$16;
var hasRequiredLib$16;

function requireLib$16 () {
	if (hasRequiredLib$16) return lib$16;
	hasRequiredLib$16 = 1;

	/**
	* Return a double-precision floating-point number with the magnitude of `x` and the sign of `y`.
	*
	* @module @stdlib/math-base-special-copysign
	*
	* @example
	* var copysign = require( '@stdlib/math-base-special-copysign' );
	*
	* var z = copysign( -3.14, 10.0 );
	* // returns 3.14
	*
	* z = copysign( 3.14, -1.0 );
	* // returns -3.14
	*
	* z = copysign( 1.0, -0.0 );
	* // returns -1.0
	*
	* z = copysign( -3.14, -0.0 );
	* // returns -3.14
	*
	* z = copysign( -0.0, 1.0 );
	* // returns 0.0
	*/

	// MODULES //

	var main = requireMain$K();


	// EXPORTS //

	lib$16 = main;
	return lib$16;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$15;
var hasRequiredLib$15;

function requireLib$15 () {
	if (hasRequiredLib$15) return lib$15;
	hasRequiredLib$15 = 1;

	/**
	* Smallest positive double-precision floating-point normal number.
	*
	* @module @stdlib/constants-float64-smallest-normal
	* @type {number}
	*
	* @example
	* var FLOAT64_SMALLEST_NORMAL = require( '@stdlib/constants-float64-smallest-normal' );
	* // returns 2.2250738585072014e-308
	*/


	// MAIN //

	/**
	* The smallest positive double-precision floating-point normal number.
	*
	* ## Notes
	*
	* The number has the value
	*
	* ```tex
	* \frac{1}{2^{1023-1}}
	* ```
	*
	* which corresponds to the bit sequence
	*
	* ```binarystring
	* 0 00000000001 00000000000000000000 00000000000000000000000000000000
	* ```
	*
	* @constant
	* @type {number}
	* @default 2.2250738585072014e-308
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_SMALLEST_NORMAL = 2.2250738585072014e-308;


	// EXPORTS //

	lib$15 = FLOAT64_SMALLEST_NORMAL;
	return lib$15;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var assign$1;
var hasRequiredAssign$1;

function requireAssign$1 () {
	if (hasRequiredAssign$1) return assign$1;
	hasRequiredAssign$1 = 1;

	// MODULES //

	var FLOAT64_SMALLEST_NORMAL = requireLib$15();
	var isInfinite = requireLib$1a();
	var isnan = requireLib$1Q();
	var abs = requireLib$1g();


	// VARIABLES //

	// (1<<52)
	var SCALAR = 4503599627370496;


	// MAIN //

	/**
	* Returns a normal number `y` and exponent `exp` satisfying \\(x = y \cdot 2^\mathrm{exp}\\) and assigns results to a provided output array.
	*
	* @param {number} x - input value
	* @param {Collection} out - output array
	* @param {integer} stride - output array stride
	* @param {NonNegativeInteger} offset - output array index offset
	* @returns {Collection} output array
	*
	* @example
	* var pow = require( '@stdlib/math-base-special-pow' );
	*
	* var out = normalize( 3.14e-319, [ 0.0, 0 ], 1, 0 );
	* // returns [ 1.4141234400356668e-303, -52 ]
	*
	* var y = out[ 0 ];
	* var exp = out[ 1 ];
	*
	* var bool = ( y*pow(2.0,exp) === 3.14e-319 );
	* // returns true
	*
	* @example
	* var out = normalize( 0.0, [ 0.0, 0 ], 1, 0 );
	* // returns [ 0.0, 0 ];
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' );
	*
	* var out = normalize( PINF, [ 0.0, 0 ], 1, 0 );
	* // returns [ Infinity, 0 ]
	*
	* @example
	* var NINF = require( '@stdlib/constants-float64-ninf' );
	*
	* var out = normalize( NINF, [ 0.0, 0 ], 1, 0 );
	* // returns [ -Infinity, 0 ]
	*
	* @example
	* var out = normalize( NaN, [ 0.0, 0 ], 1, 0 );
	* // returns [ NaN, 0 ]
	*/
	function normalize( x, out, stride, offset ) {
		if ( isnan( x ) || isInfinite( x ) ) {
			out[ offset ] = x;
			out[ offset + stride ] = 0;
			return out;
		}
		if ( x !== 0.0 && abs( x ) < FLOAT64_SMALLEST_NORMAL ) {
			out[ offset ] = x * SCALAR;
			out[ offset + stride ] = -52;
			return out;
		}
		out[ offset ] = x;
		out[ offset + stride ] = 0;
		return out;
	}


	// EXPORTS //

	assign$1 = normalize;
	return assign$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$J;
var hasRequiredMain$J;

function requireMain$J () {
	if (hasRequiredMain$J) return main$J;
	hasRequiredMain$J = 1;

	// MODULES //

	var fcn = requireAssign$1();


	// MAIN //

	/**
	* Returns a normal number `y` and exponent `exp` satisfying \\(x = y \cdot 2^\mathrm{exp}\\).
	*
	* @param {number} x - input value
	* @returns {NumberArray} output array
	*
	* @example
	* var pow = require( '@stdlib/math-base-special-pow' );
	*
	* var out = normalize( 3.14e-319 );
	* // returns [ 1.4141234400356668e-303, -52 ]
	*
	* var y = out[ 0 ];
	* var exp = out[ 1 ];
	*
	* var bool = ( y*pow(2.0,exp) === 3.14e-319 );
	* // returns true
	*
	* @example
	* var out = normalize( 0.0 );
	* // returns [ 0.0, 0 ]
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' );
	*
	* var out = normalize( PINF );
	* // returns [ Infinity, 0 ]
	*
	* @example
	* var NINF = require( '@stdlib/constants-float64-ninf' );
	*
	* var out = normalize( NINF );
	* // returns [ -Infinity, 0 ]
	*
	* @example
	* var out = normalize( NaN );
	* // returns [ NaN, 0 ]
	*/
	function normalize( x ) {
		return fcn( x, [ 0.0, 0 ], 1, 0 );
	}


	// EXPORTS //

	main$J = normalize;
	return main$J;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$14;
var hasRequiredLib$14;

function requireLib$14 () {
	if (hasRequiredLib$14) return lib$14;
	hasRequiredLib$14 = 1;

	/**
	* Return a normal number `y` and exponent `exp` satisfying \\(x = y \cdot 2^\mathrm{exp}\\).
	*
	* @module @stdlib/number-float64-base-normalize
	*
	* @example
	* var pow = require( '@stdlib/math-base-special-pow' );
	* var normalize = require( '@stdlib/number-float64-base-normalize' );
	*
	* var out = normalize( 3.14e-319 );
	* // returns [ 1.4141234400356668e-303, -52 ]
	*
	* var y = out[ 0 ];
	* var exp = out[ 1 ];
	*
	* var bool = ( y*pow(2.0, exp) === 3.14e-319 );
	* // returns true
	*
	* @example
	* var Float64Array = require( '@stdlib/array-float64' );
	* var normalize = require( '@stdlib/number-float64-base-normalize' );
	*
	* var out = new Float64Array( 2 );
	*
	* var v = normalize.assign( 3.14e-319, out, 1, 0 );
	* // returns <Float64Array>[ 1.4141234400356668e-303, -52 ]
	*
	* var bool = ( v === out );
	* // returns true
	*/

	// MODULES //

	var setReadOnly = requireLib$1R();
	var main = requireMain$J();
	var assign = requireAssign$1();


	// MAIN //

	setReadOnly( main, 'assign', assign );


	// EXPORTS //

	lib$14 = main;
	return lib$14;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$13;
var hasRequiredLib$13;

function requireLib$13 () {
	if (hasRequiredLib$13) return lib$13;
	hasRequiredLib$13 = 1;

	/**
	* High word mask for the exponent of a double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-high-word-exponent-mask
	* @type {uinteger32}
	*
	* @example
	* var FLOAT64_HIGH_WORD_EXPONENT_MASK = require( '@stdlib/constants-float64-high-word-exponent-mask' );
	* // returns 2146435072
	*/


	// MAIN //

	/**
	* High word mask for the exponent of a double-precision floating-point number.
	*
	* ## Notes
	*
	* The high word mask for the exponent of a double-precision floating-point number is an unsigned 32-bit integer with the value \\( 2146435072 \\), which corresponds to the bit sequence
	*
	* ```binarystring
	* 0 11111111111 00000000000000000000
	* ```
	*
	* @constant
	* @type {uinteger32}
	* @default 0x7ff00000
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_HIGH_WORD_EXPONENT_MASK = 0x7ff00000;


	// EXPORTS //

	lib$13 = FLOAT64_HIGH_WORD_EXPONENT_MASK;
	return lib$13;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$I;
var hasRequiredMain$I;

function requireMain$I () {
	if (hasRequiredMain$I) return main$I;
	hasRequiredMain$I = 1;

	// MODULES //

	var getHighWord = requireLib$1u();
	var EXP_MASK = requireLib$13();
	var BIAS = requireLib$1o();


	// MAIN //

	/**
	* Returns an integer corresponding to the unbiased exponent of a double-precision floating-point number.
	*
	* @param {number} x - input value
	* @returns {integer32} unbiased exponent
	*
	* @example
	* var exp = exponent( 3.14e-307 ); // => 2**-1019 ~ 1e-307
	* // returns -1019
	*
	* @example
	* var exp = exponent( -3.14 );
	* // returns 1
	*
	* @example
	* var exp = exponent( 0.0 );
	* // returns -1023
	*
	* @example
	* var exp = exponent( NaN );
	* // returns 1024
	*/
	function exponent( x ) {
		// Extract from the input value a higher order word (unsigned 32-bit integer) which contains the exponent:
		var high = getHighWord( x );

		// Apply a mask to isolate only the exponent bits and then shift off all bits which are part of the fraction:
		high = ( high & EXP_MASK ) >>> 20;

		// Remove the bias and return:
		return (high - BIAS)|0; // asm type annotation
	}


	// EXPORTS //

	main$I = exponent;
	return main$I;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$12;
var hasRequiredLib$12;

function requireLib$12 () {
	if (hasRequiredLib$12) return lib$12;
	hasRequiredLib$12 = 1;

	/**
	* Return an integer corresponding to the unbiased exponent of a double-precision floating-point number.
	*
	* @module @stdlib/number-float64-base-exponent
	*
	* @example
	* var exponent = require( '@stdlib/number-float64-base-exponent' );
	*
	* var exp = exponent( 3.14e-307 ); // => 2**-1019 ~ 1e-307
	* // returns -1019
	*
	* exp = exponent( -3.14 );
	* // returns 1
	*
	* exp = exponent( 0.0 );
	* // returns -1023
	*
	* exp = exponent( NaN );
	* // returns 1024
	*/

	// MODULES //

	var main = requireMain$I();


	// EXPORTS //

	lib$12 = main;
	return lib$12;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$H;
var hasRequiredMain$H;

function requireMain$H () {
	if (hasRequiredMain$H) return main$H;
	hasRequiredMain$H = 1;

	// NOTES //

	/*
	* => ldexp: load exponent (see [The Open Group]{@link http://pubs.opengroup.org/onlinepubs/9699919799/functions/ldexp.html} and [cppreference]{@link http://en.cppreference.com/w/c/numeric/math/ldexp}).
	*/


	// MODULES //

	var PINF = requireLib$1r();
	var NINF = requireLib$1p();
	var BIAS = requireLib$1o();
	var MAX_EXPONENT = requireLib$1d();
	var MAX_SUBNORMAL_EXPONENT = requireLib$1c();
	var MIN_SUBNORMAL_EXPONENT = requireLib$1b();
	var isnan = requireLib$1Q();
	var isInfinite = requireLib$1a();
	var copysign = requireLib$16();
	var normalize = requireLib$14().assign;
	var floatExp = requireLib$12();
	var toWords = requireLib$17();
	var fromWords = requireLib$1s();


	// VARIABLES //

	// 1/(1<<52) = 1/(2**52) = 1/4503599627370496
	var TWO52_INV = 2.220446049250313e-16;

	// Exponent all 0s: 1 00000000000 11111111111111111111 => 2148532223
	var CLEAR_EXP_MASK = 0x800fffff>>>0; // asm type annotation

	// Normalization workspace:
	var FRAC = [ 0.0, 0.0 ];

	// High/low words workspace:
	var WORDS = [ 0, 0 ];


	// MAIN //

	/**
	* Multiplies a double-precision floating-point number by an integer power of two.
	*
	* @param {number} frac - fraction
	* @param {integer} exp - exponent
	* @returns {number} double-precision floating-point number
	*
	* @example
	* var x = ldexp( 0.5, 3 ); // => 0.5 * 2^3 = 0.5 * 8
	* // returns 4.0
	*
	* @example
	* var x = ldexp( 4.0, -2 ); // => 4 * 2^(-2) = 4 * (1/4)
	* // returns 1.0
	*
	* @example
	* var x = ldexp( 0.0, 20 );
	* // returns 0.0
	*
	* @example
	* var x = ldexp( -0.0, 39 );
	* // returns -0.0
	*
	* @example
	* var x = ldexp( NaN, -101 );
	* // returns NaN
	*
	* @example
	* var x = ldexp( Infinity, 11 );
	* // returns Infinity
	*
	* @example
	* var x = ldexp( -Infinity, -118 );
	* // returns -Infinity
	*/
	function ldexp( frac, exp ) {
		var high;
		var m;
		if (
			exp === 0 ||
			frac === 0.0 || // handles +-0
			isnan( frac ) ||
			isInfinite( frac )
		) {
			return frac;
		}
		// Normalize the input fraction:
		normalize( frac, FRAC, 1, 0 );
		frac = FRAC[ 0 ];
		exp += FRAC[ 1 ];

		// Extract the exponent from `frac` and add it to `exp`:
		exp += floatExp( frac );

		// Check for underflow/overflow...
		if ( exp < MIN_SUBNORMAL_EXPONENT ) {
			return copysign( 0.0, frac );
		}
		if ( exp > MAX_EXPONENT ) {
			if ( frac < 0.0 ) {
				return NINF;
			}
			return PINF;
		}
		// Check for a subnormal and scale accordingly to retain precision...
		if ( exp <= MAX_SUBNORMAL_EXPONENT ) {
			exp += 52;
			m = TWO52_INV;
		} else {
			m = 1.0;
		}
		// Split the fraction into higher and lower order words:
		toWords.assign( frac, WORDS, 1, 0 );
		high = WORDS[ 0 ];

		// Clear the exponent bits within the higher order word:
		high &= CLEAR_EXP_MASK;

		// Set the exponent bits to the new exponent:
		high |= ((exp+BIAS) << 20);

		// Create a new floating-point number:
		return m * fromWords( high, WORDS[ 1 ] );
	}


	// EXPORTS //

	main$H = ldexp;
	return main$H;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$11;
var hasRequiredLib$11;

function requireLib$11 () {
	if (hasRequiredLib$11) return lib$11;
	hasRequiredLib$11 = 1;

	/**
	* Multiply a double-precision floating-point number by an integer power of two.
	*
	* @module @stdlib/math-base-special-ldexp
	*
	* @example
	* var ldexp = require( '@stdlib/math-base-special-ldexp' );
	*
	* var x = ldexp( 0.5, 3 ); // => 0.5 * 2^3 = 0.5 * 8
	* // returns 4.0
	*
	* x = ldexp( 4.0, -2 ); // => 4 * 2^(-2) = 4 * (1/4)
	* // returns 1.0
	*
	* x = ldexp( 0.0, 20 );
	* // returns 0.0
	*
	* x = ldexp( -0.0, 39 );
	* // returns -0.0
	*
	* x = ldexp( NaN, -101 );
	* // returns NaN
	*
	* x = ldexp( Infinity, 11 );
	* // returns Infinity
	*
	* x = ldexp( -Infinity, -118 );
	* // returns -Infinity
	*/

	// MODULES //

	var main = requireMain$H();


	// EXPORTS //

	lib$11 = main;
	return lib$11;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_p$2;
var hasRequiredPolyval_p$2;

function requirePolyval_p$2 () {
	if (hasRequiredPolyval_p$2) return polyval_p$2;
	hasRequiredPolyval_p$2 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.16666666666666602;
		}
		return 0.16666666666666602 + (x * (-0.0027777777777015593 + (x * (0.00006613756321437934 + (x * (-16533902205465252e-22 + (x * 4.1381367970572385e-8))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_p$2 = evalpoly;
	return polyval_p$2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var expmulti_1;
var hasRequiredExpmulti;

function requireExpmulti () {
	if (hasRequiredExpmulti) return expmulti_1;
	hasRequiredExpmulti = 1;

	// MODULES //

	var ldexp = requireLib$11();
	var polyvalP = requirePolyval_p$2();


	// MAIN //

	/**
	* Computes \\(e^{r} 2^k\\) where \\(r = \mathrm{hi} - \mathrm{lo}\\) and \\(|r| \leq \ln(2)/2\\).
	*
	* @private
	* @param {number} hi - upper bound
	* @param {number} lo - lower bound
	* @param {integer} k - power of 2
	* @returns {number} function value
	*/
	function expmulti( hi, lo, k ) {
		var r;
		var t;
		var c;
		var y;

		r = hi - lo;
		t = r * r;
		c = r - ( t*polyvalP( t ) );
		y = 1.0 - ( lo - ( (r*c)/(2.0-c) ) - hi );

		return ldexp( y, k );
	}


	// EXPORTS //

	expmulti_1 = expmulti;
	return expmulti_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$G;
var hasRequiredMain$G;

function requireMain$G () {
	if (hasRequiredMain$G) return main$G;
	hasRequiredMain$G = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var trunc = requireLib$1e();
	var NINF = requireLib$1p();
	var PINF = requireLib$1r();
	var expmulti = requireExpmulti();


	// VARIABLES //

	var LN2_HI = 6.93147180369123816490e-01;
	var LN2_LO = 1.90821492927058770002e-10;
	var LOG2_E = 1.44269504088896338700e+00;
	var OVERFLOW = 7.09782712893383973096e+02;
	var UNDERFLOW = -745.1332191019411;
	var NEARZERO = 1.0 / (1 << 28); // 2^-28
	var NEG_NEARZERO = -NEARZERO;


	// MAIN //

	/**
	* Evaluates the natural exponential function.
	*
	* ## Method
	*
	* 1.  We reduce \\( x \\) to an \\( r \\) so that \\( |r| \leq 0.5 \cdot \ln(2) \approx 0.34658 \\). Given \\( x \\), we find an \\( r \\) and integer \\( k \\) such that
	*
	*     ```tex
	*     \begin{align*}
	*     x &= k \cdot \ln(2) + r \\
	*     |r| &\leq 0.5 \cdot \ln(2)
	*     \end{align*}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     \\( r \\) can be represented as \\( r = \mathrm{hi} - \mathrm{lo} \\) for better accuracy.
	*
	*     <!-- </note> -->
	*
	* 2.  We approximate of \\( e^{r} \\) by a special rational function on the interval \\(\[0,0.34658]\\):
	*
	*     ```tex
	*     \begin{align*}
	*     R\left(r^2\right) &= r \cdot \frac{ e^{r}+1 }{ e^{r}-1 } \\
	*     &= 2 + \frac{r^2}{6} - \frac{r^4}{360} + \ldots
	*     \end{align*}
	*     ```
	*
	*     We use a special Remes algorithm on \\(\[0,0.34658]\\) to generate a polynomial of degree \\(5\\) to approximate \\(R\\). The maximum error of this polynomial approximation is bounded by \\(2^{-59}\\). In other words,
	*
	*     ```tex
	*     R(z) \sim 2 + P_1 z + P_2 z^2 + P_3 z^3 + P_4 z^4 + P_5 z^5
	*     ```
	*
	*     where \\( z = r^2 \\) and
	*
	*     ```tex
	*     \left|  2 + P_1 z + \ldots + P_5 z^5  - R(z) \right| \leq 2^{-59}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     The values of \\( P_1 \\) to \\( P_5 \\) are listed in the source code.
	*
	*     <!-- </note> -->
	*
	*     The computation of \\( e^{r} \\) thus becomes
	*
	*     ```tex
	*     \begin{align*}
	*     e^{r} &= 1 + \frac{2r}{R-r} \\
	*           &= 1 + r + \frac{r \cdot R_1(r)}{2 - R_1(r)}\ \text{for better accuracy}
	*     \end{align*}
	*     ```
	*
	*     where
	*
	*     ```tex
	*     R_1(r) = r - P_1\ r^2 + P_2\ r^4 + \ldots + P_5\ r^{10}
	*     ```
	*
	* 3.  We scale back to obtain \\( e^{x} \\). From step 1, we have
	*
	*     ```tex
	*     e^{x} = 2^k e^{r}
	*     ```
	*
	* ## Special Cases
	*
	* ```tex
	* \begin{align*}
	* e^\infty &= \infty \\
	* e^{-\infty} &= 0 \\
	* e^{\mathrm{NaN}} &= \mathrm{NaN} \\
	* e^0 &= 1\ \mathrm{is\ exact\ for\ finite\ argument\ only}
	* \end{align*}
	* ```
	*
	* ## Notes
	*
	* -   According to an error analysis, the error is always less than \\(1\\) ulp (unit in the last place).
	*
	* -   For an IEEE double,
	*
	*     -   if \\(x > 7.09782712893383973096\mbox{e+}02\\), then \\(e^{x}\\) overflows
	*     -   if \\(x < -7.45133219101941108420\mbox{e+}02\\), then \\(e^{x}\\) underflows
	*
	* -   The hexadecimal values included in the source code are the intended ones for the used constants. Decimal values may be used, provided that the compiler will convert from decimal to binary accurately enough to produce the intended hexadecimal values.
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = exp( 4.0 );
	* // returns ~54.5982
	*
	* @example
	* var v = exp( -9.0 );
	* // returns ~1.234e-4
	*
	* @example
	* var v = exp( 0.0 );
	* // returns 1.0
	*
	* @example
	* var v = exp( NaN );
	* // returns NaN
	*/
	function exp( x ) {
		var hi;
		var lo;
		var k;

		if ( isnan( x ) || x === PINF ) {
			return x;
		}
		if ( x === NINF ) {
			return 0.0;
		}
		if ( x > OVERFLOW ) {
			return PINF;
		}
		if ( x < UNDERFLOW ) {
			return 0.0;
		}
		if (
			x > NEG_NEARZERO &&
			x < NEARZERO
		) {
			return 1.0 + x;
		}
		// Reduce and compute `r = hi - lo` for extra precision...
		if ( x < 0.0 ) {
			k = trunc( (LOG2_E*x) - 0.5 );
		} else {
			k = trunc( (LOG2_E*x) + 0.5 );
		}
		hi = x - (k*LN2_HI);
		lo = k * LN2_LO;

		return expmulti( hi, lo, k );
	}


	// EXPORTS //

	main$G = exp;
	return main$G;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$10;
var hasRequiredLib$10;

function requireLib$10 () {
	if (hasRequiredLib$10) return lib$10;
	hasRequiredLib$10 = 1;

	/**
	* Evaluate the natural exponential function.
	*
	* @module @stdlib/math-base-special-exp
	*
	* @example
	* var exp = require( '@stdlib/math-base-special-exp' );
	*
	* var v = exp( 4.0 );
	* // returns ~54.5982
	*
	* v = exp( -9.0 );
	* // returns ~1.234e-4
	*
	* v = exp( 0.0 );
	* // returns 1.0
	*
	* v = exp( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$G();


	// EXPORTS //

	lib$10 = main;
	return lib$10;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$F;
var hasRequiredMain$F;

function requireMain$F () {
	if (hasRequiredMain$F) return main$F;
	hasRequiredMain$F = 1;

	// MODULES //

	var floor = requireLib$1l();


	// MAIN //

	/**
	* Tests if a finite double-precision floating-point number is an integer.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is an integer
	*
	* @example
	* var bool = isInteger( 1.0 );
	* // returns true
	*
	* @example
	* var bool = isInteger( 3.14 );
	* // returns false
	*/
	function isInteger( x ) {
		return (floor(x) === x);
	}


	// EXPORTS //

	main$F = isInteger;
	return main$F;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$$;
var hasRequiredLib$$;

function requireLib$$ () {
	if (hasRequiredLib$$) return lib$$;
	hasRequiredLib$$ = 1;

	/**
	* Test if a finite double-precision floating-point number is an integer.
	*
	* @module @stdlib/math-base-assert-is-integer
	*
	* @example
	* var isInteger = require( '@stdlib/math-base-assert-is-integer' );
	*
	* var bool = isInteger( 1.0 );
	* // returns true
	*
	* bool = isInteger( 3.14 );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$F();


	// EXPORTS //

	lib$$ = main;
	return lib$$;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$E;
var hasRequiredMain$E;

function requireMain$E () {
	if (hasRequiredMain$E) return main$E;
	hasRequiredMain$E = 1;

	// MODULES //

	var isInteger = requireLib$$();


	// MAIN //

	/**
	* Tests if a finite numeric value is an even number.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is an even number
	*
	* @example
	* var bool = isEven( 5.0 );
	* // returns false
	*
	* @example
	* var bool = isEven( -2.0 );
	* // returns true
	*
	* @example
	* var bool = isEven( 0.0 );
	* // returns true
	*
	* @example
	* var bool = isEven( NaN );
	* // returns false
	*/
	function isEven( x ) {
		return isInteger( x/2.0 );
	}


	// EXPORTS //

	main$E = isEven;
	return main$E;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$_;
var hasRequiredLib$_;

function requireLib$_ () {
	if (hasRequiredLib$_) return lib$_;
	hasRequiredLib$_ = 1;

	/**
	* Test if a finite numeric value is an even number.
	*
	* @module @stdlib/math-base-assert-is-even
	*
	* @example
	* var isEven = require( '@stdlib/math-base-assert-is-even' );
	*
	* var bool = isEven( 5.0 );
	* // returns false
	*
	* bool = isEven( -2.0 );
	* // returns true
	*
	* bool = isEven( 0.0 );
	* // returns true
	*
	* bool = isEven( NaN );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$E();


	// EXPORTS //

	lib$_ = main;
	return lib$_;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$D;
var hasRequiredMain$D;

function requireMain$D () {
	if (hasRequiredMain$D) return main$D;
	hasRequiredMain$D = 1;

	// MODULES //

	var isEven = requireLib$_();


	// MAIN //

	/**
	* Tests if a finite double-precision floating-point number is an odd number.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is an odd number
	*
	* @example
	* var bool = isOdd( 5.0 );
	* // returns true
	*
	* @example
	* var bool = isOdd( -2.0 );
	* // returns false
	*
	* @example
	* var bool = isOdd( 0.0 );
	* // returns false
	*
	* @example
	* var bool = isOdd( NaN );
	* // returns false
	*/
	function isOdd( x ) {
		// Check sign to prevent overflow...
		if ( x > 0.0 ) {
			return isEven( x-1.0 );
		}
		return isEven( x+1.0 );
	}


	// EXPORTS //

	main$D = isOdd;
	return main$D;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$Z;
var hasRequiredLib$Z;

function requireLib$Z () {
	if (hasRequiredLib$Z) return lib$Z;
	hasRequiredLib$Z = 1;

	/**
	* Test if a finite double-precision floating-point number is an odd number.
	*
	* @module @stdlib/math-base-assert-is-odd
	*
	* @example
	* var isOdd = require( '@stdlib/math-base-assert-is-odd' );
	*
	* var bool = isOdd( 5.0 );
	* // returns true
	*
	* bool = isOdd( -2.0 );
	* // returns false
	*
	* bool = isOdd( 0.0 );
	* // returns false
	*
	* bool = isOdd( NaN );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$D();


	// EXPORTS //

	lib$Z = main;
	return lib$Z;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var low$1;
var hasRequiredLow$1;

function requireLow$1 () {
	if (hasRequiredLow$1) return low$1;
	hasRequiredLow$1 = 1;

	// MODULES //

	var isLittleEndian = requireLib$1v();


	// MAIN //

	var LOW;
	if ( isLittleEndian === true ) {
		LOW = 0; // first index
	} else {
		LOW = 1; // second index
	}


	// EXPORTS //

	low$1 = LOW;
	return low$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$C;
var hasRequiredMain$C;

function requireMain$C () {
	if (hasRequiredMain$C) return main$C;
	hasRequiredMain$C = 1;

	// MODULES //

	var Uint32Array = requireLib$1H();
	var Float64Array = requireLib$1E();
	var LOW = requireLow$1();


	// VARIABLES //

	var FLOAT64_VIEW = new Float64Array( 1 );
	var UINT32_VIEW = new Uint32Array( FLOAT64_VIEW.buffer );


	// MAIN //

	/**
	* Sets the less significant 32 bits of a double-precision floating-point number.
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the lower order bits? If little endian, the first; if big endian, the second.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {number} x - double
	* @param {uinteger32} low - unsigned 32-bit integer to replace the lower order word of `x`
	* @returns {number} double having the same higher order word as `x`
	*
	* @example
	* var low = 5 >>> 0; // => 00000000000000000000000000000101
	*
	* var x = 3.14e201; // => 0 11010011100 01001000001011000011 10010011110010110101100010000010
	*
	* var y = setLowWord( x, low ); // => 0 11010011100 01001000001011000011 00000000000000000000000000000101
	* // returns 3.139998651394392e+201
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' );
	* var NINF = require( '@stdlib/constants-float64-ninf' );
	*
	* var low = 12345678;
	*
	* var y = setLowWord( PINF, low );
	* // returns NaN
	*
	* y = setLowWord( NINF, low );
	* // returns NaN
	*
	* y = setLowWord( NaN, low );
	* // returns NaN
	*/
	function setLowWord( x, low ) {
		FLOAT64_VIEW[ 0 ] = x;
		UINT32_VIEW[ LOW ] = ( low >>> 0 ); // identity bit shift to ensure integer
		return FLOAT64_VIEW[ 0 ];
	}


	// EXPORTS //

	main$C = setLowWord;
	return main$C;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$Y;
var hasRequiredLib$Y;

function requireLib$Y () {
	if (hasRequiredLib$Y) return lib$Y;
	hasRequiredLib$Y = 1;

	/**
	* Set the less significant 32 bits of a double-precision floating-point number.
	*
	* @module @stdlib/number-float64-base-set-low-word
	*
	* @example
	* var setLowWord = require( '@stdlib/number-float64-base-set-low-word' );
	*
	* var low = 5 >>> 0; // => 00000000000000000000000000000101
	*
	* var x = 3.14e201; // => 0 11010011100 01001000001011000011 10010011110010110101100010000010
	*
	* var y = setLowWord( x, low ); // => 0 11010011100 01001000001011000011 00000000000000000000000000000101
	* // returns 3.139998651394392e+201
	*
	* @example
	* var PINF = require( '@stdlib/constants-float64-pinf' );
	* var NINF = require( '@stdlib/constants-float64-ninf' );
	* var setLowWord = require( '@stdlib/number-float64-base-set-low-word' );
	*
	* var low = 12345678;
	*
	* var y = setLowWord( PINF, low );
	* // returns NaN
	*
	* y = setLowWord( NINF, low );
	* // returns NaN
	*
	* y = setLowWord( NaN, low );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$C();


	// EXPORTS //

	lib$Y = main;
	return lib$Y;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$B;
var hasRequiredMain$B;

function requireMain$B () {
	if (hasRequiredMain$B) return main$B;
	hasRequiredMain$B = 1;

	// MAIN //

	/**
	* Converts an unsigned 32-bit integer to a signed 32-bit integer.
	*
	* @param {uinteger32} x - unsigned 32-bit integer
	* @returns {integer32} signed 32-bit integer
	*
	* @example
	* var float64ToUint32 = require( '@stdlib/number-float64-base-to-uint32' );
	* var y = uint32ToInt32( float64ToUint32( 4294967295 ) );
	* // returns -1
	*
	* @example
	* var float64ToUint32 = require( '@stdlib/number-float64-base-to-uint32' );
	* var y = uint32ToInt32( float64ToUint32( 3 ) );
	* // returns 3
	*/
	function uint32ToInt32( x ) {
		// NOTE: we could also use typed-arrays to achieve the same end.
		return x|0; // asm type annotation
	}


	// EXPORTS //

	main$B = uint32ToInt32;
	return main$B;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$X;
var hasRequiredLib$X;

function requireLib$X () {
	if (hasRequiredLib$X) return lib$X;
	hasRequiredLib$X = 1;

	/**
	* Convert an unsigned 32-bit integer to a signed 32-bit integer.
	*
	* @module @stdlib/number-uint32-base-to-int32
	*
	* @example
	* var float64ToUint32 = require( '@stdlib/number-float64-base-to-uint32' );
	* var uint32ToInt32 = require( '@stdlib/number-uint32-base-to-int32' );
	*
	* var y = uint32ToInt32( float64ToUint32( 4294967295 ) );
	* // returns -1
	*
	* y = uint32ToInt32( float64ToUint32( 3 ) );
	* // returns 3
	*/

	// MODULES //

	var uint32ToInt32 = requireMain$B();


	// EXPORTS //

	lib$X = uint32ToInt32;
	return lib$X;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var x_is_zero;
var hasRequiredX_is_zero;

function requireX_is_zero () {
	if (hasRequiredX_is_zero) return x_is_zero;
	hasRequiredX_is_zero = 1;

	// MODULES //

	var isOdd = requireLib$Z();
	var copysign = requireLib$16();
	var NINF = requireLib$1p();
	var PINF = requireLib$1r();


	// MAIN //

	/**
	* Evaluates the exponential function when \\(|x| = 0\\).
	*
	* @private
	* @param {number} x - base
	* @param {number} y - exponent
	* @returns {number} function value
	*
	* @example
	* var v = pow( 0.0, 2 );
	* // returns 0.0
	*
	* @example
	* var v = pow( -0.0, -9 );
	* // returns -Infinity
	*
	* @example
	* var v = pow( 0.0, -9 );
	* // returns Infinity
	*
	* @example
	* var v = pow( -0.0, 9 );
	* // returns 0.0
	*
	* @example
	* var v = pow( 0.0, -Infinity  );
	* // returns Infinity
	*
	* @example
	* var v = pow( 0.0, Infinity );
	* // returns 0.0
	*/
	function pow( x, y ) {
		if ( y === NINF ) {
			return PINF;
		}
		if ( y === PINF ) {
			return 0.0;
		}
		if ( y > 0.0 ) {
			if ( isOdd( y ) ) {
				return x; // handles +-0
			}
			return 0.0;
		}
		// y < 0.0
		if ( isOdd( y ) ) {
			return copysign( PINF, x ); // handles +-0
		}
		return PINF;
	}


	// EXPORTS //

	x_is_zero = pow;
	return x_is_zero;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var y_is_huge;
var hasRequiredY_is_huge;

function requireY_is_huge () {
	if (hasRequiredY_is_huge) return y_is_huge;
	hasRequiredY_is_huge = 1;

	// MODULES //

	var ABS_MASK = requireLib$18();
	var getHighWord = requireLib$1u();


	// VARIABLES //

	// 0x3fefffff = 1072693247 => 0 01111111110 11111111111111111111 => biased exponent: 1022 = -1+1023 => 2^-1
	var HIGH_MAX_NEAR_UNITY = 0x3fefffff|0; // asm type annotation

	var HUGE = 1.0e300;
	var TINY = 1.0e-300;


	// MAIN //

	/**
	* Evaluates the exponential function when \\(|y| > 2^64\\).
	*
	* @private
	* @param {number} x - base
	* @param {number} y - exponent
	* @returns {number} overflow or underflow result
	*
	* @example
	* var v = pow( 9.0, 3.6893488147419103e19 );
	* // returns Infinity
	*
	* @example
	* var v = pow( -3.14, -3.6893488147419103e19 );
	* // returns 0.0
	*/
	function pow( x, y ) {
		var ahx;
		var hx;

		hx = getHighWord( x );
		ahx = (hx & ABS_MASK);

		if ( ahx <= HIGH_MAX_NEAR_UNITY ) {
			if ( y < 0 ) {
				// Signal overflow...
				return HUGE * HUGE;
			}
			// Signal underflow...
			return TINY * TINY;
		}
		// `x` has a biased exponent greater than or equal to `0`...

		if ( y > 0 ) {
			// Signal overflow...
			return HUGE * HUGE;
		}
		// Signal underflow...
		return TINY * TINY;
	}


	// EXPORTS //

	y_is_huge = pow;
	return y_is_huge;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var y_is_infinite;
var hasRequiredY_is_infinite;

function requireY_is_infinite () {
	if (hasRequiredY_is_infinite) return y_is_infinite;
	hasRequiredY_is_infinite = 1;

	// MODULES //

	var abs = requireLib$1g();
	var PINF = requireLib$1r();


	// MAIN //

	/**
	* Evaluates the exponential function when \\( y = \pm \infty\\).
	*
	* @private
	* @param {number} x - base
	* @param {number} y - exponent
	* @returns {number} function value
	*
	* @example
	* var v = pow( -1.0, Infinity );
	* // returns NaN
	*
	* @example
	* var v = pow( -1.0, -Infinity  );
	* // returns NaN
	*
	* @example
	* var v = pow( 1.0, Infinity );
	* // returns 1.0
	*
	* @example
	* var v = pow( 1.0, -Infinity  );
	* // returns 1.0
	*
	* @example
	* var v = pow( 0.5, Infinity );
	* // returns 0.0
	*
	* @example
	* var v = pow( 0.5, -Infinity  );
	* // returns Infinity
	*
	* @example
	* var v = pow( 1.5, -Infinity  );
	* // returns 0.0
	*
	* @example
	* var v = pow( 1.5, Infinity );
	* // returns Infinity
	*/
	function pow( x, y ) {
		if ( x === -1 ) {
			// Julia (0.4.2) and Python (2.7.9) return `1.0` (WTF???). JavaScript (`Math.pow`), R, and libm return `NaN`. We choose `NaN`, as the value is indeterminate; i.e., we cannot determine whether `y` is odd, even, or somewhere in between.
			return (x-x)/(x-x); // signal NaN
		}
		if ( x === 1.0 ) {
			return 1.0;
		}
		// (|x| > 1 && y === NINF) || (|x| < 1 && y === PINF)
		if ( (abs(x) < 1.0) === (y === PINF) ) {
			return 0.0;
		}
		// (|x| > 1 && y === PINF) || (|x| < 1 && y === NINF)
		return PINF;
	}


	// EXPORTS //

	y_is_infinite = pow;
	return y_is_infinite;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$W;
var hasRequiredLib$W;

function requireLib$W () {
	if (hasRequiredLib$W) return lib$W;
	hasRequiredLib$W = 1;

	/**
	* Number of significand bits in the high word of a double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-num-high-word-significand-bits
	* @type {integer32}
	*
	* @example
	* var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS = require( '@stdlib/constants-float64-num-high-word-significand-bits' );
	* // returns 20
	*/


	// MAIN //

	/**
	* Number of significand bits in the high word of a double-precision floating-point number.
	*
	* @constant
	* @type {integer32}
	* @default 20
	*/
	var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS = 20|0; // eslint-disable-line id-length


	// EXPORTS //

	lib$W = FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS;
	return lib$W;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_l;
var hasRequiredPolyval_l;

function requirePolyval_l () {
	if (hasRequiredPolyval_l) return polyval_l;
	hasRequiredPolyval_l = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.5999999999999946;
		}
		return 0.5999999999999946 + (x * (0.4285714285785502 + (x * (0.33333332981837743 + (x * (0.272728123808534 + (x * (0.23066074577556175 + (x * 0.20697501780033842))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_l = evalpoly;
	return polyval_l;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var log2ax_1;
var hasRequiredLog2ax;

function requireLog2ax () {
	if (hasRequiredLog2ax) return log2ax_1;
	hasRequiredLog2ax = 1;

	// MODULES //

	var getHighWord = requireLib$1u();
	var setLowWord = requireLib$Y();
	var setHighWord = requireLib$1t();
	var BIAS = requireLib$1o();
	var HIGH_NUM_SIGNIFICAND_BITS = requireLib$W();
	var polyvalL = requirePolyval_l();


	// VARIABLES //

	// 0x000fffff = 1048575 => 0 00000000000 11111111111111111111
	var HIGH_SIGNIFICAND_MASK = 0x000fffff|0; // asm type annotation

	// 0x00100000 = 1048576 => 0 00000000001 00000000000000000000 => biased exponent: 1 = -1022+1023 => 2^-1022
	var HIGH_MIN_NORMAL_EXP = 0x00100000|0; // asm type annotation

	// 0x3ff00000 = 1072693248 => 0 01111111111 00000000000000000000 => biased exponent: 1023 = 0+1023 => 2^0 = 1
	var HIGH_BIASED_EXP_0 = 0x3ff00000|0; // asm type annotation

	// 0x20000000 = 536870912 => 0 01000000000 00000000000000000000 => biased exponent: 512 = -511+1023
	var HIGH_BIASED_EXP_NEG_512 = 0x20000000|0; // asm type annotation

	// 0x00080000 = 524288 => 0 00000000000 10000000000000000000
	var HIGH_SIGNIFICAND_HALF = 0x00080000|0; // asm type annotation

	var TWO53 = 9007199254740992.0;	// 0x43400000, 0x00000000

	// 2/(3*LN2)
	var CP = 9.61796693925975554329e-01; // 0x3FEEC709, 0xDC3A03FD

	// (float)CP
	var CP_HI = 9.61796700954437255859e-01; // 0x3FEEC709, 0xE0000000

	// Low: CP_HI
	var CP_LO = -7.028461650952758e-9; // 0xBE3E2FE0, 0x145B01F5

	var BP = [
		1.0,
		1.5
	];
	var DP_HI = [
		0.0,
		5.84962487220764160156e-01 // 0x3FE2B803, 0x40000000
	];
	var DP_LO = [
		0.0,
		1.35003920212974897128e-08 // 0x3E4CFDEB, 0x43CFD006
	];


	// MAIN //

	/**
	* Computes \\(\operatorname{log2}(ax)\\).
	*
	* @private
	* @param {Array} out - output array
	* @param {number} ax - absolute value of `x`
	* @param {number} ahx - high word of `ax`
	* @returns {Array} output array containing a tuple comprised of high and low parts
	*
	* @example
	* var t = log2ax( [ 0.0, 0.0 ], 9.0, 1075970048 ); // => [ t1, t2 ]
	* // returns [ 3.169923782348633, 0.0000012190936795504075 ]
	*/
	function log2ax( out, ax, ahx ) {
		var tmp;
		var ss; // `hs + ls`
		var s2; // `ss` squared
		var hs;
		var ls;
		var ht;
		var lt;
		var bp; // `BP` constant
		var dp; // `DP` constant
		var hp;
		var lp;
		var hz;
		var lz;
		var t1;
		var t2;
		var t;
		var r;
		var u;
		var v;
		var n;
		var j;
		var k;

		n = 0|0; // asm type annotation

		// Check if `x` is subnormal...
		if ( ahx < HIGH_MIN_NORMAL_EXP ) {
			ax *= TWO53;
			n -= 53|0; // asm type annotation
			ahx = getHighWord( ax );
		}
		// Extract the unbiased exponent of `x`:
		n += ((ahx >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS)|0; // asm type annotation

		// Isolate the significand bits of `x`:
		j = (ahx & HIGH_SIGNIFICAND_MASK)|0; // asm type annotation

		// Normalize `ahx` by setting the (biased) exponent to `1023`:
		ahx = (j | HIGH_BIASED_EXP_0)|0; // asm type annotation

		// Determine the interval of `|x|` by comparing significand bits...

		// |x| < sqrt(3/2)
		if ( j <= 0x3988E ) { // 0 00000000000 00111001100010001110
			k = 0;
		}
		// |x| < sqrt(3)
		else if ( j < 0xBB67A ) { // 0 00000000000 10111011011001111010
			k = 1;
		}
		// |x| >= sqrt(3)
		else {
			k = 0;
			n += 1|0; // asm type annotation
			ahx -= HIGH_MIN_NORMAL_EXP;
		}
		// Load the normalized high word into `|x|`:
		ax = setHighWord( ax, ahx );

		// Compute `ss = hs + ls = (x-1)/(x+1)` or `(x-1.5)/(x+1.5)`:
		bp = BP[ k ]; // BP[0] = 1.0, BP[1] = 1.5
		u = ax - bp; // (x-1) || (x-1.5)
		v = 1.0 / (ax + bp); // 1/(x+1) || 1/(x+1.5)
		ss = u * v;
		hs = setLowWord( ss, 0 ); // set all low word (less significant significand) bits to 0s

		// Compute `ht = ax + bp` (via manipulation, i.e., bit flipping, of the high word):
		tmp = ((ahx>>1) | HIGH_BIASED_EXP_NEG_512) + HIGH_SIGNIFICAND_HALF;
		tmp += (k << 18); // `(k<<18)` can be considered the word equivalent of `1.0` or `1.5`
		ht = setHighWord( 0.0, tmp );
		lt = ax - (ht - bp);
		ls = v * ( ( u - (hs*ht) ) - ( hs*lt ) );

		// Compute `log(ax)`...

		s2 = ss * ss;
		r = s2 * s2 * polyvalL( s2 );
		r += ls * (hs + ss);
		s2 = hs * hs;
		ht = 3.0 + s2 + r;
		ht = setLowWord( ht, 0 );
		lt = r - ((ht-3.0) - s2);

		// u+v = ss*(1+...):
		u = hs * ht;
		v = ( ls*ht ) + ( lt*ss );

		// 2/(3LN2) * (ss+...):
		hp = u + v;
		hp = setLowWord( hp, 0 );
		lp = v - (hp - u);
		hz = CP_HI * hp; // CP_HI+CP_LO = 2/(3*LN2)
		lz = ( CP_LO*hp ) + ( lp*CP ) + DP_LO[ k ];

		// log2(ax) = (ss+...)*2/(3*LN2) = n + dp + hz + lz
		dp = DP_HI[ k ];
		t = n;
		t1 = ((hz+lz) + dp) + t; // log2(ax)
		t1 = setLowWord( t1, 0 );
		t2 = lz - (((t1-t) - dp) - hz);

		out[ 0 ] = t1;
		out[ 1 ] = t2;
		return out;
	}


	// EXPORTS //

	log2ax_1 = log2ax;
	return log2ax_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_w$1;
var hasRequiredPolyval_w$1;

function requirePolyval_w$1 () {
	if (hasRequiredPolyval_w$1) return polyval_w$1;
	hasRequiredPolyval_w$1 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.5;
		}
		return 0.5 + (x * (-0.3333333333333333 + (x * 0.25)));
	}


	// EXPORTS //

	polyval_w$1 = evalpoly;
	return polyval_w$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var logx_1;
var hasRequiredLogx;

function requireLogx () {
	if (hasRequiredLogx) return logx_1;
	hasRequiredLogx = 1;

	// MODULES //

	var setLowWord = requireLib$Y();
	var polyvalW = requirePolyval_w$1();


	// VARIABLES //

	// 1/LN2
	var INV_LN2 = 1.44269504088896338700e+00; // 0x3FF71547, 0x652B82FE

	// High (24 bits): 1/LN2
	var INV_LN2_HI = 1.44269502162933349609e+00; // 0x3FF71547, 0x60000000

	// Low: 1/LN2
	var INV_LN2_LO = 1.92596299112661746887e-08; // 0x3E54AE0B, 0xF85DDF44


	// MAIN //

	/**
	* Computes \\(\operatorname{log}(x)\\) assuming \\(|1-x|\\) is small and using the approximation \\(x - x^2/2 + x^3/3 - x^4/4\\).
	*
	* @private
	* @param {Array} out - output array
	* @param {number} ax - absolute value of `x`
	* @returns {Array} output array containing a tuple comprised of high and low parts
	*
	* @example
	* var t = logx( [ 0.0, 0.0 ], 9.0 ); // => [ t1, t2 ]
	* // returns [ -1265.7236328125, -0.0008163940840404393 ]
	*/
	function logx( out, ax ) {
		var t2;
		var t1;
		var t;
		var w;
		var u;
		var v;

		t = ax - 1.0; // `t` has `20` trailing zeros
		w = t * t * polyvalW( t );
		u = INV_LN2_HI * t; // `INV_LN2_HI` has `21` significant bits
		v = ( t*INV_LN2_LO ) - ( w*INV_LN2 );
		t1 = u + v;
		t1 = setLowWord( t1, 0 );
		t2 = v - (t1 - u);

		out[ 0 ] = t1;
		out[ 1 ] = t2;
		return out;
	}


	// EXPORTS //

	logx_1 = logx;
	return logx_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$V;
var hasRequiredLib$V;

function requireLib$V () {
	if (hasRequiredLib$V) return lib$V;
	hasRequiredLib$V = 1;

	/**
	* Natural logarithm of `2`.
	*
	* @module @stdlib/constants-float64-ln-two
	* @type {number}
	*
	* @example
	* var LN2 = require( '@stdlib/constants-float64-ln-two' );
	* // returns 0.6931471805599453
	*/


	// MAIN //

	/**
	* Natural logarithm of `2`.
	*
	* ```tex
	* \ln 2
	* ```
	*
	* @constant
	* @type {number}
	* @default 0.6931471805599453
	*/
	var LN2 = 6.93147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542001481021e-01; // eslint-disable-line max-len


	// EXPORTS //

	lib$V = LN2;
	return lib$V;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$U;
var hasRequiredLib$U;

function requireLib$U () {
	if (hasRequiredLib$U) return lib$U;
	hasRequiredLib$U = 1;

	/**
	* High word mask for the significand of a double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-high-word-significand-mask
	* @type {uinteger32}
	*
	* @example
	* var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK = require( '@stdlib/constants-float64-high-word-significand-mask' );
	* // returns 1048575
	*/


	// MAIN //

	/**
	* High word mask for the significand of a double-precision floating-point number.
	*
	* ## Notes
	*
	* The high word mask for the significand of a double-precision floating-point number is an unsigned 32-bit integer with the value \\( 1048575 \\), which corresponds to the bit sequence
	*
	* ```binarystring
	* 0 00000000000 11111111111111111111
	* ```
	*
	* @constant
	* @type {uinteger32}
	* @default 0x000fffff
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK = 0x000fffff;


	// EXPORTS //

	lib$U = FLOAT64_HIGH_WORD_SIGNIFICAND_MASK;
	return lib$U;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_p$1;
var hasRequiredPolyval_p$1;

function requirePolyval_p$1 () {
	if (hasRequiredPolyval_p$1) return polyval_p$1;
	hasRequiredPolyval_p$1 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.16666666666666602;
		}
		return 0.16666666666666602 + (x * (-0.0027777777777015593 + (x * (0.00006613756321437934 + (x * (-16533902205465252e-22 + (x * 4.1381367970572385e-8))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_p$1 = evalpoly;
	return polyval_p$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var pow2_1;
var hasRequiredPow2;

function requirePow2 () {
	if (hasRequiredPow2) return pow2_1;
	hasRequiredPow2 = 1;

	// MODULES //

	var getHighWord = requireLib$1u();
	var setHighWord = requireLib$1t();
	var setLowWord = requireLib$Y();
	var uint32ToInt32 = requireLib$X();
	var ldexp = requireLib$11();
	var LN2 = requireLib$V();
	var BIAS = requireLib$1o();
	var ABS_MASK = requireLib$18();
	var HIGH_SIGNIFICAND_MASK = requireLib$U();
	var HIGH_NUM_SIGNIFICAND_BITS = requireLib$W();
	var polyvalP = requirePolyval_p$1();


	// VARIABLES //

	// 0x00100000 = 1048576 => 0 00000000001 00000000000000000000 => biased exponent: 1 = -1022+1023 => 2^-1022
	var HIGH_MIN_NORMAL_EXP = 0x00100000|0; // asm type annotation

	// 0x3fe00000 = 1071644672 => 0 01111111110 00000000000000000000 => biased exponent: 1022 = -1+1023 => 2^-1
	var HIGH_BIASED_EXP_NEG_1 = 0x3fe00000|0; // asm type annotation

	// High: LN2
	var LN2_HI = 6.93147182464599609375e-01; // 0x3FE62E43, 0x00000000

	// Low: LN2
	var LN2_LO = -1.904654299957768e-9; // 0xBE205C61, 0x0CA86C39


	// MAIN //

	/**
	* Computes \\(2^{\mathrm{hp} + \mathrm{lp}\\).
	*
	* @private
	* @param {number} j - high word of `hp + lp`
	* @param {number} hp - first power summand
	* @param {number} lp - second power summand
	* @returns {number} function value
	*
	* @example
	* var z = pow2( 1065961648, -0.3398475646972656, -0.000002438187359100815 );
	* // returns ~0.79
	*/
	function pow2( j, hp, lp ) {
		var tmp;
		var t1;
		var t;
		var r;
		var u;
		var v;
		var w;
		var z;
		var n;
		var i;
		var k;

		i = (j & ABS_MASK)|0; // asm type annotation
		k = ((i>>HIGH_NUM_SIGNIFICAND_BITS) - BIAS)|0; // asm type annotation
		n = 0;

		// `|z| > 0.5`, set `n = z+0.5`
		if ( i > HIGH_BIASED_EXP_NEG_1 ) {
			n = (j + (HIGH_MIN_NORMAL_EXP>>(k+1)))>>>0; // asm type annotation
			k = (((n & ABS_MASK)>>HIGH_NUM_SIGNIFICAND_BITS) - BIAS)|0; // new k for n
			tmp = ((n & ~(HIGH_SIGNIFICAND_MASK >> k)))>>>0; // asm type annotation
			t = setHighWord( 0.0, tmp );
			n = (((n & HIGH_SIGNIFICAND_MASK)|HIGH_MIN_NORMAL_EXP) >> (HIGH_NUM_SIGNIFICAND_BITS-k))>>>0; // eslint-disable-line max-len
			if ( j < 0 ) {
				n = -n;
			}
			hp -= t;
		}
		t = lp + hp;
		t = setLowWord( t, 0 );
		u = t * LN2_HI;
		v = ( (lp - (t-hp))*LN2 ) + ( t*LN2_LO );
		z = u + v;
		w = v - (z - u);
		t = z * z;
		t1 = z - ( t*polyvalP( t ) );
		r = ( (z*t1) / (t1-2.0) ) - ( w + (z*w) );
		z = 1.0 - (r - z);
		j = getHighWord( z );
		j = uint32ToInt32( j );
		j += (n << HIGH_NUM_SIGNIFICAND_BITS)>>>0; // asm type annotation

		// Check for subnormal output...
		if ( (j>>HIGH_NUM_SIGNIFICAND_BITS) <= 0 ) {
			z = ldexp( z, n );
		} else {
			z = setHighWord( z, j );
		}
		return z;
	}


	// EXPORTS //

	pow2_1 = pow2;
	return pow2_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$A;
var hasRequiredMain$A;

function requireMain$A () {
	if (hasRequiredMain$A) return main$A;
	hasRequiredMain$A = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var isOdd = requireLib$Z();
	var isInfinite = requireLib$1a();
	var isInteger = requireLib$$();
	var sqrt = requireLib$1j();
	var abs = requireLib$1g();
	var toWords = requireLib$17();
	var setLowWord = requireLib$Y();
	var uint32ToInt32 = requireLib$X();
	var NINF = requireLib$1p();
	var PINF = requireLib$1r();
	var ABS_MASK = requireLib$18();
	var xIsZero = requireX_is_zero();
	var yIsHuge = requireY_is_huge();
	var yIsInfinite = requireY_is_infinite();
	var log2ax = requireLog2ax();
	var logx = requireLogx();
	var pow2 = requirePow2();


	// VARIABLES //

	// 0x3fefffff = 1072693247 => 0 01111111110 11111111111111111111 => biased exponent: 1022 = -1+1023 => 2^-1
	var HIGH_MAX_NEAR_UNITY = 0x3fefffff|0; // asm type annotation

	// 0x41e00000 = 1105199104 => 0 10000011110 00000000000000000000 => biased exponent: 1054 = 31+1023 => 2^31
	var HIGH_BIASED_EXP_31 = 0x41e00000|0; // asm type annotation

	// 0x43f00000 = 1139802112 => 0 10000111111 00000000000000000000 => biased exponent: 1087 = 64+1023 => 2^64
	var HIGH_BIASED_EXP_64 = 0x43f00000|0; // asm type annotation

	// 0x40900000 = 1083179008 => 0 10000001001 00000000000000000000 => biased exponent: 1033 = 10+1023 => 2^10 = 1024
	var HIGH_BIASED_EXP_10 = 0x40900000|0; // asm type annotation

	// 0x3ff00000 = 1072693248 => 0 01111111111 00000000000000000000 => biased exponent: 1023 = 0+1023 => 2^0 = 1
	var HIGH_BIASED_EXP_0 = 0x3ff00000|0; // asm type annotation

	// 0x4090cc00 = 1083231232 => 0 10000001001 00001100110000000000
	var HIGH_1075 = 0x4090cc00|0; // asm type annotation

	// 0xc090cc00 = 3230714880 => 1 10000001001 00001100110000000000
	var HIGH_NEG_1075 = 0xc090cc00>>>0; // asm type annotation

	var HIGH_NUM_NONSIGN_BITS = 31|0; // asm type annotation

	var HUGE = 1.0e300;
	var TINY = 1.0e-300;

	// -(1024-log2(ovfl+.5ulp))
	var OVT = 8.0085662595372944372e-17;

	// High/low words workspace:
	var WORDS = [ 0|0, 0|0 ];

	// Log workspace:
	var LOG_WORKSPACE = [ 0.0, 0.0 ];


	// MAIN //

	/**
	* Evaluates the exponential function.
	*
	* ## Method
	*
	* 1.  Let \\(x = 2^n (1+f)\\).
	*
	* 2.  Compute \\(\operatorname{log2}(x)\\) as
	*
	*     ```tex
	*     \operatorname{log2}(x) = w_1 + w_2
	*     ```
	*
	*     where \\(w_1\\) has \\(53 - 24 = 29\\) bit trailing zeros.
	*
	* 3.  Compute
	*
	*     ```tex
	*     y \cdot \operatorname{log2}(x) = n + y^\prime
	*     ```
	*
	*     by simulating multi-precision arithmetic, where \\(|y^\prime| \leq 0.5\\).
	*
	* 4.  Return
	*
	*     ```tex
	*     x^y = 2^n e^{y^\prime \cdot \mathrm{log2}}
	*     ```
	*
	* ## Special Cases
	*
	* ```tex
	* \begin{align*}
	* x^{\mathrm{NaN}} &= \mathrm{NaN} & \\
	* (\mathrm{NaN})^y &= \mathrm{NaN} & \\
	* 1^y &= 1 & \\
	* x^0 &= 1 & \\
	* x^1 &= x & \\
	* (\pm 0)^\infty &= +0 & \\
	* (\pm 0)^{-\infty} &= +\infty & \\
	* (+0)^y &= +0 & \mathrm{if}\ y > 0 \\
	* (+0)^y &= +\infty & \mathrm{if}\ y < 0 \\
	* (-0)^y &= -\infty & \mathrm{if}\ y\ \mathrm{is\ an\ odd\ integer\ and}\ y < 0 \\
	* (-0)^y &= +\infty & \mathrm{if}\ y\ \mathrm{is\ not\ an\ odd\ integer\ and}\ y < 0 \\
	* (-0)^y &= -0 & \mathrm{if}\ y\ \mathrm{is\ an\ odd\ integer\ and}\ y > 0 \\
	* (-0)^y &= +0 & \mathrm{if}\ y\ \mathrm{is\ not\ an\ odd\ integer\ and}\ y > 0 \\
	* (-1)^{\pm\infty} &= \mathrm{NaN} & \\
	* x^{\infty} &= +\infty & |x| > 1 \\
	* x^{\infty} &= +0 & |x| < 1 \\
	* x^{-\infty} &= +0 & |x| > 1 \\
	* x^{-\infty} &= +\infty & |x| < 1 \\
	* (-\infty)^y &= (-0)^y & \\
	* \infty^y &= +0 & y < 0 \\
	* \infty^y &= +\infty & y > 0 \\
	* x^y &= \mathrm{NaN} & \mathrm{if}\ y\ \mathrm{is\ not\ a\ finite\ integer\ and}\ x < 0
	* \end{align*}
	* ```
	*
	* ## Notes
	*
	* -   \\(\operatorname{pow}(x,y)\\) returns \\(x^y\\) nearly rounded. In particular, \\(\operatorname{pow}(<\mathrm{integer}>,<\mathrm{integer}>)\\) **always** returns the correct integer, provided the value is representable.
	* -   The hexadecimal values shown in the source code are the intended values for used constants. Decimal values may be used, provided the compiler will accurately convert decimal to binary in order to produce the hexadecimal values.
	*
	* @param {number} x - base
	* @param {number} y - exponent
	* @returns {number} function value
	*
	* @example
	* var v = pow( 2.0, 3.0 );
	* // returns 8.0
	*
	* @example
	* var v = pow( 4.0, 0.5 );
	* // returns 2.0
	*
	* @example
	* var v = pow( 100.0, 0.0 );
	* // returns 1.0
	*
	* @example
	* var v = pow( 3.141592653589793, 5.0 );
	* // returns ~306.0197
	*
	* @example
	* var v = pow( 3.141592653589793, -0.2 );
	* // returns ~0.7954
	*
	* @example
	* var v = pow( NaN, 3.0 );
	* // returns NaN
	*
	* @example
	* var v = pow( 5.0, NaN );
	* // returns NaN
	*
	* @example
	* var v = pow( NaN, NaN );
	* // returns NaN
	*/
	function pow( x, y ) {
		var ahx; // absolute value high word `x`
		var ahy; // absolute value high word `y`
		var ax;  // absolute value `x`
		var hx;  // high word `x`
		var lx;  // low word `x`
		var hy;  // high word `y`
		var ly;  // low word `y`
		var sx;  // sign `x`
		var sy;  // sign `y`
		var y1;
		var hp;
		var lp;
		var t;
		var z;   // y prime
		var j;
		var i;
		if ( isnan( x ) || isnan( y ) ) {
			return NaN;
		}
		// Split `y` into high and low words:
		toWords.assign( y, WORDS, 1, 0 );
		hy = WORDS[ 0 ];
		ly = WORDS[ 1 ];

		// Special cases `y`...
		if ( ly === 0 ) {
			if ( y === 0.0 ) {
				return 1.0;
			}
			if ( y === 1.0 ) {
				return x;
			}
			if ( y === -1 ) {
				return 1.0 / x;
			}
			if ( y === 0.5 ) {
				return sqrt( x );
			}
			if ( y === -0.5 ) {
				return 1.0 / sqrt( x );
			}
			if ( y === 2.0 ) {
				return x * x;
			}
			if ( y === 3.0 ) {
				return x * x * x;
			}
			if ( y === 4.0 ) {
				x *= x;
				return x * x;
			}
			if ( isInfinite( y ) ) {
				return yIsInfinite( x, y );
			}
		}
		// Split `x` into high and low words:
		toWords.assign( x, WORDS, 1, 0 );
		hx = WORDS[ 0 ];
		lx = WORDS[ 1 ];

		// Special cases `x`...
		if ( lx === 0 ) {
			if ( hx === 0 ) {
				return xIsZero( x, y );
			}
			if ( x === 1.0 ) {
				return 1.0;
			}
			if (
				x === -1 &&
				isOdd( y )
			) {
				return -1;
			}
			if ( isInfinite( x ) ) {
				if ( x === NINF ) {
					// `pow( 1/x, -y )`
					return pow( -0, -y );
				}
				if ( y < 0.0 ) {
					return 0.0;
				}
				return PINF;
			}
		}
		if (
			x < 0.0 &&
			isInteger( y ) === false
		) {
			// Signal NaN...
			return (x-x)/(x-x);
		}
		ax = abs( x );

		// Remove the sign bits (i.e., get absolute values):
		ahx = (hx & ABS_MASK)|0; // asm type annotation
		ahy = (hy & ABS_MASK)|0; // asm type annotation

		// Extract the sign bits:
		sx = (hx >>> HIGH_NUM_NONSIGN_BITS)|0; // asm type annotation
		sy = (hy >>> HIGH_NUM_NONSIGN_BITS)|0; // asm type annotation

		// Determine the sign of the result...
		if ( sx && isOdd( y ) ) {
			sx = -1;
		} else {
			sx = 1.0;
		}
		// Case 1: `|y|` is huge...

		// |y| > 2^31
		if ( ahy > HIGH_BIASED_EXP_31 ) {
			// `|y| > 2^64`, then must over- or underflow...
			if ( ahy > HIGH_BIASED_EXP_64 ) {
				return yIsHuge( x, y );
			}
			// Over- or underflow if `x` is not close to unity...

			if ( ahx < HIGH_MAX_NEAR_UNITY ) {
				// y < 0
				if ( sy === 1 ) {
					// Signal overflow...
					return sx * HUGE * HUGE;
				}
				// Signal underflow...
				return sx * TINY * TINY;
			}
			if ( ahx > HIGH_BIASED_EXP_0 ) {
				// y > 0
				if ( sy === 0 ) {
					// Signal overflow...
					return sx * HUGE * HUGE;
				}
				// Signal underflow...
				return sx * TINY * TINY;
			}
			// At this point, `|1-x|` is tiny (`<= 2^-20`). Suffice to compute `log(x)` by `x - x^2/2 + x^3/3 - x^4/4`.
			t = logx( LOG_WORKSPACE, ax );
		}
		// Case 2: `|y|` is not huge...
		else {
			t = log2ax( LOG_WORKSPACE, ax, ahx );
		}
		// Split `y` into `y1 + y2` and compute `(y1+y2) * (t1+t2)`...
		y1 = setLowWord( y, 0 );
		lp = ( (y-y1)*t[0] ) + ( y*t[1] );
		hp = y1 * t[0];
		z = lp + hp;

		// Note: *can* be more performant to use `getHighWord` and `getLowWord` directly, but using `toWords` looks cleaner.
		toWords.assign( z, WORDS, 1, 0 );
		j = uint32ToInt32( WORDS[0] );
		i = uint32ToInt32( WORDS[1] );

		// z >= 1024
		if ( j >= HIGH_BIASED_EXP_10 ) {
			// z > 1024
			if ( ((j-HIGH_BIASED_EXP_10)|i) !== 0 ) {
				// Signal overflow...
				return sx * HUGE * HUGE;
			}
			if ( (lp+OVT) > (z-hp) ) {
				// Signal overflow...
				return sx * HUGE * HUGE;
			}
		}
		// z <= -1075
		else if ( (j&ABS_MASK) >= HIGH_1075 ) {
			// z < -1075
			if ( ((j-HIGH_NEG_1075)|i) !== 0 ) {
				// Signal underflow...
				return sx * TINY * TINY;
			}
			if ( lp <= (z-hp) ) {
				// Signal underflow...
				return sx * TINY * TINY;
			}
		}
		// Compute `2^(hp+lp)`...
		z = pow2( j, hp, lp );

		return sx * z;
	}


	// EXPORTS //

	main$A = pow;
	return main$A;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$T;
var hasRequiredLib$T;

function requireLib$T () {
	if (hasRequiredLib$T) return lib$T;
	hasRequiredLib$T = 1;

	/**
	* Evaluate the exponential function.
	*
	* @module @stdlib/math-base-special-pow
	*
	* @example
	* var pow = require( '@stdlib/math-base-special-pow' );
	*
	* var v = pow( 2.0, 3.0 );
	* // returns 8.0
	*
	* v = pow( 4.0, 0.5 );
	* // returns 2.0
	*
	* v = pow( 100.0, 0.0 );
	* // returns 1.0
	*
	* v = pow( 3.141592653589793, 5.0 );
	* // returns ~306.0197
	*
	* v = pow( 3.141592653589793, -0.2 );
	* // returns ~0.7954
	*
	* v = pow( NaN, 3.0 );
	* // returns NaN
	*
	* v = pow( 5.0, NaN );
	* // returns NaN
	*
	* v = pow( NaN, NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$A();


	// EXPORTS //

	lib$T = main;
	return lib$T;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$S;
var hasRequiredLib$S;

function requireLib$S () {
	if (hasRequiredLib$S) return lib$S;
	hasRequiredLib$S = 1;

	/**
	* Euler's number.
	*
	* @module @stdlib/constants-float64-e
	* @type {number}
	*
	* @example
	* var E = require( '@stdlib/constants-float64-e' );
	* // returns 2.718281828459045
	*/


	// MAIN //

	/**
	* Euler's number.
	*
	* @constant
	* @type {number}
	* @default 2.718281828459045
	* @see [OEIS]{@link https://oeis.org/A001113}
	* @see [Wikipedia]{@link https://en.wikipedia.org/wiki/E_(mathematical_constant)}
	*/
	var E = 2.718281828459045235360287471352662497757247093699959574966;


	// EXPORTS //

	lib$S = E;
	return lib$S;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$R;
var hasRequiredLib$R;

function requireLib$R () {
	if (hasRequiredLib$R) return lib$R;
	hasRequiredLib$R = 1;

	/**
	* Difference between one and the smallest value greater than one that can be represented as a double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-eps
	* @type {number}
	*
	* @example
	* var FLOAT64_EPSILON = require( '@stdlib/constants-float64-eps' );
	* // returns 2.220446049250313e-16
	*/


	// MAIN //

	/**
	* Difference between one and the smallest value greater than one that can be represented as a double-precision floating-point number.
	*
	* ## Notes
	*
	* The difference is
	*
	* ```tex
	* \frac{1}{2^{52}}
	* ```
	*
	* @constant
	* @type {number}
	* @default 2.220446049250313e-16
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	* @see [Machine Epsilon]{@link https://en.wikipedia.org/wiki/Machine_epsilon}
	*/
	var FLOAT64_EPSILON = 2.2204460492503130808472633361816E-16;


	// EXPORTS //

	lib$R = FLOAT64_EPSILON;
	return lib$R;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lanczos_sum_expg_scaled;
var hasRequiredLanczos_sum_expg_scaled;

function requireLanczos_sum_expg_scaled () {
	if (hasRequiredLanczos_sum_expg_scaled) return lanczos_sum_expg_scaled;
	hasRequiredLanczos_sum_expg_scaled = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return Infinity;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = 709811.662581658 + (x * (679979.8474157227 + (x * (293136.7857211597 + (x * (74887.54032914672 + (x * (12555.290582413863 + (x * (1443.4299244417066 + (x * (115.24194596137347 + (x * (6.309239205732627 + (x * (0.22668404630224365 + (x * (0.004826466289237662 + (x * 0.00004624429436045379))))))))))))))))))); // eslint-disable-line max-len
			s2 = 0.0 + (x * (362880.0 + (x * (1026576.0 + (x * (1172700.0 + (x * (723680.0 + (x * (269325.0 + (x * (63273.0 + (x * (9450.0 + (x * (870.0 + (x * (45.0 + (x * 1.0))))))))))))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 0.00004624429436045379 + (x * (0.004826466289237662 + (x * (0.22668404630224365 + (x * (6.309239205732627 + (x * (115.24194596137347 + (x * (1443.4299244417066 + (x * (12555.290582413863 + (x * (74887.54032914672 + (x * (293136.7857211597 + (x * (679979.8474157227 + (x * 709811.662581658))))))))))))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (45.0 + (x * (870.0 + (x * (9450.0 + (x * (63273.0 + (x * (269325.0 + (x * (723680.0 + (x * (1172700.0 + (x * (1026576.0 + (x * (362880.0 + (x * 0.0))))))))))))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	lanczos_sum_expg_scaled = evalrational;
	return lanczos_sum_expg_scaled;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$z;
var hasRequiredMain$z;

function requireMain$z () {
	if (hasRequiredMain$z) return main$z;
	hasRequiredMain$z = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var log1p = requireLib$1k();
	var sqrt = requireLib$1j();
	var abs = requireLib$1g();
	var exp = requireLib$10();
	var pow = requireLib$T();
	var E = requireLib$S();
	var EPSILON = requireLib$R();
	var lanczosSumExpGScaled = requireLanczos_sum_expg_scaled(); // Lanczos approximation scaled by exp(G)


	// VARIABLES //

	var G = 10.90051099999999983936049829935654997826;


	// MAIN //

	/**
	* Evaluates the beta function.
	*
	* @param {NonNegativeNumber} a - input value
	* @param {NonNegativeNumber} b - input value
	* @returns {number} evaluated beta function
	*
	* @example
	* var v = beta( 0.0, 0.5 );
	* // returns Infinity
	*
	* @example
	* var v = beta( 1.0, 1.0 );
	* // returns 1.0
	*
	* @example
	* var v = beta( -1.0, 2.0 );
	* // returns NaN
	*
	* @example
	* var v = beta( 5.0, 0.2 );
	* // returns ~3.382
	*
	* @example
	* var v = beta( 4.0, 1.0 );
	* // returns 0.25
	*
	* @example
	* var v = beta( NaN, 2.0 );
	* // returns NaN
	*/
	function beta( a, b ) {
		var ambh;
		var agh;
		var bgh;
		var cgh;
		var res;
		var tmp;
		var c;

		if ( isnan( a ) || isnan( b ) ) {
			return NaN;
		}
		if ( a < 0.0 || b < 0.0 ) {
			return NaN;
		}
		if ( b === 1.0 ) {
			return 1.0 / a;
		}
		if ( a === 1.0 ) {
			return 1.0 / b;
		}
		c = a + b;
		if ( c < EPSILON ) {
			res = c / a;
			res /= b;
			return res;
		}

		// Special cases:
		if ( c === a && b < EPSILON ) {
			return 1.0 / b;
		}
		if ( c === b && a < EPSILON ) {
			return 1.0 / a;
		}

		if ( a < b ) {
			// Swap `a` and `b`:
			tmp = b;
			b = a;
			a = tmp;
		}

		// Lanczos calculation:
		agh = a + G - 0.5;
		bgh = b + G - 0.5;
		cgh = c + G - 0.5;
		res = lanczosSumExpGScaled( a ) * ( lanczosSumExpGScaled( b )/lanczosSumExpGScaled( c ) ); // eslint-disable-line max-len
		ambh = a - 0.5 - b;
		if ( ( abs( b*ambh ) < ( cgh*100.0 ) ) && a > 100.0 ) {
			// Special case where the base of the power term is close to 1; compute `(1+x)^y` instead:
			res *= exp( ambh * log1p( -b/cgh ) );
		} else {
			res *= pow( agh/cgh, ambh );
		}
		if ( cgh > 1.0e10 ) {
			// This avoids possible overflow, but appears to be marginally less accurate:
			res *= pow( (agh/cgh)*(bgh/cgh), b );
		} else {
			res *= pow( (agh*bgh)/(cgh*cgh), b );
		}
		res *= sqrt( E/bgh );
		return res;
	}


	// EXPORTS //

	main$z = beta;
	return main$z;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$Q;
var hasRequiredLib$Q;

function requireLib$Q () {
	if (hasRequiredLib$Q) return lib$Q;
	hasRequiredLib$Q = 1;

	/**
	* Evaluate the beta function.
	*
	* @module @stdlib/math-base-special-beta
	*
	* @example
	* var beta = require( '@stdlib/math-base-special-beta' );
	*
	* var v = beta( 0.0, 0.5 );
	* // returns Infinity
	*
	* v = beta( 1.0, 1.0 );
	* // returns 1.0
	*
	* v = beta( -1.0, 2.0 );
	* // returns NaN
	*
	* v = beta( 5.0, 0.2 );
	* // returns ~3.382
	*
	* v = beta( 4.0, 1.0 );
	* // returns 0.25
	*
	* v = beta( NaN, 2.0 );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$z();


	// EXPORTS //

	lib$Q = main;
	return lib$Q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$y;
var hasRequiredMain$y;

function requireMain$y () {
	if (hasRequiredMain$y) return main$y;
	hasRequiredMain$y = 1;

	// MODULES //

	var PINF = requireLib$1r();


	// MAIN //

	/**
	* Tests if a double-precision floating-point numeric value is positive zero.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is positive zero
	*
	* @example
	* var bool = isPositiveZero( 0.0 );
	* // returns true
	*
	* @example
	* var bool = isPositiveZero( -0.0 );
	* // returns false
	*/
	function isPositiveZero( x ) {
		return (x === 0.0 && 1.0/x === PINF);
	}


	// EXPORTS //

	main$y = isPositiveZero;
	return main$y;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$P;
var hasRequiredLib$P;

function requireLib$P () {
	if (hasRequiredLib$P) return lib$P;
	hasRequiredLib$P = 1;

	/**
	* Test if a double-precision floating-point numeric value is positive zero.
	*
	* @module @stdlib/math-base-assert-is-positive-zero
	*
	* @example
	* var isPositiveZero = require( '@stdlib/math-base-assert-is-positive-zero' );
	*
	* var bool = isPositiveZero( 0.0 );
	* // returns true
	*
	* bool = isPositiveZero( -0.0 );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$y();


	// EXPORTS //

	lib$P = main;
	return lib$P;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$x;
var hasRequiredMain$x;

function requireMain$x () {
	if (hasRequiredMain$x) return main$x;
	hasRequiredMain$x = 1;

	// MODULES //

	var isPositiveZero = requireLib$P();
	var isnan = requireLib$1Q();
	var PINF = requireLib$1r();


	// MAIN //

	/**
	* Returns the maximum value.
	*
	* @param {number} x - first number
	* @param {number} y - second number
	* @returns {number} maximum value
	*
	* @example
	* var v = max( 3.14, 4.2 );
	* // returns 4.2
	*
	* @example
	* var v = max( 3.14, NaN );
	* // returns NaN
	*
	* @example
	* var v = max( +0.0, -0.0 );
	* // returns +0.0
	*/
	function max( x, y ) {
		if ( isnan( x ) || isnan( y ) ) {
			return NaN;
		}
		if ( x === PINF || y === PINF ) {
			return PINF;
		}
		if ( x === y && x === 0.0 ) {
			if ( isPositiveZero( x ) ) {
				return x;
			}
			return y;
		}
		if ( x > y ) {
			return x;
		}
		return y;
	}


	// EXPORTS //

	main$x = max;
	return main$x;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$O;
var hasRequiredLib$O;

function requireLib$O () {
	if (hasRequiredLib$O) return lib$O;
	hasRequiredLib$O = 1;

	/**
	* Return the maximum value.
	*
	* @module @stdlib/math-base-special-max
	*
	* @example
	* var max = require( '@stdlib/math-base-special-max' );
	*
	* var v = max( 3.14, 4.2 );
	* // returns 4.2
	*
	* v = max( 3.14, NaN );
	* // returns NaN
	*
	* v = max( +0.0, -0.0 );
	* // returns +0.0
	*/

	// MODULES //

	var max = requireMain$x();


	// EXPORTS //

	lib$O = max;
	return lib$O;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$w;
var hasRequiredMain$w;

function requireMain$w () {
	if (hasRequiredMain$w) return main$w;
	hasRequiredMain$w = 1;

	// MODULES //

	var NINF = requireLib$1p();


	// MAIN //

	/**
	* Tests if a double-precision floating-point numeric value is negative zero.
	*
	* @param {number} x - value to test
	* @returns {boolean} boolean indicating whether the value is negative zero
	*
	* @example
	* var bool = isNegativeZero( -0.0 );
	* // returns true
	*
	* @example
	* var bool = isNegativeZero( 0.0 );
	* // returns false
	*/
	function isNegativeZero( x ) {
		return (x === 0.0 && 1.0/x === NINF);
	}


	// EXPORTS //

	main$w = isNegativeZero;
	return main$w;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$N;
var hasRequiredLib$N;

function requireLib$N () {
	if (hasRequiredLib$N) return lib$N;
	hasRequiredLib$N = 1;

	/**
	* Test if a double-precision floating-point numeric value is negative zero.
	*
	* @module @stdlib/math-base-assert-is-negative-zero
	*
	* @example
	* var isNegativeZero = require( '@stdlib/math-base-assert-is-negative-zero' );
	*
	* var bool = isNegativeZero( -0.0 );
	* // returns true
	*
	* bool = isNegativeZero( 0.0 );
	* // returns false
	*/

	// MODULES //

	var main = requireMain$w();


	// EXPORTS //

	lib$N = main;
	return lib$N;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$v;
var hasRequiredMain$v;

function requireMain$v () {
	if (hasRequiredMain$v) return main$v;
	hasRequiredMain$v = 1;

	// MODULES //

	var isNegativeZero = requireLib$N();
	var isnan = requireLib$1Q();
	var NINF = requireLib$1p();


	// MAIN //

	/**
	* Returns the minimum value.
	*
	* @param {number} x - first number
	* @param {number} y - second number
	* @returns {number} minimum value
	*
	* @example
	* var v = min( 3.14, 4.2 );
	* // returns 3.14
	*
	* @example
	* var v = min( 3.14, NaN );
	* // returns NaN
	*
	* @example
	* var v = min( +0.0, -0.0 );
	* // returns -0.0
	*/
	function min( x, y ) {
		if ( isnan( x ) || isnan( y ) ) {
			return NaN;
		}
		if ( x === NINF || y === NINF ) {
			return NINF;
		}
		if ( x === y && x === 0.0 ) {
			if ( isNegativeZero( x ) ) {
				return x;
			}
			return y;
		}
		if ( x < y ) {
			return x;
		}
		return y;
	}


	// EXPORTS //

	main$v = min;
	return main$v;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$M;
var hasRequiredLib$M;

function requireLib$M () {
	if (hasRequiredLib$M) return lib$M;
	hasRequiredLib$M = 1;

	/**
	* Return the minimum value.
	*
	* @module @stdlib/math-base-special-min
	*
	* @example
	* var min = require( '@stdlib/math-base-special-min' );
	*
	* var v = min( 3.14, 4.2 );
	* // returns 3.14
	*
	* v = min( 3.14, NaN );
	* // returns NaN
	*
	* v = min( +0.0, -0.0 );
	* // returns -0.0
	*/

	// MODULES //

	var min = requireMain$v();


	// EXPORTS //

	lib$M = min;
	return lib$M;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$L;
var hasRequiredLib$L;

function requireLib$L () {
	if (hasRequiredLib$L) return lib$L;
	hasRequiredLib$L = 1;

	/**
	* Maximum double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-max
	* @type {number}
	*
	* @example
	* var FLOAT64_MAX = require( '@stdlib/constants-float64-max' );
	* // returns 1.7976931348623157e+308
	*/


	// MAIN //

	/**
	* Maximum double-precision floating-point number.
	*
	* ## Notes
	*
	* The maximum is given by
	*
	* ```tex
	* 2^{1023} (2 - 2^{-52})
	* ```
	*
	* @constant
	* @type {number}
	* @default 1.7976931348623157e+308
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MAX = 1.7976931348623157e+308;


	// EXPORTS //

	lib$L = FLOAT64_MAX;
	return lib$L;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$K;
var hasRequiredLib$K;

function requireLib$K () {
	if (hasRequiredLib$K) return lib$K;
	hasRequiredLib$K = 1;

	/**
	* Maximum signed 32-bit integer.
	*
	* @module @stdlib/constants-int32-max
	* @type {integer32}
	*
	* @example
	* var INT32_MAX = require( '@stdlib/constants-int32-max' );
	* // returns 2147483647
	*/


	// MAIN //

	/**
	* Maximum signed 32-bit integer.
	*
	* ## Notes
	*
	* The number has the value
	*
	* ```tex
	* 2^{31} - 1
	* ```
	*
	* which corresponds to the bit sequence
	*
	* ```binarystring
	* 01111111111111111111111111111111
	* ```
	*
	* @constant
	* @type {integer32}
	* @default 2147483647
	*/
	var INT32_MAX = 2147483647|0; // asm type annotation


	// EXPORTS //

	lib$K = INT32_MAX;
	return lib$K;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$J;
var hasRequiredLib$J;

function requireLib$J () {
	if (hasRequiredLib$J) return lib$J;
	hasRequiredLib$J = 1;

	/**
	* One half times the mathematical constant `π`.
	*
	* @module @stdlib/constants-float64-half-pi
	* @type {number}
	*
	* @example
	* var HALF_PI = require( '@stdlib/constants-float64-half-pi' );
	* // returns 1.5707963267948966
	*/


	// MAIN //

	/**
	* One half times the mathematical constant `π`.
	*
	* @constant
	* @type {number}
	* @default 1.5707963267948966
	* @see [Wikipedia]{@link https://en.wikipedia.org/wiki/Pi}
	*/
	var HALF_PI = 1.5707963267948966;


	// EXPORTS //

	lib$J = HALF_PI;
	return lib$J;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$I;
var hasRequiredLib$I;

function requireLib$I () {
	if (hasRequiredLib$I) return lib$I;
	hasRequiredLib$I = 1;

	/**
	* The mathematical constant `π`.
	*
	* @module @stdlib/constants-float64-pi
	* @type {number}
	*
	* @example
	* var PI = require( '@stdlib/constants-float64-pi' );
	* // returns 3.141592653589793
	*/


	// MAIN //

	/**
	* The mathematical constant `π`.
	*
	* @constant
	* @type {number}
	* @default 3.141592653589793
	* @see [Wikipedia]{@link https://en.wikipedia.org/wiki/Pi}
	*/
	var PI = 3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679; // eslint-disable-line max-len


	// EXPORTS //

	lib$I = PI;
	return lib$I;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c13;
var hasRequiredPolyval_c13;

function requirePolyval_c13 () {
	if (hasRequiredPolyval_c13) return polyval_c13;
	hasRequiredPolyval_c13 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.0416666666666666;
		}
		return 0.0416666666666666 + (x * (-0.001388888888887411 + (x * 0.00002480158728947673))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c13 = evalpoly;
	return polyval_c13;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c46;
var hasRequiredPolyval_c46;

function requirePolyval_c46 () {
	if (hasRequiredPolyval_c46) return polyval_c46;
	hasRequiredPolyval_c46 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -2.7557314351390663e-7;
		}
		return -2.7557314351390663e-7 + (x * (2.087572321298175e-9 + (x * -11359647557788195e-27))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c46 = evalpoly;
	return polyval_c46;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$u;
var hasRequiredMain$u;

function requireMain$u () {
	if (hasRequiredMain$u) return main$u;
	hasRequiredMain$u = 1;

	// MODULES //

	var polyval13 = requirePolyval_c13();
	var polyval46 = requirePolyval_c46();


	// MAIN //

	/**
	* Computes the cosine on \\( \[-\pi/4, \pi/4] \\), where \\( \pi/4 \approx 0.785398164 \\).
	*
	* ## Method
	*
	* -   Since \\( \cos(-x) = \cos(x) \\), we need only to consider positive \\(x\\).
	*
	* -   If \\( x < 2^{-27} \\), return \\(1\\) which is inexact if \\( x \ne 0 \\).
	*
	* -   \\( cos(x) \\) is approximated by a polynomial of degree \\(14\\) on \\( \[0,\pi/4] \\).
	*
	*     ```tex
	*     \cos(x) \approx 1 - \frac{x \cdot x}{2} + C_1 \cdot x^4 + \ldots + C_6 \cdot x^{14}
	*     ```
	*
	*     where the Remez error is
	*
	*     ```tex
	*     \left| \cos(x) - \left( 1 - \frac{x^2}{2} + C_1x^4 + C_2x^6 + C_3x^8 + C_4x^{10} + C_5x^{12} + C_6x^{15} \right) \right| \le 2^{-58}
	*     ```
	*
	* -   Let \\( C_1x^4 + C_2x^6 + C_3x^8 + C_4x^{10} + C_5x^{12} + C_6x^{14} \\), then
	*
	*     ```tex
	*     \cos(x) \approx 1 - \frac{x \cdot x}{2} + r
	*     ```
	*
	*     Since
	*
	*     ```tex
	*     \cos(x+y) \approx \cos(x) - \sin(x) \cdot y \approx \cos(x) - x \cdot y
	*     ```
	*
	*     a correction term is necessary in \\( \cos(x) \\). Hence,
	*
	*     ```tex
	*     \cos(x+y) = 1 - \left( \frac{x \cdot x}{2} - (r - x \cdot y) \right)
	*     ```
	*
	*     For better accuracy, rearrange to
	*
	*     ```tex
	*     \cos(x+y) \approx w + \left( t + ( r - x \cdot y ) \right)
	*     ```
	*
	*     where \\( w = 1 - \frac{x \cdot x}{2} \\) and \\( t \\) is a tiny correction term (\\( 1 - \frac{x \cdot x}{2} = w + t \\) exactly in infinite precision). The exactness of \\(w + t\\) in infinite precision depends on \\(w\\) and \\(t\\) having the same precision as \\(x\\).
	*
	* @param {number} x - input value (in radians, assumed to be bounded by ~pi/4 in magnitude)
	* @param {number} y - tail of `x`
	* @returns {number} cosine
	*
	* @example
	* var v = kernelCos( 0.0, 0.0 );
	* // returns ~1.0
	*
	* @example
	* var v = kernelCos( 3.141592653589793/6.0, 0.0 );
	* // returns ~0.866
	*
	* @example
	* var v = kernelCos( 0.785, -1.144e-17 );
	* // returns ~0.707
	*
	* @example
	* var v = kernelCos( NaN, 0.0 );
	* // returns NaN
	*/
	function kernelCos( x, y ) {
		var hz;
		var r;
		var w;
		var z;

		z = x * x;
		w = z * z;
		r = z * polyval13( z );
		r += w * w * polyval46( z );
		hz = 0.5 * z;
		w = 1.0 - hz;
		return w + ( ((1.0-w) - hz) + ((z*r) - (x*y)) );
	}


	// EXPORTS //

	main$u = kernelCos;
	return main$u;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$H;
var hasRequiredLib$H;

function requireLib$H () {
	if (hasRequiredLib$H) return lib$H;
	hasRequiredLib$H = 1;

	/**
	* Compute the cosine of a number on `[-π/4, π/4]`.
	*
	* @module @stdlib/math-base-special-kernel-cos
	*
	* @example
	* var kernelCos = require( '@stdlib/math-base-special-kernel-cos' );
	*
	* var v = kernelCos( 0.0, 0.0 );
	* // returns ~1.0
	*
	* v = kernelCos( 3.141592653589793/6.0, 0.0 );
	* // returns ~0.866
	*
	* v = kernelCos( 0.785, -1.144e-17 );
	* // returns ~0.707
	*
	* v = kernelCos( NaN, 0.0 );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$u();


	// EXPORTS //

	lib$H = main;
	return lib$H;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$t;
var hasRequiredMain$t;

function requireMain$t () {
	if (hasRequiredMain$t) return main$t;
	hasRequiredMain$t = 1;

	// VARIABLES //

	var S1 = -0.16666666666666632; // 0xBFC55555, 0x55555549
	var S2 = 8.33333333332248946124e-03;  // 0x3F811111, 0x1110F8A6
	var S3 = -1984126982985795e-19; // 0xBF2A01A0, 0x19C161D5
	var S4 = 2.75573137070700676789e-06;  // 0x3EC71DE3, 0x57B1FE7D
	var S5 = -2.5050760253406863e-8; // 0xBE5AE5E6, 0x8A2B9CEB
	var S6 = 1.58969099521155010221e-10;  // 0x3DE5D93A, 0x5ACFD57C


	// MAIN //

	/**
	* Computes the sine on \\( \approx \[-\pi/4, \pi/4] \\) (except on \\(-0\\)), where \\( \pi/4 \approx 0.7854 \\).
	*
	* ## Method
	*
	* -   Since \\( \sin(-x) = -\sin(x) \\), we need only to consider positive \\(x\\).
	*
	* -   Callers must return \\( \sin(-0) = -0 \\) without calling here since our odd polynomial is not evaluated in a way that preserves \\(-0\\). Callers may do the optimization \\( \sin(x) \approx x \\) for tiny \\(x\\).
	*
	* -   \\( \sin(x) \\) is approximated by a polynomial of degree \\(13\\) on \\( \left\[0,\tfrac{pi}{4}\right] \\)
	*
	*     ```tex
	*     \sin(x) \approx x + S_1 \cdot x^3 + \ldots + S_6 \cdot x^{13}
	*     ```
	*
	*     where
	*
	*     ```tex
	*     \left| \frac{\sin(x)}{x} \left( 1 + S_1 \cdot x + S_2 \cdot x + S_3 \cdot x + S_4 \cdot x + S_5 \cdot x + S_6 \cdot x \right) \right| \le 2^{-58}
	*     ```
	*
	* -   We have
	*
	*     ```tex
	*     \sin(x+y) = \sin(x) + \sin'(x') \cdot y \approx \sin(x) + (1-x*x/2) \cdot y
	*     ```
	*
	*     For better accuracy, let
	*
	*     ```tex
	*     r = x^3 * \left( S_2 + x^2 \cdot \left( S_3 + x^2 * \left( S_4 + x^2 \cdot ( S_5+x^2 \cdot S_6 ) \right) \right) \right)
	*     ```
	*
	*     then
	*
	*     ```tex
	*     \sin(x) = x + \left( S_1 \cdot x + ( x \cdot (r-y/2) + y ) \right)
	*     ```
	*
	* @param {number} x - input value (in radians, assumed to be bounded by `~pi/4` in magnitude)
	* @param {number} y - tail of `x`
	* @returns {number} sine
	*
	* @example
	* var v = kernelSin( 0.0, 0.0 );
	* // returns ~0.0
	*
	* @example
	* var v = kernelSin( 3.141592653589793/6.0, 0.0 );
	* // returns ~0.5
	*
	* @example
	* var v = kernelSin( 0.619, 9.279e-18 );
	* // returns ~0.58
	*
	* @example
	* var v = kernelSin( NaN, 0.0 );
	* // returns NaN
	*
	* @example
	* var v = kernelSin( 3.0, NaN );
	* // returns NaN
	*
	* @example
	* var v = kernelSin( NaN, NaN );
	* // returns NaN
	*/
	function kernelSin( x, y ) {
		var r;
		var v;
		var w;
		var z;

		z = x * x;
		w = z * z;
		r = S2 + (z * (S3 + (z*S4))) + (z * w * (S5 + (z*S6)));
		v = z * x;
		if ( y === 0.0 ) {
			return x + (v * (S1 + (z*r)));
		}
		return x - (((z*((0.5*y) - (v*r))) - y) - (v*S1));
	}


	// EXPORTS //

	main$t = kernelSin;
	return main$t;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$G;
var hasRequiredLib$G;

function requireLib$G () {
	if (hasRequiredLib$G) return lib$G;
	hasRequiredLib$G = 1;

	/**
	* Compute the sine of a number on `[-π/4, π/4]`.
	*
	* @module @stdlib/math-base-special-kernel-sin
	*
	* @example
	* var kernelSin = require( '@stdlib/math-base-special-kernel-sin' );
	*
	* var v = kernelSin( 0.0, 0.0 );
	* // returns ~0.0
	*
	* v = kernelSin( 3.141592653589793/6.0, 0.0 );
	* // returns ~0.5
	*
	* v = kernelSin( 0.619, 9.279e-18 );
	* // returns ~0.58
	*
	* v = kernelSin( NaN, 0.0 );
	* // returns NaN
	*
	* v = kernelSin( 3.0, NaN );
	* // returns NaN
	*
	* v = kernelSin( NaN, NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$t();


	// EXPORTS //

	lib$G = main;
	return lib$G;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var low;
var hasRequiredLow;

function requireLow () {
	if (hasRequiredLow) return low;
	hasRequiredLow = 1;

	// MODULES //

	var isLittleEndian = requireLib$1v();


	// MAIN //

	var LOW;
	if ( isLittleEndian === true ) {
		LOW = 0; // first index
	} else {
		LOW = 1; // second index
	}


	// EXPORTS //

	low = LOW;
	return low;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$s;
var hasRequiredMain$s;

function requireMain$s () {
	if (hasRequiredMain$s) return main$s;
	hasRequiredMain$s = 1;

	// MODULES //

	var Uint32Array = requireLib$1H();
	var Float64Array = requireLib$1E();
	var LOW = requireLow();


	// VARIABLES //

	var FLOAT64_VIEW = new Float64Array( 1 );
	var UINT32_VIEW = new Uint32Array( FLOAT64_VIEW.buffer );


	// MAIN //

	/**
	* Returns a 32-bit unsigned integer corresponding to the less significant 32 bits of a double-precision floating-point number.
	*
	* ## Notes
	*
	* ```text
	* float64 (64 bits)
	* f := fraction (significand/mantissa) (52 bits)
	* e := exponent (11 bits)
	* s := sign bit (1 bit)
	*
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |                                Float64                                |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* |              Uint32               |               Uint32              |
	* |-------- -------- -------- -------- -------- -------- -------- --------|
	* ```
	*
	* If little endian (more significant bits last):
	*
	* ```text
	*                         <-- lower      higher -->
	* |   f7       f6       f5       f4       f3       f2    e2 | f1 |s|  e1  |
	* ```
	*
	* If big endian (more significant bits first):
	*
	* ```text
	*                         <-- higher      lower -->
	* |s| e1    e2 | f1     f2       f3       f4       f5        f6      f7   |
	* ```
	*
	* In which Uint32 can we find the lower order bits? If little endian, the first; if big endian, the second.
	*
	* ## References
	*
	* -   [Open Group][1]
	*
	* [1]: http://pubs.opengroup.org/onlinepubs/9629399/chap14.htm
	*
	* @param {number} x - input value
	* @returns {uinteger32} lower order word
	*
	* @example
	* var w = getLowWord( 3.14e201 ); // => 10010011110010110101100010000010
	* // returns 2479577218
	*/
	function getLowWord( x ) {
		FLOAT64_VIEW[ 0 ] = x;
		return UINT32_VIEW[ LOW ];
	}


	// EXPORTS //

	main$s = getLowWord;
	return main$s;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$F;
var hasRequiredLib$F;

function requireLib$F () {
	if (hasRequiredLib$F) return lib$F;
	hasRequiredLib$F = 1;

	/**
	* Return an unsigned 32-bit integer corresponding to the less significant 32 bits of a double-precision floating-point number.
	*
	* @module @stdlib/number-float64-base-get-low-word
	*
	* @example
	* var getLowWord = require( '@stdlib/number-float64-base-get-low-word' );
	*
	* var w = getLowWord( 3.14e201 ); // => 10010011110010110101100010000010
	* // returns 2479577218
	*/

	// MODULES //

	var main = requireMain$s();


	// EXPORTS //

	lib$F = main;
	return lib$F;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$r;
var hasRequiredMain$r;

function requireMain$r () {
	if (hasRequiredMain$r) return main$r;
	hasRequiredMain$r = 1;

	// MAIN //

	/**
	* Returns a filled "generic" array.
	*
	* @param {*} value - fill value
	* @param {NonNegativeInteger} len - array length
	* @returns {Array} filled array
	*
	* @example
	* var out = filled( 0.0, 3 );
	* // returns [ 0.0, 0.0, 0.0 ]
	*
	* @example
	* var out = filled( 'beep', 3 );
	* // returns [ 'beep', 'beep', 'beep' ]
	*/
	function filled( value, len ) {
		var arr;
		var i;

		// Manually push elements in order to ensure "fast" elements...
		arr = [];
		for ( i = 0; i < len; i++ ) {
			arr.push( value );
		}
		return arr;
	}


	// EXPORTS //

	main$r = filled;
	return main$r;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$E;
var hasRequiredLib$E;

function requireLib$E () {
	if (hasRequiredLib$E) return lib$E;
	hasRequiredLib$E = 1;

	/**
	* Create a filled "generic" array.
	*
	* @module @stdlib/array-base-filled
	*
	* @example
	* var filled = require( '@stdlib/array-base-filled' );
	*
	* var out = filled( 0.0, 3 );
	* // returns [ 0.0, 0.0, 0.0 ]
	*
	* @example
	* var filled = require( '@stdlib/array-base-filled' );
	*
	* var out = filled( 'beep', 3 );
	* // returns [ 'beep', 'beep', 'beep' ]
	*/

	// MODULES //

	var main = requireMain$r();


	// EXPORTS //

	lib$E = main;
	return lib$E;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$q;
var hasRequiredMain$q;

function requireMain$q () {
	if (hasRequiredMain$q) return main$q;
	hasRequiredMain$q = 1;

	// MODULES //

	var filled = requireLib$E();


	// MAIN //

	/**
	* Returns a zero-filled "generic" array.
	*
	* @param {NonNegativeInteger} len - array length
	* @returns {Array} output array
	*
	* @example
	* var out = zeros( 3 );
	* // returns [ 0.0, 0.0, 0.0 ]
	*/
	function zeros( len ) {
		return filled( 0.0, len );
	}


	// EXPORTS //

	main$q = zeros;
	return main$q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$D;
var hasRequiredLib$D;

function requireLib$D () {
	if (hasRequiredLib$D) return lib$D;
	hasRequiredLib$D = 1;

	/**
	* Create a zero-filled "generic" array.
	*
	* @module @stdlib/array-base-zeros
	*
	* @example
	* var zeros = require( '@stdlib/array-base-zeros' );
	*
	* var out = zeros( 3 );
	* // returns [ 0.0, 0.0, 0.0 ]
	*/

	// MODULES //

	var main = requireMain$q();


	// EXPORTS //

	lib$D = main;
	return lib$D;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var kernel_rempio2;
var hasRequiredKernel_rempio2;

function requireKernel_rempio2 () {
	if (hasRequiredKernel_rempio2) return kernel_rempio2;
	hasRequiredKernel_rempio2 = 1;

	// MODULES //

	var floor = requireLib$1l();
	var ldexp = requireLib$11();
	var zeros = requireLib$D();


	// VARIABLES //

	/*
	* Table of constants for `2/π` (`396` hex digits, `476` decimal).
	*
	* Integer array which contains the (`24*i`)-th to (`24*i+23`)-th bit of `2/π` after binary point. The corresponding floating value is
	*
	* ```tex
	* \operatorname{ipio2}[i] \cdot 2^{-24(i+1)}
	* ```
	*
	* This table must have at least `(e0-3)/24 + jk` terms. For quad precision (`e0 <= 16360`, `jk = 6`), this is `686`.
	*/
	var IPIO2 = [
		0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
		0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
		0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
		0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
		0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
		0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
		0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
		0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
		0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
		0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
		0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B
	];

	// Double precision array, obtained by cutting `π/2` into `24` bits chunks...
	var PIO2 = [
		1.57079625129699707031e+00, // 0x3FF921FB, 0x40000000
		7.54978941586159635335e-08, // 0x3E74442D, 0x00000000
		5.39030252995776476554e-15, // 0x3CF84698, 0x80000000
		3.28200341580791294123e-22, // 0x3B78CC51, 0x60000000
		1.27065575308067607349e-29, // 0x39F01B83, 0x80000000
		1.22933308981111328932e-36, // 0x387A2520, 0x40000000
		2.73370053816464559624e-44, // 0x36E38222, 0x80000000
		2.16741683877804819444e-51  // 0x3569F31D, 0x00000000
	];
	var TWO24 = 1.67772160000000000000e+07;  // 0x41700000, 0x00000000
	var TWON24 = 5.96046447753906250000e-08; // 0x3E700000, 0x00000000

	// Arrays for storing temporary values (note that, in C, this is not thread safe):
	var F = zeros( 20 );
	var Q = zeros( 20 );
	var FQ = zeros( 20 );
	var IQ = zeros( 20 );


	// FUNCTIONS //

	/**
	* Performs the computation for `kernelRempio2()`.
	*
	* @private
	* @param {PositiveNumber} x - input value
	* @param {(Array|TypedArray|Object)} y - output object for storing double precision numbers
	* @param {integer} jz - number of terms of `ipio2[]` used
	* @param {Array<integer>} q - array with integral values, representing the 24-bits chunk of the product of `x` and `2/π`
	* @param {integer} q0 - the corresponding exponent of `q[0]` (the exponent for `q[i]` would be `q0-24*i`)
	* @param {integer} jk - `jk+1` is the initial number of terms of `IPIO2[]` needed in the computation
	* @param {integer} jv - index for pointing to the suitable `ipio2[]` for the computation
	* @param {integer} jx - `nx - 1`
	* @param {Array<number>} f - `IPIO2[]` in floating point
	* @returns {number} last three binary digits of `N`
	*/
	function compute( x, y, jz, q, q0, jk, jv, jx, f ) {
		var carry;
		var fw;
		var ih;
		var jp;
		var i;
		var k;
		var n;
		var j;
		var z;

		// `jp+1` is the number of terms in `PIO2[]` needed:
		jp = jk;

		// Distill `q[]` into `IQ[]` in reverse order...
		z = q[ jz ];
		j = jz;
		for ( i = 0; j > 0; i++ ) {
			fw = ( TWON24 * z )|0;
			IQ[ i ] = ( z - (TWO24*fw) )|0;
			z = q[ j-1 ] + fw;
			j -= 1;
		}
		// Compute `n`...
		z = ldexp( z, q0 );
		z -= 8.0 * floor( z*0.125 ); // Trim off integer >= 8
		n = z|0;
		z -= n;
		ih = 0;
		if ( q0 > 0 ) {
			// Need `IQ[jz-1]` to determine `n`...
			i = ( IQ[ jz-1 ] >> (24-q0) );
			n += i;
			IQ[ jz-1 ] -= ( i << (24-q0) );
			ih = ( IQ[ jz-1 ] >> (23-q0) );
		}
		else if ( q0 === 0 ) {
			ih = ( IQ[ jz-1 ] >> 23 );
		}
		else if ( z >= 0.5 ) {
			ih = 2;
		}
		// Case: q > 0.5
		if ( ih > 0 ) {
			n += 1;
			carry = 0;

			// Compute `1-q`:
			for ( i = 0; i < jz; i++ ) {
				j = IQ[ i ];
				if ( carry === 0 ) {
					if ( j !== 0 ) {
						carry = 1;
						IQ[ i ] = 0x1000000 - j;
					}
				} else {
					IQ[ i ] = 0xffffff - j;
				}
			}
			if ( q0 > 0 ) {
				// Rare case: chance is 1 in 12...
				switch ( q0 ) { // eslint-disable-line default-case
				case 1:
					IQ[ jz-1 ] &= 0x7fffff;
					break;
				case 2:
					IQ[ jz-1 ] &= 0x3fffff;
					break;
				}
			}
			if ( ih === 2 ) {
				z = 1.0 - z;
				if ( carry !== 0 ) {
					z -= ldexp( 1.0, q0 );
				}
			}
		}
		// Check if re-computation is needed...
		if ( z === 0.0 ) {
			j = 0;
			for ( i = jz-1; i >= jk; i-- ) {
				j |= IQ[ i ];
			}
			if ( j === 0 ) {
				// Need re-computation...
				for ( k = 1; IQ[ jk-k ] === 0; k++ ) {
					// `k` is the number of terms needed...
				}
				for ( i = jz+1; i <= jz+k; i++ ) {
					// Add `q[jz+1]` to `q[jz+k]`...
					f[ jx+i ] = IPIO2[ jv+i ];
					fw = 0.0;
					for ( j = 0; j <= jx; j++ ) {
						fw += x[ j ] * f[ jx + (i-j) ];
					}
					q[ i ] = fw;
				}
				jz += k;
				return compute( x, y, jz, q, q0, jk, jv, jx, f );
			}
			// Chop off zero terms...
			jz -= 1;
			q0 -= 24;
			while ( IQ[ jz ] === 0 ) {
				jz -= 1;
				q0 -= 24;
			}
		} else {
			// Break `z` into 24-bit if necessary...
			z = ldexp( z, -q0 );
			if ( z >= TWO24 ) {
				fw = (TWON24*z)|0;
				IQ[ jz ] = ( z - (TWO24*fw) )|0;
				jz += 1;
				q0 += 24;
				IQ[ jz ] = fw;
			} else {
				IQ[ jz ] = z|0;
			}
		}
		// Convert integer "bit" chunk to floating-point value...
		fw = ldexp( 1.0, q0 );
		for ( i = jz; i >= 0; i-- ) {
			q[ i ] = fw * IQ[i];
			fw *= TWON24;
		}
		// Compute `PIO2[0,...,jp]*q[jz,...,0]`...
		for ( i = jz; i >= 0; i-- ) {
			fw = 0.0;
			for ( k = 0; k <= jp && k <= jz-i; k++ ) {
				fw += PIO2[ k ] * q[ i+k ];
			}
			FQ[ jz-i ] = fw;
		}
		// Compress `FQ[]` into `y[]`...
		fw = 0.0;
		for ( i = jz; i >= 0; i-- ) {
			fw += FQ[ i ];
		}
		if ( ih === 0 ) {
			y[ 0 ] = fw;
		} else {
			y[ 0 ] = -fw;
		}
		fw = FQ[ 0 ] - fw;
		for ( i = 1; i <= jz; i++ ) {
			fw += FQ[i];
		}
		if ( ih === 0 ) {
			y[ 1 ] = fw;
		} else {
			y[ 1 ] = -fw;
		}
		return ( n & 7 );
	}


	// MAIN //

	/**
	* Returns the last three binary digits of `N` with `y = x - Nπ/2` so that `|y| < π/2`.
	*
	* ## Method
	*
	* -   The method is to compute the integer (mod 8) and fraction parts of (2/π) * x without doing the full multiplication. In general, we skip the part of the product that are known to be a huge integer (more accurately, = 0 mod 8 ). Thus the number of operations are independent of the exponent of the input.
	*
	* -   (2/π) is represented by an array of 24-bit integers in `ipio2[]`.
	*
	* -   Input parameters:
	*
	*     -   `x[]` The input value (must be positive) is broken into `nx` pieces of 24-bit integers in double precision format. `x[i]` will be the i-th 24 bit of x. The scaled exponent of `x[0]` is given in input parameter `e0` (i.e., `x[0]*2^e0` match x's up to 24 bits).
	*
	*         Example of breaking a double positive `z` into `x[0]+x[1]+x[2]`:
	*
	*         ```tex
	*         e0 = \mathrm{ilogb}(z) - 23
	*         z = \mathrm{scalbn}(z, -e0)
	*         ```
	*
	*         for `i = 0,1,2`
	*
	*         ```tex
	*         x[i] = \lfloor z \rfloor
	*         z = (z - x[i]) \times 2^{24}
	*         ```
	*
	*     -   `y[]` output result in an array of double precision numbers.
	*
	*         The dimension of `y[]` is:
	*         24-bit precision     1
	*         53-bit precision     2
	*         64-bit precision     2
	*         113-bit precision    3
	*
	*         The actual value is the sum of them. Thus, for 113-bit precision, one may have to do something like:
	*
	*         ```tex
	*         \mathrm{long\ double} \: t, w, r_{\text{head}}, r_{\text{tail}}; \\
	*         t &= (\mathrm{long\ double}) y[2] + (\mathrm{long\ double}) y[1]; \\
	*         w &= (\mathrm{long\ double}) y[0]; \\
	*         r_{\text{head}} &= t + w; \\
	*         r_{\text{tail}} &= w - (r_{\text{head}} - t);
	*         ```
	*
	*     -   `e0` The exponent of `x[0]`. Must be <= 16360 or you need to expand the `ipio2` table.
	*
	*     -   `nx` dimension of `x[]`
	*
	*     -   `prec` an integer indicating the precision:
	*         0 24 bits (single)
	*         1 53 bits (double)
	*         2 64 bits (extended)
	*         3 113 bits (quad)
	*
	* -   External function:
	*
	*     -   double `scalbn()`, `floor()`;
	*
	* -   Here is the description of some local variables:
	*
	*     -   `jk` `jk+1` is the initial number of terms of `ipio2[]` needed in the computation. The minimum and recommended value for `jk` is 3,4,4,6 for single, double, extended, and quad. `jk+1` must be 2 larger than you might expect so that our recomputation test works. (Up to 24 bits in the integer part (the 24 bits of it that we compute) and 23 bits in the fraction part may be lost to cancellation before we recompute.)
	*
	*     -   `jz` local integer variable indicating the number of terms of `ipio2[]` used.
	*
	*     -   `jx` `nx - 1`
	*
	*     -   `jv` index for pointing to the suitable `ipio2[]` for the computation. In general, we want
	*
	*         ```tex
	*         \frac{{2^{e0} \cdot x[0] \cdot \mathrm{ipio2}[jv-1] \cdot 2^{-24jv}}}{{8}}
	*         ```
	*
	*         to be an integer. Thus
	*
	*         ```tex
	*         e0 - 3 - 24 \cdot jv \geq 0 \quad \text{or} \quad \frac{{e0 - 3}}{{24}} \geq jv
	*         ```
	*
	*         Hence
	*
	*         ```tex
	*         jv = \max(0, \frac{{e0 - 3}}{{24}})
	*         ```
	*
	*     -   `jp` `jp+1` is the number of terms in `PIo2[]` needed, `jp = jk`.
	*
	*     -   `q[]` double array with integral value, representing the 24-bits chunk of the product of `x` and `2/π`.
	*
	*     -   `q0` the corresponding exponent of `q[0]`. Note that the exponent for `q[i]` would be `q0-24*i`.
	*
	*     -   `PIo2[]` double precision array, obtained by cutting `π/2` into 24 bits chunks.
	*
	*     -   `f[]` `ipso2[]` in floating point
	*
	*     -   `iq[]` integer array by breaking up `q[]` in 24-bits chunk.
	*
	*     -   `fq[]` final product of `x*(2/π)` in `fq[0],..,fq[jk]`
	*
	*     -   `ih` integer. If >0 it indicates `q[]` is >= 0.5, hence it also indicates the _sign_ of the result.
	*
	* -   Constants:
	*
	*     -   The hexadecimal values are the intended ones for the following constants. The decimal values may be used, provided that the compiler will convert from decimal to binary accurately enough to produce the hexadecimal values shown.
	*
	* @private
	* @param {PositiveNumber} x - input value
	* @param {(Array|TypedArray|Object)} y - remainder elements
	* @param {PositiveInteger} e0 - the exponent of `x[0]` (must be <= 16360)
	* @param {PositiveInteger} nx - dimension of `x[]`
	* @returns {number} last three binary digits of `N`
	*/
	function kernelRempio2( x, y, e0, nx ) {
		var fw;
		var jk;
		var jv;
		var jx;
		var jz;
		var q0;
		var i;
		var j;
		var m;

		// Initialize `jk` for double-precision floating-point numbers:
		jk = 4;

		// Determine `jx`, `jv`, `q0` (note that `q0 < 3`):
		jx = nx - 1;
		jv = ( (e0 - 3) / 24 )|0;
		if ( jv < 0 ) {
			jv = 0;
		}
		q0 = e0 - (24 * (jv + 1));

		// Set up `F[0]` to `F[jx+jk]` where `F[jx+jk] = IPIO2[jv+jk]`:
		j = jv - jx;
		m = jx + jk;
		for ( i = 0; i <= m; i++ ) {
			if ( j < 0 ) {
				F[ i ] = 0.0;
			} else {
				F[ i ] = IPIO2[ j ];
			}
			j += 1;
		}
		// Compute `Q[0],Q[1],...,Q[jk]`:
		for ( i = 0; i <= jk; i++ ) {
			fw = 0.0;
			for ( j = 0; j <= jx; j++ ) {
				fw += x[ j ] * F[ jx + (i-j) ];
			}
			Q[ i ] = fw;
		}
		jz = jk;
		return compute( x, y, jz, Q, q0, jk, jv, jx, F );
	}


	// EXPORTS //

	kernel_rempio2 = kernelRempio2;
	return kernel_rempio2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$p;
var hasRequiredMain$p;

function requireMain$p () {
	if (hasRequiredMain$p) return main$p;
	hasRequiredMain$p = 1;

	// MAIN //

	/**
	* Rounds a numeric value to the nearest integer.
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = round( -4.2 );
	* // returns -4.0
	*
	* @example
	* var v = round( -4.5 );
	* // returns -4.0
	*
	* @example
	* var v = round( -4.6 );
	* // returns -5.0
	*
	* @example
	* var v = round( 9.99999 );
	* // returns 10.0
	*
	* @example
	* var v = round( 9.5 );
	* // returns 10.0
	*
	* @example
	* var v = round( 9.2 );
	* // returns 9.0
	*
	* @example
	* var v = round( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = round( -0.0 );
	* // returns -0.0
	*
	* @example
	* var v = round( Infinity );
	* // returns Infinity
	*
	* @example
	* var v = round( -Infinity );
	* // returns -Infinity
	*
	* @example
	* var v = round( NaN );
	* // returns NaN
	*/
	var round = Math.round; // eslint-disable-line stdlib/no-builtin-math


	// EXPORTS //

	main$p = round;
	return main$p;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$C;
var hasRequiredLib$C;

function requireLib$C () {
	if (hasRequiredLib$C) return lib$C;
	hasRequiredLib$C = 1;

	// TODO: implementation

	/**
	* Round a numeric value to the nearest integer.
	*
	* @module @stdlib/math-base-special-round
	*
	* @example
	* var round = require( '@stdlib/math-base-special-round' );
	*
	* var v = round( -4.2 );
	* // returns -4.0
	*
	* v = round( -4.5 );
	* // returns -4.0
	*
	* v = round( -4.6 );
	* // returns -5.0
	*
	* v = round( 9.99999 );
	* // returns 10.0
	*
	* v = round( 9.5 );
	* // returns 10.0
	*
	* v = round( 9.2 );
	* // returns 9.0
	*
	* v = round( 0.0 );
	* // returns 0.0
	*
	* v = round( -0.0 );
	* // returns -0.0
	*
	* v = round( Infinity );
	* // returns Infinity
	*
	* v = round( -Infinity );
	* // returns -Infinity
	*
	* v = round( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$p();


	// EXPORTS //

	lib$C = main;
	return lib$C;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var rempio2_medium;
var hasRequiredRempio2_medium;

function requireRempio2_medium () {
	if (hasRequiredRempio2_medium) return rempio2_medium;
	hasRequiredRempio2_medium = 1;

	// MODULES //

	var round = requireLib$C();
	var getHighWord = requireLib$1u();


	// VARIABLES //

	// 53 bits of 2/π:
	var INVPIO2 = 6.36619772367581382433e-01; // 0x3FE45F30, 0x6DC9C883

	// First 33 bits of π/2:
	var PIO2_1 = 1.57079632673412561417e+00;  // 0x3FF921FB, 0x54400000

	// PIO2_1T = π/2 - PIO2_1:
	var PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461, 0x1A626331

	// Another 33 bits of π/2:
	var PIO2_2 = 6.07710050630396597660e-11;  // 0x3DD0B461, 0x1A600000

	// PIO2_2T = π/2 - ( PIO2_1 + PIO2_2 ):
	var PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A, 0x2E037073

	// Another 33 bits of π/2:
	var PIO2_3 = 2.02226624871116645580e-21;  // 0x3BA3198A, 0x2E000000

	// PIO2_3T = π/2 - ( PIO2_1 + PIO2_2 + PIO2_3 ):
	var PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A, 0x252049C1

	// Exponent mask (2047 => 0x7ff):
	var EXPONENT_MASK = 0x7ff|0; // asm type annotation


	// MAIN //

	/**
	* Computes `x - nπ/2 = r` for medium-sized inputs.
	*
	* @private
	* @param {number} x - input value
	* @param {uint32} ix - high word of `x`
	* @param {(Array|TypedArray|Object)} y - remainder elements
	* @returns {integer} factor of `π/2`
	*/
	function rempio2Medium( x, ix, y ) {
		var high;
		var n;
		var t;
		var r;
		var w;
		var i;
		var j;

		n = round( x * INVPIO2 );
		r = x - ( n * PIO2_1 );
		w = n * PIO2_1T;

		// First rounding (good to 85 bits)...
		j = (ix >> 20)|0; // asm type annotation
		y[ 0 ] = r - w;
		high = getHighWord( y[0] );
		i = j - ( (high >> 20) & EXPONENT_MASK );

		// Check if a second iteration is needed (good to 118 bits)...
		if ( i > 16 ) {
			t = r;
			w = n * PIO2_2;
			r = t - w;
			w = (n * PIO2_2T) - ((t-r) - w);
			y[ 0 ] = r - w;
			high = getHighWord( y[0] );
			i = j - ( (high >> 20) & EXPONENT_MASK );

			// Check if a third iteration is needed (151 bits accumulated)...
			if ( i > 49 ) {
				t = r;
				w = n * PIO2_3;
				r = t - w;
				w = (n * PIO2_3T) - ((t-r) - w);
				y[ 0 ] = r - w;
			}
		}
		y[ 1 ] = (r - y[0]) - w;
		return n;
	}


	// EXPORTS //

	rempio2_medium = rempio2Medium;
	return rempio2_medium;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/

var main$o;
var hasRequiredMain$o;

function requireMain$o () {
	if (hasRequiredMain$o) return main$o;
	hasRequiredMain$o = 1;

	// MODULES //

	var ABS_MASK = requireLib$18();
	var EXPONENT_MASK = requireLib$13();
	var SIGNIFICAND_MASK = requireLib$U();
	var getHighWord = requireLib$1u();
	var getLowWord = requireLib$F();
	var fromWords = requireLib$1s();
	var rempio2Kernel = requireKernel_rempio2();
	var rempio2Medium = requireRempio2_medium();


	// VARIABLES //

	var ZERO = 0.00000000000000000000e+00;    // 0x00000000, 0x00000000
	var TWO24 = 1.67772160000000000000e+07;   // 0x41700000, 0x00000000

	// 33 bits of π/2:
	var PIO2_1 = 1.57079632673412561417e+00;  // 0x3FF921FB, 0x54400000

	// PIO2_1T = π/2 - PIO2_1:
	var PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461, 0x1A626331
	var TWO_PIO2_1T = 2.0 * PIO2_1T;
	var THREE_PIO2_1T = 3.0 * PIO2_1T;
	var FOUR_PIO2_1T = 4.0 * PIO2_1T;

	// High word significand for π and π/2: 0x921fb = 598523 => 00000000000010010010000111111011
	var PI_HIGH_WORD_SIGNIFICAND = 0x921fb|0; // asm type annotation

	// High word for π/4: 0x3fe921fb = 1072243195 => 00111111111010010010000111111011
	var PIO4_HIGH_WORD = 0x3fe921fb|0; // asm type annotation

	// High word for 3π/4: 0x4002d97c = 1073928572 => 01000000000000101101100101111100
	var THREE_PIO4_HIGH_WORD = 0x4002d97c|0; // asm type annotation

	// High word for 5π/4: 0x400f6a7a = 1074752122 => 01000000000011110110101001111010
	var FIVE_PIO4_HIGH_WORD = 0x400f6a7a|0; // asm type annotation

	// High word for 6π/4: 0x4012d97c = 1074977148 => 01000000000100101101100101111100
	var THREE_PIO2_HIGH_WORD = 0x4012d97c|0; // asm type annotation

	// High word for 7π/4: 0x4015fdbc = 1075183036 => 01000000000101011111110110111100
	var SEVEN_PIO4_HIGH_WORD = 0x4015fdbc|0; // asm type annotation

	// High word for 8π/4: 0x401921fb = 1075388923 => 01000000000110010010000111111011
	var TWO_PI_HIGH_WORD = 0x401921fb|0; // asm type annotation

	// High word for 9π/4: 0x401c463b = 1075594811 => 01000000000111000100011000111011
	var NINE_PIO4_HIGH_WORD = 0x401c463b|0; // asm type annotation

	// 2^20*π/2 = 1647099.3291652855 => 0100000100111001001000011111101101010100010001000010110100011000 => high word => 0x413921fb = 1094263291 => 01000001001110010010000111111011
	var MEDIUM = 0x413921fb|0; // asm type annotation

	// Arrays for storing temporary values:
	var TX = [ 0.0, 0.0, 0.0 ];
	var TY = [ 0.0, 0.0 ];


	// MAIN //

	/**
	* Computes `x - nπ/2 = r`.
	*
	* ## Notes
	*
	* -   Returns `n` and stores the remainder `r` as two numbers `y[0]` and `y[1]`, such that `y[0]+y[1] = r`.
	*
	* @param {number} x - input value
	* @param {(Array|TypedArray|Object)} y - remainder elements
	* @returns {integer} factor of `π/2`
	*
	* @example
	* var y = [ 0.0, 0.0 ];
	* var n = rempio2( 128.0, y );
	* // returns 81
	*
	* var y1 = y[ 0 ];
	* // returns ~0.765
	*
	* var y2 = y[ 1 ];
	* // returns ~3.618e-17
	*
	* @example
	* var y = [ 0.0, 0.0 ];
	* var n = rempio2( NaN, y );
	* // returns 0
	*
	* var y1 = y[ 0 ];
	* // returns NaN
	*
	* var y2 = y[ 1 ];
	* // returns NaN
	*/
	function rempio2( x, y ) {
		var low;
		var e0;
		var hx;
		var ix;
		var nx;
		var i;
		var n;
		var z;

		hx = getHighWord( x )|0; // asm type annotation
		ix = (hx & ABS_MASK)|0; // asm type annotation

		// Case: |x| ~<= π/4 (no need for reduction)
		if ( ix <= PIO4_HIGH_WORD ) {
			y[ 0 ] = x;
			y[ 1 ] = 0.0;
			return 0;
		}
		// Case: |x| ~<= 5π/4
		if ( ix <= FIVE_PIO4_HIGH_WORD ) {
			// Case: |x| ~= π/2 or π
			if ( (ix & SIGNIFICAND_MASK) === PI_HIGH_WORD_SIGNIFICAND ) {
				// Cancellation => use medium case
				return rempio2Medium( x, ix, y );
			}
			// Case: |x| ~<= 3π/4
			if ( ix <= THREE_PIO4_HIGH_WORD ) {
				if ( hx > 0 ) {
					z = x - PIO2_1;
					y[ 0 ] = z - PIO2_1T;
					y[ 1 ] = (z - y[0]) - PIO2_1T;
					return 1;
				}
				z = x + PIO2_1;
				y[ 0 ] = z + PIO2_1T;
				y[ 1 ] = (z - y[0]) + PIO2_1T;
				return -1;
			}
			if ( hx > 0 ) {
				z = x - ( 2.0*PIO2_1 );
				y[ 0 ] = z - TWO_PIO2_1T;
				y[ 1 ] = (z - y[0]) - TWO_PIO2_1T;
				return 2;
			}
			z = x + ( 2.0*PIO2_1 );
			y[ 0 ] = z + TWO_PIO2_1T;
			y[ 1 ] = (z - y[0]) + TWO_PIO2_1T;
			return -2;
		}
		// Case: |x| ~<= 9π/4
		if ( ix <= NINE_PIO4_HIGH_WORD ) {
			// Case: |x| ~<= 7π/4
			if ( ix <= SEVEN_PIO4_HIGH_WORD ) {
				// Case: |x| ~= 3π/2
				if ( ix === THREE_PIO2_HIGH_WORD ) {
					return rempio2Medium( x, ix, y );
				}
				if ( hx > 0 ) {
					z = x - ( 3.0*PIO2_1 );
					y[ 0 ] = z - THREE_PIO2_1T;
					y[ 1 ] = (z - y[0]) - THREE_PIO2_1T;
					return 3;
				}
				z = x + ( 3.0*PIO2_1 );
				y[ 0 ] = z + THREE_PIO2_1T;
				y[ 1 ] = (z - y[0]) + THREE_PIO2_1T;
				return -3;
			}
			// Case: |x| ~= 4π/2
			if ( ix === TWO_PI_HIGH_WORD ) {
				return rempio2Medium( x, ix, y );
			}
			if ( hx > 0 ) {
				z = x - ( 4.0*PIO2_1 );
				y[ 0 ] = z - FOUR_PIO2_1T;
				y[ 1 ] = (z - y[0]) - FOUR_PIO2_1T;
				return 4;
			}
			z = x + ( 4.0*PIO2_1 );
			y[ 0 ] = z + FOUR_PIO2_1T;
			y[ 1 ] = (z - y[0]) + FOUR_PIO2_1T;
			return -4;
		}
		// Case: |x| ~< 2^20*π/2 (medium size)
		if ( ix < MEDIUM ) {
			return rempio2Medium( x, ix, y );
		}
		// Case: x is NaN or infinity
		if ( ix >= EXPONENT_MASK ) {
			y[ 0 ] = NaN;
			y[ 1 ] = NaN;
			return 0.0;
		}
		// Set z = scalbn(|x|, ilogb(x)-23)...
		low = getLowWord( x );
		e0 = (ix >> 20) - 1046; // `e0 = ilogb(z) - 23` => unbiased exponent minus 23
		z = fromWords( ix - ((e0 << 20)|0), low );
		for ( i = 0; i < 2; i++ ) {
			TX[ i ] = z|0;
			z = (z - TX[i]) * TWO24;
		}
		TX[ 2 ] = z;
		nx = 3;
		while ( TX[ nx-1 ] === ZERO ) {
			// Skip zero term...
			nx -= 1;
		}
		n = rempio2Kernel( TX, TY, e0, nx, 1 );
		if ( hx < 0 ) {
			y[ 0 ] = -TY[ 0 ];
			y[ 1 ] = -TY[ 1 ];
			return -n;
		}
		y[ 0 ] = TY[ 0 ];
		y[ 1 ] = TY[ 1 ];
		return n;
	}


	// EXPORTS //

	main$o = rempio2;
	return main$o;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$B;
var hasRequiredLib$B;

function requireLib$B () {
	if (hasRequiredLib$B) return lib$B;
	hasRequiredLib$B = 1;

	/**
	* Compute `x - nπ/2 = r`.
	*
	* @module @stdlib/math-base-special-rempio2
	*
	* @example
	* var rempio2 = require( '@stdlib/math-base-special-rempio2' );
	*
	* var y = [ 0.0, 0.0 ];
	* var n = rempio2( 128.0, y );
	* // returns 81
	*
	* var y1 = y[ 0 ];
	* // returns ~0.765
	*
	* var y2 = y[ 1 ];
	* // returns ~3.618e-17
	*/

	// MODULES //

	var rempio2 = requireMain$o();


	// EXPORTS //

	lib$B = rempio2;
	return lib$B;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$n;
var hasRequiredMain$n;

function requireMain$n () {
	if (hasRequiredMain$n) return main$n;
	hasRequiredMain$n = 1;

	// MODULES //

	var HIGH_WORD_ABS_MASK = requireLib$18();
	var HIGH_WORD_EXPONENT_MASK = requireLib$13();
	var getHighWord = requireLib$1u();
	var kernelCos = requireLib$H();
	var kernelSin = requireLib$G();
	var rempio2 = requireLib$B();


	// VARIABLES //

	// High word for PI/4: 0x3fe921fb = 1072243195 => 00111111111010010010000111111011
	var PIO4_HIGH_WORD = 0x3fe921fb|0; // asm type annotation

	// 2^-26 = 1.4901161193847656e-8 => 0011111001010000000000000000000000000000000000000000000000000000 => high word => 00111110010100000000000000000000 => 0x3e500000 = 1045430272
	var SMALL_HIGH_WORD = 0x3e500000|0; // asm type annotation

	// Array for storing remainder elements:
	var Y = [ 0.0, 0.0 ];


	// MAIN //

	/**
	* Computes the sine of a number.
	*
	* ## Method
	*
	* -   Let \\(S\\), \\(C\\), and \\(T\\) denote the \\(\sin\\), \\(\cos\\), and \\(\tan\\), respectively, on \\(\[-\pi/4, +\pi/4\]\\).
	*
	* -   Reduce the argument \\(x\\) to \\(y1+y2 = x-k\pi/2\\) in \\(\[-\pi/4, +\pi/4\]\\), and let \\(n = k \mod 4\\).
	*
	* -   We have
	*
	*     | n | sin(x) | cos(x) | tan(x) |
	*     | - | ------ | ------ | ------ |
	*     | 0 |   S    |   C    |    T   |
	*     | 1 |   C    |  -S    |  -1/T  |
	*     | 2 |  -S    |  -C    |    T   |
	*     | 3 |  -C    |   S    |  -1/T  |
	*
	* @param {number} x - input value (in radians)
	* @returns {number} sine
	*
	* @example
	* var v = sin( 0.0 );
	* // returns ~0.0
	*
	* @example
	* var v = sin( 3.141592653589793/2.0 );
	* // returns ~1.0
	*
	* @example
	* var v = sin( -3.141592653589793/6.0 );
	* // returns ~-0.5
	*
	* @example
	* var v = sin( NaN );
	* // returns NaN
	*/
	function sin( x ) {
		var ix;
		var n;

		ix = getHighWord( x );
		ix &= HIGH_WORD_ABS_MASK;

		// Case: |x| ~< π/4
		if ( ix <= PIO4_HIGH_WORD ) {
			// Case: |x| ~< 2^-26
			if ( ix < SMALL_HIGH_WORD ) {
				return x;
			}
			return kernelSin( x, 0.0 );
		}
		// Case: x is NaN or infinity
		if ( ix >= HIGH_WORD_EXPONENT_MASK ) {
			return NaN;
		}
		// Argument reduction...
		n = rempio2( x, Y );
		switch ( n & 3 ) {
		case 0:
			return kernelSin( Y[ 0 ], Y[ 1 ] );
		case 1:
			return kernelCos( Y[ 0 ], Y[ 1 ] );
		case 2:
			return -kernelSin( Y[ 0 ], Y[ 1 ] );
		default:
			return -kernelCos( Y[ 0 ], Y[ 1 ] );
		}
	}


	// EXPORTS //

	main$n = sin;
	return main$n;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$A;
var hasRequiredLib$A;

function requireLib$A () {
	if (hasRequiredLib$A) return lib$A;
	hasRequiredLib$A = 1;

	/**
	* Compute the sine of a number.
	*
	* @module @stdlib/math-base-special-sin
	*
	* @example
	* var sin = require( '@stdlib/math-base-special-sin' );
	*
	* var v = sin( 0.0 );
	* // returns ~0.0
	*
	* v = sin( 3.141592653589793/2.0 );
	* // returns ~1.0
	*
	* v = sin( -3.141592653589793/6.0 );
	* // returns ~-0.5
	*
	* v = sin( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$n();


	// EXPORTS //

	lib$A = main;
	return lib$A;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$z;
var hasRequiredLib$z;

function requireLib$z () {
	if (hasRequiredLib$z) return lib$z;
	hasRequiredLib$z = 1;

	/**
	* Square root of the mathematical constant `π` times `2`.
	*
	* @module @stdlib/constants-float64-sqrt-two-pi
	* @type {number}
	*
	* @example
	* var SQRT_TWO_PI = require( '@stdlib/constants-float64-sqrt-two-pi' );
	* // returns 2.5066282746310007
	*/


	// MAIN //

	/**
	* Square root of the mathematical constant `π` times `2`.
	*
	* @constant
	* @type {number}
	* @default 2.5066282746310007
	* @see [Wikipedia]{@link https://en.wikipedia.org/wiki/Pi}
	*/
	var SQRT_TWO_PI = 2.506628274631000502415765284811045253e+00;


	// EXPORTS //

	lib$z = SQRT_TWO_PI;
	return lib$z;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_s$1;
var hasRequiredPolyval_s$1;

function requirePolyval_s$1 () {
	if (hasRequiredPolyval_s$1) return polyval_s$1;
	hasRequiredPolyval_s$1 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.08333333333334822;
		}
		return 0.08333333333334822 + (x * (0.0034722222160545866 + (x * (-0.0026813261780578124 + (x * (-22954996161337813e-20 + (x * 0.0007873113957930937))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_s$1 = evalpoly;
	return polyval_s$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/

var stirling_approximation;
var hasRequiredStirling_approximation;

function requireStirling_approximation () {
	if (hasRequiredStirling_approximation) return stirling_approximation;
	hasRequiredStirling_approximation = 1;

	// MODULES //

	var SQRT_TWO_PI = requireLib$z();
	var pow = requireLib$T();
	var exp = requireLib$10();
	var polyval = requirePolyval_s$1();


	// VARIABLES //

	var MAX_STIRLING = 143.01608;


	// MAIN //

	/**
	* Evaluates the gamma function using Stirling's formula. The polynomial is valid for \\(33 \leq x \leq 172\\).
	*
	* @private
	* @param {number} x - input value
	* @returns {number} function value
	*/
	function gamma( x ) {
		var w;
		var y;
		var v;

		w = 1.0 / x;
		w = 1.0 + ( w * polyval( w ) );
		y = exp( x );

		// Check `x` to avoid `pow()` overflow...
		if ( x > MAX_STIRLING ) {
			v = pow( x, ( 0.5*x ) - 0.25 );
			y = v * (v/y);
		} else {
			y = pow( x, x-0.5 ) / y;
		}
		return SQRT_TWO_PI * y * w;
	}


	// EXPORTS //

	stirling_approximation = gamma;
	return stirling_approximation;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$y;
var hasRequiredLib$y;

function requireLib$y () {
	if (hasRequiredLib$y) return lib$y;
	hasRequiredLib$y = 1;

	/**
	* The Euler-Mascheroni constant.
	*
	* @module @stdlib/constants-float64-eulergamma
	* @type {number}
	*
	* @example
	* var EULERGAMMA = require( '@stdlib/constants-float64-eulergamma' );
	* // returns 0.5772156649015329
	*/


	// MAIN //

	/**
	* The Euler-Mascheroni constant.
	*
	* @constant
	* @type {number}
	* @default 0.5772156649015329
	* @see [OEIS]{@link http://oeis.org/A001620}
	* @see [Mathworld]{@link http://mathworld.wolfram.com/Euler-MascheroniConstant.html}
	*/
	var EULERGAMMA = 0.577215664901532860606512090082402431042;


	// EXPORTS //

	lib$y = EULERGAMMA;
	return lib$y;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/

var small_approximation;
var hasRequiredSmall_approximation;

function requireSmall_approximation () {
	if (hasRequiredSmall_approximation) return small_approximation;
	hasRequiredSmall_approximation = 1;

	// MODULES //

	var EULER = requireLib$y();


	// MAIN //

	/**
	* Evaluates the gamma function using a small-value approximation.
	*
	* @private
	* @param {number} x - input value
	* @param {number} z - scale factor
	* @returns {number} function value
	*/
	function gamma( x, z ) {
		return z / ( (1.0+( EULER*x )) * x );
	}


	// EXPORTS //

	small_approximation = gamma;
	return small_approximation;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_pq$2;
var hasRequiredRational_pq$2;

function requireRational_pq$2 () {
	if (hasRequiredRational_pq$2) return rational_pq$2;
	hasRequiredRational_pq$2 = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return 1.0;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = 1.0 + (x * (0.4942148268014971 + (x * (0.20744822764843598 + (x * (0.04763678004571372 + (x * (0.010421379756176158 + (x * (0.0011913514700658638 + (x * (0.00016011952247675185 + (x * 0.0))))))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (0.0714304917030273 + (x * (-0.23459179571824335 + (x * (0.035823639860549865 + (x * (0.011813978522206043 + (x * (-0.004456419138517973 + (x * (0.0005396055804933034 + (x * -23158187332412014e-21))))))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 0.0 + (x * (0.00016011952247675185 + (x * (0.0011913514700658638 + (x * (0.010421379756176158 + (x * (0.04763678004571372 + (x * (0.20744822764843598 + (x * (0.4942148268014971 + (x * 1.0))))))))))))); // eslint-disable-line max-len
			s2 = -23158187332412014e-21 + (x * (0.0005396055804933034 + (x * (-0.004456419138517973 + (x * (0.011813978522206043 + (x * (0.035823639860549865 + (x * (-0.23459179571824335 + (x * (0.0714304917030273 + (x * 1.0))))))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_pq$2 = evalrational;
	return rational_pq$2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/

var main$m;
var hasRequiredMain$m;

function requireMain$m () {
	if (hasRequiredMain$m) return main$m;
	hasRequiredMain$m = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var isInteger = requireLib$$();
	var isNegativeZero = requireLib$N();
	var abs = requireLib$1g();
	var floor = requireLib$1l();
	var sin = requireLib$A();
	var PINF = requireLib$1r();
	var NINF = requireLib$1p();
	var PI = requireLib$I();
	var stirlingApprox = requireStirling_approximation();
	var smallApprox = requireSmall_approximation();
	var rateval = requireRational_pq$2();


	// MAIN //

	/**
	* Evaluates the gamma function.
	*
	* ## Method
	*
	* 1.  Arguments \\(|x| \leq 34\\) are reduced by recurrence and the function approximated by a rational function of degree \\(6/7\\) in the interval \\((2,3)\\).
	* 2.  Large negative arguments are made positive using a reflection formula.
	* 3.  Large arguments are handled by Stirling's formula.
	*
	* ## Notes
	*
	* -   Relative error:
	*
	*     | arithmetic | domain    | # trials | peak    | rms     |
	*     |:----------:|:---------:|:--------:|:-------:|:-------:|
	*     | DEC        | -34,34    | 10000    | 1.3e-16 | 2.5e-17 |
	*     | IEEE       | -170,-33  | 20000    | 2.3e-15 | 3.3e-16 |
	*     | IEEE       | -33, 33   | 20000    | 9.4e-16 | 2.2e-16 |
	*     | IEEE       | 33, 171.6 | 20000    | 2.3e-15 | 3.2e-16 |
	*
	* -   Error for arguments outside the test range will be larger owing to error amplification by the exponential function.
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = gamma( 4.0 );
	* // returns 6.0
	*
	* @example
	* var v = gamma( -1.5 );
	* // returns ~2.363
	*
	* @example
	* var v = gamma( -0.5 );
	* // returns ~-3.545
	*
	* @example
	* var v = gamma( 0.5 );
	* // returns ~1.772
	*
	* @example
	* var v = gamma( 0.0 );
	* // returns Infinity
	*
	* @example
	* var v = gamma( -0.0 );
	* // returns -Infinity
	*
	* @example
	* var v = gamma( NaN );
	* // returns NaN
	*/
	function gamma( x ) {
		var sign;
		var q;
		var p;
		var z;
		if (
			(isInteger( x ) && x < 0) ||
			x === NINF ||
			isnan( x )
		) {
			return NaN;
		}
		if ( x === 0.0 ) {
			if ( isNegativeZero( x ) ) {
				return NINF;
			}
			return PINF;
		}
		if ( x > 171.61447887182298 ) {
			return PINF;
		}
		if ( x < -170.5674972726612 ) {
			return 0.0;
		}
		q = abs( x );
		if ( q > 33.0 ) {
			if ( x >= 0.0 ) {
				return stirlingApprox( x );
			}
			p = floor( q );

			// Check whether `x` is even...
			if ( (p&1) === 0 ) {
				sign = -1;
			} else {
				sign = 1.0;
			}
			z = q - p;
			if ( z > 0.5 ) {
				p += 1.0;
				z = q - p;
			}
			z = q * sin( PI * z );
			return sign * PI / ( abs(z)*stirlingApprox(q) );
		}
		// Reduce `x`...
		z = 1.0;
		while ( x >= 3.0 ) {
			x -= 1.0;
			z *= x;
		}
		while ( x < 0.0 ) {
			if ( x > -1e-9 ) {
				return smallApprox( x, z );
			}
			z /= x;
			x += 1.0;
		}
		while ( x < 2.0 ) {
			if ( x < 1.0e-9 ) {
				return smallApprox( x, z );
			}
			z /= x;
			x += 1.0;
		}
		if ( x === 2.0 ) {
			return z;
		}
		x -= 2.0;
		return z * rateval( x );
	}


	// EXPORTS //

	main$m = gamma;
	return main$m;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$x;
var hasRequiredLib$x;

function requireLib$x () {
	if (hasRequiredLib$x) return lib$x;
	hasRequiredLib$x = 1;

	/**
	* Evaluate the gamma function.
	*
	* @module @stdlib/math-base-special-gamma
	*
	* @example
	* var gamma = require( '@stdlib/math-base-special-gamma' );
	*
	* var v = gamma( 4.0 );
	* // returns 6.0
	*
	* v = gamma( -1.5 );
	* // returns ~2.363
	*
	* v = gamma( -0.5 );
	* // returns ~-3.545
	*
	* v = gamma( 0.5 );
	* // returns ~1.772
	*
	* v = gamma( 0.0 );
	* // returns Infinity
	*
	* v = gamma( -0.0 );
	* // returns -Infinity
	*
	* v = gamma( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$m();


	// EXPORTS //

	lib$x = main;
	return lib$x;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$w;
var hasRequiredLib$w;

function requireLib$w () {
	if (hasRequiredLib$w) return lib$w;
	hasRequiredLib$w = 1;

	/**
	* Maximum nth factorial when stored in double-precision floating-point format.
	*
	* @module @stdlib/constants-float64-max-nth-factorial
	* @type {integer}
	*
	* @example
	* var FLOAT64_MAX_NTH_FACTORIAL = require( '@stdlib/constants-float64-max-nth-factorial' );
	* // returns 170
	*/


	// MAIN //

	/**
	* The maximum nth factorial when stored in double-precision floating-point format.
	*
	* @constant
	* @type {integer}
	* @default 170
	* @see [factorial]{@link https://en.wikipedia.org/wiki/Factorial}
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MAX_NTH_FACTORIAL = 170|0; // asm type annotation


	// EXPORTS //

	lib$w = FLOAT64_MAX_NTH_FACTORIAL;
	return lib$w;
}

var require$$5 = [
	1,
	1,
	2,
	6,
	24,
	120,
	720,
	5040,
	40320,
	362880,
	3628800,
	39916800,
	479001600,
	6227020800,
	87178291200,
	1307674368000,
	20922789888000,
	355687428096000,
	6402373705728000,
	121645100408832000,
	2432902008176640000,
	51090942171709440000,
	1.1240007277776077e+21,
	2.585201673888498e+22,
	6.204484017332394e+23,
	1.5511210043330986e+25,
	4.0329146112660565e+26,
	1.0888869450418352e+28,
	3.0488834461171387e+29,
	8.841761993739702e+30,
	2.6525285981219107e+32,
	8.222838654177922e+33,
	2.631308369336935e+35,
	8.683317618811886e+36,
	2.9523279903960416e+38,
	1.0333147966386145e+40,
	3.7199332678990125e+41,
	1.3763753091226346e+43,
	5.230226174666011e+44,
	2.0397882081197444e+46,
	8.159152832478977e+47,
	3.345252661316381e+49,
	1.40500611775288e+51,
	6.041526306337383e+52,
	2.658271574788449e+54,
	1.1962222086548019e+56,
	5.502622159812089e+57,
	2.5862324151116818e+59,
	1.2413915592536073e+61,
	6.082818640342675e+62,
	3.0414093201713376e+64,
	1.5511187532873822e+66,
	8.065817517094388e+67,
	4.2748832840600255e+69,
	2.308436973392414e+71,
	1.2696403353658276e+73,
	7.109985878048635e+74,
	4.0526919504877214e+76,
	2.3505613312828785e+78,
	1.3868311854568984e+80,
	8.32098711274139e+81,
	5.075802138772248e+83,
	3.146997326038794e+85,
	1.98260831540444e+87,
	1.2688693218588417e+89,
	8.247650592082472e+90,
	5.443449390774431e+92,
	3.647111091818868e+94,
	2.4800355424368305e+96,
	1.711224524281413e+98,
	1.1978571669969892e+100,
	8.504785885678623e+101,
	6.1234458376886085e+103,
	4.4701154615126844e+105,
	3.307885441519386e+107,
	2.48091408113954e+109,
	1.8854947016660504e+111,
	1.4518309202828587e+113,
	1.1324281178206297e+115,
	8.946182130782976e+116,
	7.156945704626381e+118,
	5.797126020747368e+120,
	4.753643337012842e+122,
	3.945523969720659e+124,
	3.314240134565353e+126,
	2.81710411438055e+128,
	2.4227095383672734e+130,
	2.107757298379528e+132,
	1.8548264225739844e+134,
	1.650795516090846e+136,
	1.4857159644817615e+138,
	1.352001527678403e+140,
	1.2438414054641308e+142,
	1.1567725070816416e+144,
	1.087366156656743e+146,
	1.032997848823906e+148,
	9.916779348709496e+149,
	9.619275968248212e+151,
	9.426890448883248e+153,
	9.332621544394415e+155,
	9.332621544394415e+157,
	9.42594775983836e+159,
	9.614466715035127e+161,
	9.90290071648618e+163,
	1.0299016745145628e+166,
	1.081396758240291e+168,
	1.1462805637347084e+170,
	1.226520203196138e+172,
	1.324641819451829e+174,
	1.4438595832024937e+176,
	1.588245541522743e+178,
	1.7629525510902446e+180,
	1.974506857221074e+182,
	2.2311927486598138e+184,
	2.5435597334721877e+186,
	2.925093693493016e+188,
	3.393108684451898e+190,
	3.969937160808721e+192,
	4.684525849754291e+194,
	5.574585761207606e+196,
	6.689502913449127e+198,
	8.094298525273444e+200,
	9.875044200833601e+202,
	1.214630436702533e+205,
	1.506141741511141e+207,
	1.882677176888926e+209,
	2.372173242880047e+211,
	3.0126600184576594e+213,
	3.856204823625804e+215,
	4.974504222477287e+217,
	6.466855489220474e+219,
	8.47158069087882e+221,
	1.1182486511960043e+224,
	1.4872707060906857e+226,
	1.9929427461615188e+228,
	2.6904727073180504e+230,
	3.659042881952549e+232,
	5.012888748274992e+234,
	6.917786472619489e+236,
	9.615723196941089e+238,
	1.3462012475717526e+241,
	1.898143759076171e+243,
	2.695364137888163e+245,
	3.854370717180073e+247,
	5.5502938327393044e+249,
	8.047926057471992e+251,
	1.1749972043909107e+254,
	1.727245890454639e+256,
	2.5563239178728654e+258,
	3.80892263763057e+260,
	5.713383956445855e+262,
	8.62720977423324e+264,
	1.3113358856834524e+267,
	2.0063439050956823e+269,
	3.0897696138473508e+271,
	4.789142901463394e+273,
	7.471062926282894e+275,
	1.1729568794264145e+278,
	1.853271869493735e+280,
	2.9467022724950384e+282,
	4.7147236359920616e+284,
	7.590705053947219e+286,
	1.2296942187394494e+289,
	2.0044015765453026e+291,
	3.287218585534296e+293,
	5.423910666131589e+295,
	9.003691705778438e+297,
	1.503616514864999e+300,
	2.5260757449731984e+302,
	4.269068009004705e+304,
	7.257415615307999e+306
];

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$l;
var hasRequiredMain$l;

function requireMain$l () {
	if (hasRequiredMain$l) return main$l;
	hasRequiredMain$l = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var isInteger = requireLib$$();
	var gamma = requireLib$x();
	var PINF = requireLib$1r();
	var FLOAT64_MAX_NTH_FACTORIAL = requireLib$w();
	var FACTORIALS = require$$5;


	// MAIN //

	/**
	* Evaluates the factorial of `x`.
	*
	* @param {number} x - input value
	* @returns {number} factorial
	*
	* @example
	* var v = factorial( 3.0 );
	* // returns 6.0
	*
	* @example
	* var v = factorial( -1.5 );
	* // returns ~-3.545
	*
	* @example
	* var v = factorial( -0.5 );
	* // returns ~1.772
	*
	* @example
	* var v = factorial( 0.5 );
	* // returns ~0.886
	*
	* @example
	* var v = factorial( -10.0 );
	* // returns NaN
	*
	* @example
	* var v = factorial( 171.0 );
	* // returns Infinity
	*
	* @example
	* var v = factorial( NaN );
	* // returns NaN
	*/
	function factorial( x ) {
		if ( isnan( x ) ) {
			return NaN;
		}
		if ( isInteger( x ) ) {
			if ( x < 0 ) {
				return NaN;
			}
			if ( x <= FLOAT64_MAX_NTH_FACTORIAL ) {
				return FACTORIALS[ x ];
			}
			return PINF;
		}
		return gamma( x + 1.0 );
	}


	// EXPORTS //

	main$l = factorial;
	return main$l;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$v;
var hasRequiredLib$v;

function requireLib$v () {
	if (hasRequiredLib$v) return lib$v;
	hasRequiredLib$v = 1;

	/**
	* Evaluate the factorial function.
	*
	* @module @stdlib/math-base-special-factorial
	*
	* @example
	* var factorial = require( '@stdlib/math-base-special-factorial' );
	*
	* var v = factorial( 3.0 );
	* // returns 6.0
	*
	* v = factorial( -1.5 );
	* // returns ~-3.545
	*
	* v = factorial( -0.5 );
	* // returns ~1.772
	*
	* v = factorial( 0.5 );
	* // returns ~0.886
	*
	* v = factorial( -10.0 );
	* // returns NaN
	*
	* v = factorial( 171.0 );
	* // returns Infinity
	*
	* v = factorial( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$l();


	// EXPORTS //

	lib$v = main;
	return lib$v;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_pq$1;
var hasRequiredRational_pq$1;

function requireRational_pq$1 () {
	if (hasRequiredRational_pq$1) return rational_pq$1;
	hasRequiredRational_pq$1 = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return Infinity;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = 38474670393.31777 + (x * (36857665043.51951 + (x * (15889202453.72942 + (x * (4059208354.298835 + (x * (680547661.1834733 + (x * (78239755.00312005 + (x * (6246580.776401795 + (x * (341986.3488721347 + (x * (12287.194511824551 + (x * (261.61404416416684 + (x * 2.5066282746310007))))))))))))))))))); // eslint-disable-line max-len
			s2 = 0.0 + (x * (362880.0 + (x * (1026576.0 + (x * (1172700.0 + (x * (723680.0 + (x * (269325.0 + (x * (63273.0 + (x * (9450.0 + (x * (870.0 + (x * (45.0 + (x * 1.0))))))))))))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 2.5066282746310007 + (x * (261.61404416416684 + (x * (12287.194511824551 + (x * (341986.3488721347 + (x * (6246580.776401795 + (x * (78239755.00312005 + (x * (680547661.1834733 + (x * (4059208354.298835 + (x * (15889202453.72942 + (x * (36857665043.51951 + (x * 38474670393.31777))))))))))))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (45.0 + (x * (870.0 + (x * (9450.0 + (x * (63273.0 + (x * (269325.0 + (x * (723680.0 + (x * (1172700.0 + (x * (1026576.0 + (x * (362880.0 + (x * 0.0))))))))))))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_pq$1 = evalrational;
	return rational_pq$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$k;
var hasRequiredMain$k;

function requireMain$k () {
	if (hasRequiredMain$k) return main$k;
	hasRequiredMain$k = 1;

	// MAIN //

	/**
	* Calculates the Lanczos sum approximation.
	*
	* @name gammaLanczosSum
	* @type {Function}
	* @param {number} x - input value
	* @returns {number} Lanczos sum approximation
	*
	* @example
	* var v = gammaLanczosSum( 4.0 );
	* // returns ~950.366
	*
	* @example
	* var v = gammaLanczosSum( -1.5 );
	* // returns ~1373366.245
	*
	* @example
	* var v = gammaLanczosSum( -0.5 );
	* // returns ~-699841.735
	*
	* @example
	* var v = gammaLanczosSum( 0.5 );
	* // returns ~96074.186
	*
	* @example
	* var v = gammaLanczosSum( 0.0 );
	* // returns Infinity
	*
	* @example
	* var v = gammaLanczosSum( NaN );
	* // returns NaN
	*/
	var gammaLanczosSum = requireRational_pq$1();


	// EXPORTS //

	main$k = gammaLanczosSum;
	return main$k;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$u;
var hasRequiredLib$u;

function requireLib$u () {
	if (hasRequiredLib$u) return lib$u;
	hasRequiredLib$u = 1;

	/**
	* Calculate the Lanczos sum for the approximation of the gamma function.
	*
	* @module @stdlib/math-base-special-gamma-lanczos-sum
	*
	* @example
	* var gammaLanczosSum = require( '@stdlib/math-base-special-gamma-lanczos-sum' );
	*
	* var v = gammaLanczosSum( 4.0 );
	* // returns ~950.366
	*
	* v = gammaLanczosSum( -1.5 );
	* // returns ~1373366.245
	*
	* v = gammaLanczosSum( -0.5 );
	* // returns ~-699841.735
	*
	* v = gammaLanczosSum( 0.5 );
	* // returns ~96074.186
	*
	* v = gammaLanczosSum( 0.0 );
	* // returns Infinity
	*
	* v = gammaLanczosSum( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$k();


	// EXPORTS //

	lib$u = main;
	return lib$u;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$t;
var hasRequiredLib$t;

function requireLib$t () {
	if (hasRequiredLib$t) return lib$t;
	hasRequiredLib$t = 1;

	/**
	* Arbitrary constant `g` to be used in Lanczos approximation functions.
	*
	* @module @stdlib/constants-float64-gamma-lanczos-g
	* @type {number}
	*
	* @example
	* var FLOAT64_GAMMA_LANCZOS_G = require( '@stdlib/constants-float64-gamma-lanczos-g' );
	* // returns 10.900511
	*/


	// MAIN //

	/**
	* Arbitrary constant `g` to be used in Lanczos approximation functions.
	*
	* @constant
	* @type {number}
	* @default 10.900511
	* @see [Lanczos Approximation]{@link https://en.wikipedia.org/wiki/Lanczos_approximation}
	*/
	var FLOAT64_GAMMA_LANCZOS_G = 10.90051099999999983936049829935654997826;


	// EXPORTS //

	lib$t = FLOAT64_GAMMA_LANCZOS_G;
	return lib$t;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var gamma_delta_ratio_lanczos;
var hasRequiredGamma_delta_ratio_lanczos;

function requireGamma_delta_ratio_lanczos () {
	if (hasRequiredGamma_delta_ratio_lanczos) return gamma_delta_ratio_lanczos;
	hasRequiredGamma_delta_ratio_lanczos = 1;

	// MODULES //

	var lanczosSum = requireLib$u();
	var gamma = requireLib$x();
	var log1p = requireLib$1k();
	var abs = requireLib$1g();
	var exp = requireLib$10();
	var pow = requireLib$T();
	var EPSILON = requireLib$R();
	var E = requireLib$S();
	var G = requireLib$t();
	var FLOAT64_MAX_NTH_FACTORIAL = requireLib$w();


	// VARIABLES //

	var FACTORIAL_169 = 4.269068009004705e+304;


	// MAIN //

	/**
	* Calculates the ratio of two gamma functions via Lanczos approximation.
	*
	* ## Notes
	*
	* -   When \\( z < \epsilon \\), we get spurious numeric overflow unless we're very careful. This can occur either inside `lanczosSum(z)` or in the final combination of terms. To avoid this, split the product up into 2 (or 3) parts:
	*
	*     ```tex
	*     \begin{align*}
	*     G(z) / G(L) &= 1 / (z \cdot G(L)) ; z < \eps, L = z + \delta = \delta \\
	*     z * G(L) &= z * G(lim) \cdot (G(L)/G(lim)) ; lim = \text{largest factorial}
	*     \end{align*}
	*     ```
	*
	* @private
	* @param {number} z - first gamma parameter
	* @param {number} delta - difference
	* @returns {number} gamma ratio
	*/
	function gammaDeltaRatioLanczos( z, delta ) {
		var result;
		var ratio;
		var zgh;

		if ( z < EPSILON ) {
			if ( delta >= FLOAT64_MAX_NTH_FACTORIAL ) {
				ratio = gammaDeltaRatioLanczos( delta, FLOAT64_MAX_NTH_FACTORIAL-delta );
				ratio *= z;
				ratio *= FACTORIAL_169;
				return 1.0 / ratio;
			}
			return 1.0 / ( z * gamma( z+delta ) );
		}
		zgh = z + G - 0.5;
		if ( z + delta === z ) {
			if ( abs( delta / zgh ) < EPSILON ) {
				result = exp( -delta );
			} else {
				result = 1.0;
			}
		} else {
			if ( abs(delta) < 10.0 ) {
				result = exp( ( 0.5-z ) * log1p( delta/zgh ) );
			} else {
				result = pow( zgh / (zgh+delta), z-0.5 );
			}
			// Split up the calculation to avoid spurious overflow:
			result *= lanczosSum( z ) / lanczosSum( z + delta );
		}
		result *= pow( E / ( zgh+delta ), delta );
		return result;
	}


	// EXPORTS //

	gamma_delta_ratio_lanczos = gammaDeltaRatioLanczos;
	return gamma_delta_ratio_lanczos;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$j;
var hasRequiredMain$j;

function requireMain$j () {
	if (hasRequiredMain$j) return main$j;
	hasRequiredMain$j = 1;

	// MODULES //

	var abs = requireLib$1g();
	var floor = requireLib$1l();
	var gamma = requireLib$x();
	var factorial = requireLib$v();
	var FLOAT64_MAX_NTH_FACTORIAL = requireLib$w();
	var gammaDeltaRatioLanczos = requireGamma_delta_ratio_lanczos();


	// MAIN //

	/**
	* Computes the ratio of two gamma functions.
	*
	* ## Notes
	*
	* -   Specifically, the function evaluates
	*
	*     ```tex
	*     \frac{ \Gamma( z ) }{ \Gamma( z + \delta ) }
	*     ```
	*
	* @param {number} z - first gamma parameter
	* @param {number} delta - difference
	* @returns {number} gamma ratio
	*
	* @example
	* var y = gammaDeltaRatio( 2.0, 3.0 );
	* // returns ~0.042
	*
	* @example
	* var y = gammaDeltaRatio( 4.0, 0.5 );
	* // returns ~0.516
	*
	* @example
	* var y = gammaDeltaRatio( 100.0, 0.0 );
	* // returns 1.0
	*/
	function gammaDeltaRatio( z, delta ) {
		var result;
		var idelta;
		var iz;

		if ( z <= 0.0 || z + delta <= 0.0 ) {
			// This isn't very sophisticated, or accurate, but it does work:
			return gamma( z ) / gamma( z + delta );
		}
		idelta = floor( delta );
		if ( idelta === delta ) {
			iz = floor( z );
			if ( iz === z ) {
				// As both `z` and `delta` are integers, see if we can use a table lookup:
				if ( z <= FLOAT64_MAX_NTH_FACTORIAL && ( z + delta <= FLOAT64_MAX_NTH_FACTORIAL ) ) {
					return factorial( iz - 1.0 ) / factorial( idelta + iz - 1.0 );
				}
			}
			if ( abs(delta) < 20.0 ) {
				// As `delta` is a small integer, we can use a finite product:
				if ( delta === 0.0 ) {
					return 1.0;
				}
				if ( delta < 0.0 ) {
					z -= 1.0;
					result = z;
					delta += 1.0;
					while ( delta !== 0.0 ) {
						z -= 1.0;
						result *= z;
						delta += 1.0;
					}
					return result;
				}
				result = 1.0 / z;
				delta -= 1.0;
				while ( delta !== 0.0 ) {
					z += 1.0;
					result /= z;
					delta -= 1.0;
				}
				return result;
			}
		}
		return gammaDeltaRatioLanczos( z, delta );
	}


	// EXPORTS //

	main$j = gammaDeltaRatio;
	return main$j;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$s;
var hasRequiredLib$s;

function requireLib$s () {
	if (hasRequiredLib$s) return lib$s;
	hasRequiredLib$s = 1;

	/**
	* Calculate the ratio of two gamma functions.
	*
	* @module @stdlib/math-base-special-gamma-delta-ratio
	*
	* @example
	* var gammaDeltaRatio = require( '@stdlib/math-base-special-gamma-delta-ratio' );
	*
	* var y = gammaDeltaRatio( 2.0, 3.0 );
	* // returns ~0.042
	*
	* y = gammaDeltaRatio( 4.0, 0.5 );
	* // returns ~0.516
	*
	* y = gammaDeltaRatio( 100.0, 0.0 );
	* // returns 1.0
	*/

	// MODULES //

	var main = requireMain$j();


	// EXPORTS //

	lib$s = main;
	return lib$s;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_p;
var hasRequiredPolyval_p;

function requirePolyval_p () {
	if (hasRequiredPolyval_p) return polyval_p;
	hasRequiredPolyval_p = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.3999999999940942;
		}
		return 0.3999999999940942 + (x * (0.22222198432149784 + (x * 0.15313837699209373))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_p = evalpoly;
	return polyval_p;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_q;
var hasRequiredPolyval_q;

function requirePolyval_q () {
	if (hasRequiredPolyval_q) return polyval_q;
	hasRequiredPolyval_q = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.6666666666666735;
		}
		return 0.6666666666666735 + (x * (0.2857142874366239 + (x * (0.1818357216161805 + (x * 0.14798198605116586))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_q = evalpoly;
	return polyval_q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$i;
var hasRequiredMain$i;

function requireMain$i () {
	if (hasRequiredMain$i) return main$i;
	hasRequiredMain$i = 1;

	// MODULES //

	var getHighWord = requireLib$1u();
	var setHighWord = requireLib$1t();
	var isnan = requireLib$1Q();
	var BIAS = requireLib$1o();
	var NINF = requireLib$1p();
	var polyvalP = requirePolyval_p();
	var polyvalQ = requirePolyval_q();


	// VARIABLES //

	var LN2_HI = 6.93147180369123816490e-01; // 3FE62E42 FEE00000
	var LN2_LO = 1.90821492927058770002e-10; // 3DEA39EF 35793C76
	var TWO54 = 1.80143985094819840000e+16;  // 0x43500000, 0x00000000
	var ONE_THIRD = 0.33333333333333333;

	// 0x000fffff = 1048575 => 0 00000000000 11111111111111111111
	var HIGH_SIGNIFICAND_MASK = 0x000fffff|0; // asm type annotation

	// 0x7ff00000 = 2146435072 => 0 11111111111 00000000000000000000 => biased exponent: 2047 = 1023+1023 => 2^1023
	var HIGH_MAX_NORMAL_EXP = 0x7ff00000|0; // asm type annotation

	// 0x00100000 = 1048576 => 0 00000000001 00000000000000000000 => biased exponent: 1 = -1022+1023 => 2^-1022
	var HIGH_MIN_NORMAL_EXP = 0x00100000|0; // asm type annotation

	// 0x3ff00000 = 1072693248 => 0 01111111111 00000000000000000000 => biased exponent: 1023 = 0+1023 => 2^0 = 1
	var HIGH_BIASED_EXP_0 = 0x3ff00000|0; // asm type annotation


	// MAIN //

	/**
	* Evaluates the natural logarithm of a double-precision floating-point number.
	*
	* @param {NonNegativeNumber} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = ln( 4.0 );
	* // returns ~1.386
	*
	* @example
	* var v = ln( 0.0 );
	* // returns -Infinity
	*
	* @example
	* var v = ln( Infinity );
	* // returns Infinity
	*
	* @example
	* var v = ln( NaN );
	* // returns NaN
	*
	* @example
	* var v = ln( -4.0 );
	* // returns NaN
	*/
	function ln( x ) {
		var hfsq;
		var hx;
		var t2;
		var t1;
		var k;
		var R;
		var f;
		var i;
		var j;
		var s;
		var w;
		var z;

		if ( x === 0.0 ) {
			return NINF;
		}
		if ( isnan( x ) || x < 0.0 ) {
			return NaN;
		}
		hx = getHighWord( x );
		k = 0|0; // asm type annotation
		if ( hx < HIGH_MIN_NORMAL_EXP ) {
			// Case: 0 < x < 2**-1022
			k -= 54|0; // asm type annotation

			// Subnormal number, scale up `x`:
			x *= TWO54;
			hx = getHighWord( x );
		}
		if ( hx >= HIGH_MAX_NORMAL_EXP ) {
			return x + x;
		}
		k += ( ( hx>>20 ) - BIAS )|0; // asm type annotation
		hx &= HIGH_SIGNIFICAND_MASK;
		i = ( (hx+0x95f64) & 0x100000 )|0; // asm type annotation

		// Normalize `x` or `x/2`...
		x = setHighWord( x, hx|(i^HIGH_BIASED_EXP_0) );
		k += ( i>>20 )|0; // asm type annotation
		f = x - 1.0;
		if ( (HIGH_SIGNIFICAND_MASK&(2+hx)) < 3 ) {
			// Case: -2**-20 <= f < 2**-20
			if ( f === 0.0 ) {
				if ( k === 0 ) {
					return 0.0;
				}
				return (k * LN2_HI) + (k * LN2_LO);
			}
			R = f * f * ( 0.5 - (ONE_THIRD*f) );
			if ( k === 0 ) {
				return f - R;
			}
			return (k * LN2_HI) - ( (R-(k*LN2_LO)) - f );
		}
		s = f / (2.0 + f);
		z = s * s;
		i = ( hx - 0x6147a )|0; // asm type annotation
		w = z * z;
		j = ( 0x6b851 - hx )|0; // asm type annotation
		t1 = w * polyvalP( w );
		t2 = z * polyvalQ( w );
		i |= j;
		R = t2 + t1;
		if ( i > 0 ) {
			hfsq = 0.5 * f * f;
			if ( k === 0 ) {
				return f - ( hfsq - (s * (hfsq+R)) );
			}
			return (k * LN2_HI) - ( hfsq - ((s*(hfsq+R))+(k*LN2_LO)) - f );
		}
		if ( k === 0 ) {
			return f - (s*(f-R));
		}
		return (k * LN2_HI) - ( ( (s*(f-R)) - (k*LN2_LO) ) - f );
	}


	// EXPORTS //

	main$i = ln;
	return main$i;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$r;
var hasRequiredLib$r;

function requireLib$r () {
	if (hasRequiredLib$r) return lib$r;
	hasRequiredLib$r = 1;

	/**
	* Evaluate the natural logarithm of a double-precision floating-point number.
	*
	* @module @stdlib/math-base-special-ln
	*
	* @example
	* var ln = require( '@stdlib/math-base-special-ln' );
	*
	* var v = ln( 4.0 );
	* // returns ~1.386
	*
	* v = ln( 0.0 );
	* // returns -Infinity
	*
	* v = ln( Infinity );
	* // returns Infinity
	*
	* v = ln( NaN );
	* // returns NaN
	*
	* v = ln( -4.0 );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$i();


	// EXPORTS //

	lib$r = main;
	return lib$r;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$h;
var hasRequiredMain$h;

function requireMain$h () {
	if (hasRequiredMain$h) return main$h;
	hasRequiredMain$h = 1;

	// MODULES //

	var getHighWord = requireLib$1u();
	var kernelCos = requireLib$H();
	var kernelSin = requireLib$G();
	var rempio2 = requireLib$B();
	var ABS_MASK = requireLib$18();
	var EXPONENT_MASK = requireLib$13();


	// VARIABLES //

	// Scratch array for storing temporary values:
	var buffer = [ 0.0, 0.0 ]; // WARNING: not thread safe

	// High word of π/4: 0x3fe921fb => 00111111111010010010000111111011
	var HIGH_WORD_PIO4 = 0x3fe921fb|0; // asm type annotation

	// High word of 2^-27: 0x3e400000 => 00111110010000000000000000000000
	var HIGH_WORD_TWO_NEG_27 = 0x3e400000|0; // asm type annotation


	// MAIN //

	/**
	* Computes the cosine of a number.
	*
	* ## Method
	*
	* -   Let \\(S\\), \\(C\\), and \\(T\\) denote the \\(\sin\\), \\(\cos\\), and \\(\tan\\), respectively, on \\(\[-\pi/4, +\pi/4\]\\).
	*
	* -   Reduce the argument \\(x\\) to \\(y1+y2 = x-k\pi/2\\) in \\(\[-\pi/4, +\pi/4\]\\), and let \\(n = k \mod 4\\).
	*
	* -   We have
	*
	*     | n | sin(x) | cos(x) | tan(x) |
	*     | - | ------ | ------ | ------ |
	*     | 0 |   S    |   C    |    T   |
	*     | 1 |   C    |  -S    |  -1/T  |
	*     | 2 |  -S    |  -C    |    T   |
	*     | 3 |  -C    |   S    |  -1/T  |
	*
	* @param {number} x - input value (in radians)
	* @returns {number} cosine
	*
	* @example
	* var v = cos( 0.0 );
	* // returns 1.0
	*
	* @example
	* var v = cos( 3.141592653589793/4.0 );
	* // returns ~0.707
	*
	* @example
	* var v = cos( -3.141592653589793/6.0 );
	* // returns ~0.866
	*
	* @example
	* var v = cos( NaN );
	* // returns NaN
	*/
	function cos( x ) {
		var ix;
		var n;

		ix = getHighWord( x );
		ix &= ABS_MASK;

		// Case: |x| ~< pi/4
		if ( ix <= HIGH_WORD_PIO4 ) {
			// Case: x < 2**-27
			if ( ix < HIGH_WORD_TWO_NEG_27 ) {
				return 1.0;
			}
			return kernelCos( x, 0.0 );
		}
		// Case: cos(Inf or NaN) is NaN */
		if ( ix >= EXPONENT_MASK ) {
			return NaN;
		}
		// Case: Argument reduction needed...
		n = rempio2( x, buffer );
		switch ( n & 3 ) {
		case 0:
			return kernelCos( buffer[ 0 ], buffer[ 1 ] );
		case 1:
			return -kernelSin( buffer[ 0 ], buffer[ 1 ] );
		case 2:
			return -kernelCos( buffer[ 0 ], buffer[ 1 ] );
		default:
			return kernelSin( buffer[ 0 ], buffer[ 1 ] );
		}
	}


	// EXPORTS //

	main$h = cos;
	return main$h;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$q;
var hasRequiredLib$q;

function requireLib$q () {
	if (hasRequiredLib$q) return lib$q;
	hasRequiredLib$q = 1;

	/**
	* Compute the cosine of a number.
	*
	* @module @stdlib/math-base-special-cos
	*
	* @example
	* var cos = require( '@stdlib/math-base-special-cos' );
	*
	* var v = cos( 0.0 );
	* // returns 1.0
	*
	* v = cos( 3.141592653589793/4.0 );
	* // returns ~0.707
	*
	* v = cos( -3.141592653589793/6.0 );
	* // returns ~0.866
	*/

	// MODULES //

	var main = requireMain$h();


	// EXPORTS //

	lib$q = main;
	return lib$q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$g;
var hasRequiredMain$g;

function requireMain$g () {
	if (hasRequiredMain$g) return main$g;
	hasRequiredMain$g = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var isInfinite = requireLib$1a();
	var cos = requireLib$q();
	var sin = requireLib$A();
	var abs = requireLib$1g();
	var copysign = requireLib$16();
	var PI = requireLib$I();


	// MAIN //

	/**
	* Computes the value of `sin(πx)`.
	*
	* ## Notes
	*
	* -   The function computes `sin(πx)` more accurately than the obvious approach, especially for large `x`.
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var y = sinpi( 0.0 );
	* // returns 0.0
	*
	* @example
	* var y = sinpi( 0.5 );
	* // returns 1.0
	*
	* @example
	* var y = sinpi( 0.9 );
	* // returns ~0.309
	*
	* @example
	* var y = sinpi( NaN );
	* // returns NaN
	*/
	function sinpi( x ) {
		var ar;
		var r;
		if ( isnan( x ) ) {
			return NaN;
		}
		if ( isInfinite( x ) ) {
			return NaN;
		}
		// Argument reduction (reduce to [0,2))...
		r = x % 2.0; // sign preserving
		ar = abs( r );

		// If `x` is an integer, the mod is an integer...
		if ( ar === 0.0 || ar === 1.0 ) {
			return copysign( 0.0, r );
		}
		if ( ar < 0.25 ) {
			return sin( PI*r );
		}
		// In each of the following, we further reduce to [-π/4,π/4)...
		if ( ar < 0.75 ) {
			ar = 0.5 - ar;
			return copysign( cos( PI*ar ), r );
		}
		if ( ar < 1.25 ) {
			r = copysign( 1.0, r ) - r;
			return sin( PI*r );
		}
		if ( ar < 1.75 ) {
			ar -= 1.5;
			return -copysign( cos( PI*ar ), r );
		}
		r -= copysign( 2.0, r );
		return sin( PI*r );
	}


	// EXPORTS //

	main$g = sinpi;
	return main$g;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$p;
var hasRequiredLib$p;

function requireLib$p () {
	if (hasRequiredLib$p) return lib$p;
	hasRequiredLib$p = 1;

	/**
	* Compute the value of `sin(πx)`.
	*
	* @module @stdlib/math-base-special-sinpi
	*
	* @example
	* var sinpi = require( '@stdlib/math-base-special-sinpi' );
	*
	* var y = sinpi( 0.0 );
	* // returns 0.0
	*
	* y = sinpi( 0.5 );
	* // returns 1.0
	*
	* y = sinpi( 0.9 );
	* // returns ~0.309
	*
	* y = sinpi( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$g();


	// EXPORTS //

	lib$p = main;
	return lib$p;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_a1;
var hasRequiredPolyval_a1;

function requirePolyval_a1 () {
	if (hasRequiredPolyval_a1) return polyval_a1;
	hasRequiredPolyval_a1 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.06735230105312927;
		}
		return 0.06735230105312927 + (x * (0.007385550860814029 + (x * (0.0011927076318336207 + (x * (0.00022086279071390839 + (x * 0.000025214456545125733))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_a1 = evalpoly;
	return polyval_a1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_a2;
var hasRequiredPolyval_a2;

function requirePolyval_a2 () {
	if (hasRequiredPolyval_a2) return polyval_a2;
	hasRequiredPolyval_a2 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.020580808432516733;
		}
		return 0.020580808432516733 + (x * (0.0028905138367341563 + (x * (0.0005100697921535113 + (x * (0.00010801156724758394 + (x * 0.000044864094961891516))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_a2 = evalpoly;
	return polyval_a2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_r;
var hasRequiredPolyval_r;

function requirePolyval_r () {
	if (hasRequiredPolyval_r) return polyval_r;
	hasRequiredPolyval_r = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 1.3920053346762105;
		}
		return 1.3920053346762105 + (x * (0.7219355475671381 + (x * (0.17193386563280308 + (x * (0.01864591917156529 + (x * (0.0007779424963818936 + (x * 0.000007326684307446256))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_r = evalpoly;
	return polyval_r;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_s;
var hasRequiredPolyval_s;

function requirePolyval_s () {
	if (hasRequiredPolyval_s) return polyval_s;
	hasRequiredPolyval_s = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.21498241596060885;
		}
		return 0.21498241596060885 + (x * (0.325778796408931 + (x * (0.14635047265246445 + (x * (0.02664227030336386 + (x * (0.0018402845140733772 + (x * 0.00003194753265841009))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_s = evalpoly;
	return polyval_s;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_t1;
var hasRequiredPolyval_t1;

function requirePolyval_t1 () {
	if (hasRequiredPolyval_t1) return polyval_t1;
	hasRequiredPolyval_t1 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.032788541075985965;
		}
		return -0.032788541075985965 + (x * (0.006100538702462913 + (x * (-0.0014034646998923284 + (x * 0.00031563207090362595))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_t1 = evalpoly;
	return polyval_t1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_t2;
var hasRequiredPolyval_t2;

function requirePolyval_t2 () {
	if (hasRequiredPolyval_t2) return polyval_t2;
	hasRequiredPolyval_t2 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.01797067508118204;
		}
		return 0.01797067508118204 + (x * (-0.0036845201678113826 + (x * (0.000881081882437654 + (x * -31275416837512086e-20))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_t2 = evalpoly;
	return polyval_t2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_t3;
var hasRequiredPolyval_t3;

function requirePolyval_t3 () {
	if (hasRequiredPolyval_t3) return polyval_t3;
	hasRequiredPolyval_t3 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.010314224129834144;
		}
		return -0.010314224129834144 + (x * (0.0022596478090061247 + (x * (-5385953053567405e-19 + (x * 0.0003355291926355191))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_t3 = evalpoly;
	return polyval_t3;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_u;
var hasRequiredPolyval_u;

function requirePolyval_u () {
	if (hasRequiredPolyval_u) return polyval_u;
	hasRequiredPolyval_u = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.6328270640250934;
		}
		return 0.6328270640250934 + (x * (1.4549225013723477 + (x * (0.9777175279633727 + (x * (0.22896372806469245 + (x * 0.013381091853678766))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_u = evalpoly;
	return polyval_u;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_v;
var hasRequiredPolyval_v;

function requirePolyval_v () {
	if (hasRequiredPolyval_v) return polyval_v;
	hasRequiredPolyval_v = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 2.4559779371304113;
		}
		return 2.4559779371304113 + (x * (2.128489763798934 + (x * (0.7692851504566728 + (x * (0.10422264559336913 + (x * 0.003217092422824239))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_v = evalpoly;
	return polyval_v;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_w;
var hasRequiredPolyval_w;

function requirePolyval_w () {
	if (hasRequiredPolyval_w) return polyval_w;
	hasRequiredPolyval_w = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.08333333333333297;
		}
		return 0.08333333333333297 + (x * (-0.0027777777772877554 + (x * (0.0007936505586430196 + (x * (-59518755745034e-17 + (x * (0.0008363399189962821 + (x * -0.0016309293409657527))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_w = evalpoly;
	return polyval_w;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$f;
var hasRequiredMain$f;

function requireMain$f () {
	if (hasRequiredMain$f) return main$f;
	hasRequiredMain$f = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var isInfinite = requireLib$1a();
	var abs = requireLib$1g();
	var ln = requireLib$r();
	var trunc = requireLib$1e();
	var sinpi = requireLib$p();
	var PI = requireLib$I();
	var PINF = requireLib$1r();
	var polyvalA1 = requirePolyval_a1();
	var polyvalA2 = requirePolyval_a2();
	var polyvalR = requirePolyval_r();
	var polyvalS = requirePolyval_s();
	var polyvalT1 = requirePolyval_t1();
	var polyvalT2 = requirePolyval_t2();
	var polyvalT3 = requirePolyval_t3();
	var polyvalU = requirePolyval_u();
	var polyvalV = requirePolyval_v();
	var polyvalW = requirePolyval_w();


	// VARIABLES //

	var A1C = 7.72156649015328655494e-02; // 0x3FB3C467E37DB0C8
	var A2C = 3.22467033424113591611e-01; // 0x3FD4A34CC4A60FAD
	var RC = 1.0;
	var SC = -0.07721566490153287; // 0xBFB3C467E37DB0C8
	var T1C = 4.83836122723810047042e-01; // 0x3FDEF72BC8EE38A2
	var T2C = -0.1475877229945939; // 0xBFC2E4278DC6C509
	var T3C = 6.46249402391333854778e-02; // 0x3FB08B4294D5419B
	var UC = -0.07721566490153287; // 0xBFB3C467E37DB0C8
	var VC = 1.0;
	var WC = 4.18938533204672725052e-01; // 0x3FDACFE390C97D69
	var YMIN = 1.461632144968362245;
	var TWO52 = 4503599627370496; // 2**52
	var TWO56 = 72057594037927936; // 2**56
	var TINY = 1.3877787807814457e-17;
	var TC = 1.46163214496836224576e+00; // 0x3FF762D86356BE3F
	var TF = -0.12148629053584961; // 0xBFBF19B9BCC38A42
	var TT = -3638676997039505e-33; // 0xBC50C7CAA48A971F => TT = -(tail of TF)


	// MAIN //

	/**
	* Evaluates the natural logarithm of the gamma function.
	*
	* ## Method
	*
	* 1.  Argument reduction for \\(0 < x \leq 8\\). Since \\(\Gamma(1+s) = s \Gamma(s)\\), for \\(x \in \[0,8]\\), we may reduce \\(x\\) to a number in \\(\[1.5,2.5]\\) by
	*
	*     ```tex
	*     \operatorname{lgamma}(1+s) = \ln(s) + \operatorname{lgamma}(s)
	*     ```
	*
	*     For example,
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{lgamma}(7.3) &= \ln(6.3) + \operatorname{lgamma}(6.3) \\
	*     &= \ln(6.3 \cdot 5.3) + \operatorname{lgamma}(5.3) \\
	*     &= \ln(6.3 \cdot 5.3 \cdot 4.3 \cdot 3.3 \cdot2.3) + \operatorname{lgamma}(2.3)
	*     \end{align*}
	*     ```
	*
	* 2.  Compute a polynomial approximation of \\(\mathrm{lgamma}\\) around its minimum (\\(\mathrm{ymin} = 1.461632144968362245\\)) to maintain monotonicity. On the interval \\(\[\mathrm{ymin} - 0.23, \mathrm{ymin} + 0.27]\\) (i.e., \\(\[1.23164,1.73163]\\)), we let \\(z = x - \mathrm{ymin}\\) and use
	*
	*     ```tex
	*     \operatorname{lgamma}(x) = -1.214862905358496078218 + z^2 \cdot \operatorname{poly}(z)
	*     ```
	*
	*     where \\(\operatorname{poly}(z)\\) is a \\(14\\) degree polynomial.
	*
	* 3.  Compute a rational approximation in the primary interval \\(\[2,3]\\). Let \\( s = x - 2.0 \\). We can thus use the approximation
	*
	*     ```tex
	*     \operatorname{lgamma}(x) = \frac{s}{2} + s\frac{\operatorname{P}(s)}{\operatorname{Q}(s)}
	*     ```
	*
	*     with accuracy
	*
	*     ```tex
	*     \biggl|\frac{\mathrm{P}}{\mathrm{Q}} - \biggr(\operatorname{lgamma}(x)-\frac{s}{2}\biggl)\biggl| < 2^{-61.71}
	*     ```
	*
	*     The algorithms are based on the observation
	*
	*     ```tex
	*     \operatorname{lgamma}(2+s) = s(1 - \gamma) + \frac{\zeta(2) - 1}{2} s^2 - \frac{\zeta(3) - 1}{3} s^3 + \ldots
	*     ```
	*
	*     where \\(\zeta\\) is the zeta function and \\(\gamma = 0.5772156649...\\) is the Euler-Mascheroni constant, which is very close to \\(0.5\\).
	*
	* 4.  For \\(x \geq 8\\),
	*
	*     ```tex
	*     \operatorname{lgamma}(x) \approx \biggl(x-\frac{1}{2}\biggr) \ln(x) - x + \frac{\ln(2\pi)}{2} + \frac{1}{12x} - \frac{1}{360x^3} + \ldots
	*     ```
	*
	*     which can be expressed
	*
	*     ```tex
	*     \operatorname{lgamma}(x) \approx \biggl(x-\frac{1}{2}\biggr)(\ln(x)-1)-\frac{\ln(2\pi)-1}{2} + \ldots
	*     ```
	*
	*     Let \\(z = \frac{1}{x}\\). We can then use the approximation
	*
	*     ```tex
	*     f(z) = \operatorname{lgamma}(x) - \biggl(x-\frac{1}{2}\biggr)(\ln(x)-1)
	*     ```
	*
	*     by
	*
	*     ```tex
	*     w = w_0 + w_1 z + w_2 z^3 + w_3 z^5 + \ldots + w_6 z^{11}
	*     ```
	*
	*     where
	*
	*     ```tex
	*     |w - f(z)| < 2^{-58.74}
	*     ```
	*
	* 5.  For negative \\(x\\), since
	*
	*     ```tex
	*     -x \Gamma(-x) \Gamma(x) = \frac{\pi}{\sin(\pi x)}
	*     ```
	*
	*     where \\(\Gamma\\) is the gamma function, we have
	*
	*     ```tex
	*     \Gamma(x) = \frac{\pi}{\sin(\pi x)(-x)\Gamma(-x)}
	*     ```
	*
	*     Since \\(\Gamma(-x)\\) is positive,
	*
	*     ```tex
	*     \operatorname{sign}(\Gamma(x)) = \operatorname{sign}(\sin(\pi x))
	*     ```
	*
	*     for \\(x < 0\\). Hence, for \\(x < 0\\),
	*
	*     ```tex
	*     \mathrm{signgam} = \operatorname{sign}(\sin(\pi x))
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{lgamma}(x) &= \ln(|\Gamma(x)|) \\
	*     &= \ln\biggl(\frac{\pi}{|x \sin(\pi x)|}\biggr) - \operatorname{lgamma}(-x)
	*     \end{align*}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     Note that one should avoid computing \\(\pi (-x)\\) directly in the computation of \\(\sin(\pi (-x))\\).
	*
	*     <!-- </note> -->
	*
	* ## Special Cases
	*
	* ```tex
	* \begin{align*}
	* \operatorname{lgamma}(2+s) &\approx s (1-\gamma) & \mathrm{for\ tiny\ s} \\
	* \operatorname{lgamma}(x) &\approx -\ln(x) & \mathrm{for\ tiny\ x} \\
	* \operatorname{lgamma}(1) &= 0 & \\
	* \operatorname{lgamma}(2) &= 0 & \\
	* \operatorname{lgamma}(0) &= \infty & \\
	* \operatorname{lgamma}(\infty) &= \infty & \\
	* \operatorname{lgamma}(-\mathrm{integer}) &= \pm \infty
	* \end{align*}
	* ```
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = gammaln( 1.0 );
	* // returns 0.0
	*
	* @example
	* var v = gammaln( 2.0 );
	* // returns 0.0
	*
	* @example
	* var v = gammaln( 4.0 );
	* // returns ~1.792
	*
	* @example
	* var v = gammaln( -0.5 );
	* // returns ~1.266
	*
	* @example
	* var v = gammaln( 0.5 );
	* // returns ~0.572
	*
	* @example
	* var v = gammaln( 0.0 );
	* // returns Infinity
	*
	* @example
	* var v = gammaln( NaN );
	* // returns NaN
	*/
	function gammaln( x ) {
		var isNegative;
		var nadj;
		var flg;
		var p3;
		var p2;
		var p1;
		var p;
		var q;
		var t;
		var w;
		var y;
		var z;
		var r;

		// Special cases: NaN, +-infinity
		if ( isnan( x ) || isInfinite( x ) ) {
			return x;
		}
		// Special case: 0
		if ( x === 0.0 ) {
			return PINF;
		}
		if ( x < 0.0 ) {
			isNegative = true;
			x = -x;
		} else {
			isNegative = false;
		}
		// If |x| < 2**-56, return -ln(|x|)
		if ( x < TINY ) {
			return -ln( x );
		}
		if ( isNegative ) {
			// If |x| >= 2**52, must be -integer
			if ( x >= TWO52 ) {
				return PINF;
			}
			t = sinpi( x );
			if ( t === 0.0 ) {
				return PINF;
			}
			nadj = ln( PI / abs( t*x ) );
		}
		// If x equals 1 or 2, return 0
		if ( x === 1.0 || x === 2.0 ) {
			return 0.0;
		}
		// If x < 2, use lgamma(x) = lgamma(x+1) - log(x)
		if ( x < 2.0 ) {
			if ( x <= 0.9 ) {
				r = -ln( x );

				// 0.7316 <= x <=  0.9
				if ( x >= ( YMIN - 1.0 + 0.27 ) ) {
					y = 1.0 - x;
					flg = 0;
				}
				// 0.2316 <= x < 0.7316
				else if ( x >= (YMIN - 1.0 - 0.27) ) {
					y = x - (TC - 1.0);
					flg = 1;
				}
				// 0 < x < 0.2316
				else {
					y = x;
					flg = 2;
				}
			} else {
				r = 0.0;

				// 1.7316 <= x < 2
				if ( x >= (YMIN + 0.27) ) {
					y = 2.0 - x;
					flg = 0;
				}
				// 1.2316 <= x < 1.7316
				else if ( x >= (YMIN - 0.27) ) {
					y = x - TC;
					flg = 1;
				}
				// 0.9 < x < 1.2316
				else {
					y = x - 1.0;
					flg = 2;
				}
			}
			switch ( flg ) { // eslint-disable-line default-case
			case 0:
				z = y * y;
				p1 = A1C + (z*polyvalA1( z ));
				p2 = z * (A2C + (z*polyvalA2( z )));
				p = (y*p1) + p2;
				r += ( p - (0.5*y) );
				break;
			case 1:
				z = y * y;
				w = z * y;
				p1 = T1C + (w*polyvalT1( w ));
				p2 = T2C + (w*polyvalT2( w ));
				p3 = T3C + (w*polyvalT3( w ));
				p = (z*p1) - (TT - (w*(p2+(y*p3))));
				r += ( TF + p );
				break;
			case 2:
				p1 = y * (UC + (y*polyvalU( y )));
				p2 = VC + (y*polyvalV( y ));
				r += (-0.5*y) + (p1/p2);
				break;
			}
		}
		// 2 <= x < 8
		else if ( x < 8.0 ) {
			flg = trunc( x );
			y = x - flg;
			p = y * (SC + (y*polyvalS( y )));
			q = RC + (y*polyvalR( y ));
			r = (0.5*y) + (p/q);
			z = 1.0; // gammaln(1+s) = ln(s) + gammaln(s)
			switch ( flg ) { // eslint-disable-line default-case
			case 7:
				z *= y + 6.0;

				/* Falls through */
			case 6:
				z *= y + 5.0;

				/* Falls through */
			case 5:
				z *= y + 4.0;

				/* Falls through */
			case 4:
				z *= y + 3.0;

				/* Falls through */
			case 3:
				z *= y + 2.0;
				r += ln( z );
			}
		}
		// 8 <= x < 2**56
		else if ( x < TWO56 ) {
			t = ln( x );
			z = 1.0 / x;
			y = z * z;
			w = WC + (z*polyvalW( y ));
			r = ((x-0.5)*(t-1.0)) + w;
		}
		// 2**56 <= x <= Inf
		else {
			r = x * ( ln(x)-1.0 );
		}
		if ( isNegative ) {
			r = nadj - r;
		}
		return r;
	}


	// EXPORTS //

	main$f = gammaln;
	return main$f;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$o;
var hasRequiredLib$o;

function requireLib$o () {
	if (hasRequiredLib$o) return lib$o;
	hasRequiredLib$o = 1;

	/**
	* Evaluate the natural logarithm of the gamma function.
	*
	* @module @stdlib/math-base-special-gammaln
	*
	* @example
	* var gammaln = require( '@stdlib/math-base-special-gammaln' );
	*
	* var v = gammaln( 1.0 );
	* // returns 0.0
	*
	* v = gammaln( 2.0 );
	* // returns 0.0
	*
	* v = gammaln( 4.0 );
	* // returns ~1.792
	*
	* v = gammaln( -0.5 );
	* // returns ~1.266
	*
	* v = gammaln( 0.5 );
	* // returns ~0.572
	*
	* v = gammaln( 0.0 );
	* // returns Infinity
	*
	* v = gammaln( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$f();


	// EXPORTS //

	lib$o = main;
	return lib$o;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$n;
var hasRequiredLib$n;

function requireLib$n () {
	if (hasRequiredLib$n) return lib$n;
	hasRequiredLib$n = 1;

	/**
	* Natural logarithm of the maximum double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-max-ln
	* @type {number}
	*
	* @example
	* var FLOAT64_MAX_LN = require( '@stdlib/constants-float64-max-ln' );
	* // returns 709.782712893384
	*/


	// MAIN //

	/**
	* Natural logarithm of the maximum double-precision floating-point number.
	*
	* ## Notes
	*
	* The natural logarithm of the maximum is given by
	*
	* ```tex
	* \ln \left( 2^{1023} (2 - 2^{-52}) \right)
	* ```
	*
	* @constant
	* @type {number}
	* @default 709.782712893384
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MAX_LN = 709.782712893384;


	// EXPORTS //

	lib$n = FLOAT64_MAX_LN;
	return lib$n;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$m;
var hasRequiredLib$m;

function requireLib$m () {
	if (hasRequiredLib$m) return lib$m;
	hasRequiredLib$m = 1;

	/**
	* Square root of double-precision floating-point epsilon.
	*
	* @module @stdlib/constants-float64-sqrt-eps
	* @type {number}
	*
	* @example
	* var FLOAT64_SQRT_EPSILON = require( '@stdlib/constants-float64-sqrt-eps' );
	* // returns 0.14901161193847656e-7
	*/


	// MAIN //

	/**
	* Square root of double-precision floating-point epsilon.
	*
	* ```tex
	* \sqrt{\frac{1}{2^{52}}}
	* ```
	*
	* @constant
	* @type {number}
	* @default 0.14901161193847656e-7
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	* @see [Machine Epsilon]{@link https://en.wikipedia.org/wiki/Machine_epsilon}
	*/
	var FLOAT64_SQRT_EPSILON = 0.1490116119384765625e-7;


	// EXPORTS //

	lib$m = FLOAT64_SQRT_EPSILON;
	return lib$m;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$l;
var hasRequiredLib$l;

function requireLib$l () {
	if (hasRequiredLib$l) return lib$l;
	hasRequiredLib$l = 1;

	/**
	* Alias for `eval` global.
	*
	* @module @stdlib/utils-eval
	*
	* @example
	* var evil = require( '@stdlib/utils-eval' );
	*
	* var v = evil( '5*4*3*2*1' );
	* // returns 120
	*/

	// MODULES //

	var evil = eval; // eslint-disable-line no-eval


	// EXPORTS //

	lib$l = evil;
	return lib$l;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$e;
var hasRequiredMain$e;

function requireMain$e () {
	if (hasRequiredMain$e) return main$e;
	hasRequiredMain$e = 1;

	// MODULES //

	var evil = requireLib$l();


	// MAIN //

	/**
	* Tests for native `function*()` support.
	*
	* @returns {boolean} boolean indicating if an environment has native `function*()` support
	*
	* @example
	* var bool = hasGeneratorSupport();
	* // returns <boolean>
	*/
	function hasGeneratorSupport() {
		var bool;
		try {
			evil( '"use strict"; (function* () {})' );
			bool = true;
		} catch ( err ) { // eslint-disable-line no-unused-vars
			bool = false;
		}
		return bool;
	}


	// EXPORTS //

	main$e = hasGeneratorSupport;
	return main$e;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$k;
var hasRequiredLib$k;

function requireLib$k () {
	if (hasRequiredLib$k) return lib$k;
	hasRequiredLib$k = 1;

	/**
	* Test for native `function*()` support.
	*
	* @module @stdlib/assert-has-generator-support
	*
	* @example
	* var hasGeneratorSupport = require( '@stdlib/assert-has-generator-support' );
	*
	* var bool = hasGeneratorSupport();
	* // returns <boolean>
	*/

	// MODULES //

	var main = requireMain$e();


	// EXPORTS //

	lib$k = main;
	return lib$k;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var generators$1;
var hasRequiredGenerators$1;

function requireGenerators$1 () {
	if (hasRequiredGenerators$1) return generators$1;
	hasRequiredGenerators$1 = 1;

	// MODULES //

	var abs = requireLib$1g();
	var EPS = requireLib$R();


	// VARIABLES //

	var MAX_TERMS = 1000000;


	// MAIN //

	/**
	* Sum the elements of the series given by the supplied function.
	*
	* @param {Function} generator - series function
	* @param {Object} [options] - function options
	* @param {PositiveInteger} [options.maxTerms=1000000] - maximum number of terms to be added
	* @param {PositiveNumber} [options.tolerance=2.22e-16] - further terms are only added as long as the next term is greater than current term times the tolerance
	* @param {number} [options.initialValue=0] - initial value of the resulting sum
	* @returns {number} sum of all series terms
	*
	* @example
	* var gen = geometricSeriesGenerator( 0.9 );
	* var out = sumSeries( gen );
	* // returns 10.0
	*
	* function* geometricSeriesGenerator( x ) {
	*     var exponent = 0;
	*     while ( true ) {
	*         yield Math.pow( x, exponent );
	*         exponent += 1;
	*     }
	* }
	*/
	function sumSeries( generator, options ) {
		var isgenerator;
		var tolerance;
		var nextTerm;
		var counter;
		var result;
		var opts;

		opts = {};
		if ( arguments.length > 1 ) {
			opts = options;
		}
		tolerance = opts.tolerance || EPS;
		counter = opts.maxTerms || MAX_TERMS;
		result = opts.initialValue || 0;

		isgenerator = typeof generator.next === 'function';
		if ( isgenerator === true ) {
			// Case A: Iterate over generator object created by a generator function...
			for ( nextTerm of generator ) {
				result += nextTerm;
				if (
					abs(tolerance * result) >= abs(nextTerm) ||
					--counter === 0 // eslint-disable-line no-plusplus
				) {
					break;
				}
			}
		} else {
			// Case B: Repeatedly call function...
			do {
				nextTerm = generator();
				result += nextTerm;
			}
			while ( ( abs(tolerance * result) < abs(nextTerm) ) && --counter ); // eslint-disable-line no-plusplus
		}
		return result;
	}


	// EXPORTS //

	generators$1 = sumSeries;
	return generators$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var basic$1;
var hasRequiredBasic$1;

function requireBasic$1 () {
	if (hasRequiredBasic$1) return basic$1;
	hasRequiredBasic$1 = 1;

	// MODULES //

	var abs = requireLib$1g();
	var EPS = requireLib$R();


	// VARIABLES //

	var MAX_TERMS = 1000000;


	// MAIN //

	/**
	* Sum the elements of the series given by the supplied function.
	*
	* @param {Function} generator - series function
	* @param {Object} [options] - function options
	* @param {PositiveInteger} [options.maxTerms=1000000] - maximum number of terms to be added
	* @param {PositiveNumber} [options.tolerance=2.22e-16] - further terms are only added as long as the next term is greater than current term times the tolerance
	* @param {number} [options.initialValue=0] - initial value of the resulting sum
	* @returns {number} sum of all series terms
	*
	* @example
	* var gen = geometricSeriesClosure( 0.9 )
	* var out = sumSeries( gen );
	* // returns 10.0
	*
	* function geometricSeriesClosure( x ) {
	*     var exponent = -1;
	*     return function() {
	*         exponent += 1;
	*         return Math.pow( x, exponent );
	*     };
	* }
	*/
	function sumSeries( generator, options ) {
		var tolerance;
		var nextTerm;
		var counter;
		var result;
		var opts;

		opts = {};

		if ( arguments.length > 1 ) {
			opts = options;
		}
		tolerance = opts.tolerance || EPS;
		counter = opts.maxTerms || MAX_TERMS;
		result = opts.initialValue || 0;

		// Repeatedly call function...
		do {
			nextTerm = generator();
			result += nextTerm;
		}
		while ( ( abs(tolerance * result) < abs(nextTerm) ) && --counter ); // eslint-disable-line no-plusplus

		return result;
	}


	// EXPORTS //

	basic$1 = sumSeries;
	return basic$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$j;
var hasRequiredLib$j;

function requireLib$j () {
	if (hasRequiredLib$j) return lib$j;
	hasRequiredLib$j = 1;

	/**
	* Sum the elements of the series given by the supplied function.
	*
	* @module @stdlib/math-base-tools-sum-series
	*
	* @example
	* var sumSeries = require( '@stdlib/math-base-tools-sum-series' );
	*
	* var gen = geometricSeriesClosure( 0.9 );
	* var out = sumSeries( gen );
	* // returns 10.0
	*
	* function geometricSeriesClosure( x ) {
	*     var exponent = -1;
	*     return function() {
	*         exponent += 1;
	*         return Math.pow( x, exponent );
	*     };
	* }
	*/

	// MODULES //

	var hasGeneratorSupport = requireLib$k();
	var generator = requireGenerators$1();
	var basic = requireBasic$1();


	// MAIN //

	var sumSeries;
	if ( hasGeneratorSupport() ) {
		sumSeries = generator;
	} else {
		sumSeries = basic;
	}


	// EXPORTS //

	lib$j = sumSeries;
	return lib$j;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var tgamma_i_large_x_series;
var hasRequiredTgamma_i_large_x_series;

function requireTgamma_i_large_x_series () {
	if (hasRequiredTgamma_i_large_x_series) return tgamma_i_large_x_series;
	hasRequiredTgamma_i_large_x_series = 1;

	// MAIN //

	/**
	* Creates a function to evaluate a series expansion of the full upper fraction (Q) when `x` is large.
	*
	* @private
	* @param {number} a1 - function parameter
	* @param {number} x1 - function parameter
	* @returns {Function} series function
	*/
	function tgammaILargeXSeries( a1, x1 ) {
		var result = 1.0;
		var a = a1;
		var x = x1;
		return next;

		/**
		* Calculate the next term of the series.
		*
		* @private
		* @returns {number} series expansion term
		*/
		function next() {
			var r = result;
			result *= a / x;
			a -= 1.0;
			return r;
		}
	}


	// EXPORTS //

	tgamma_i_large_x_series = tgammaILargeXSeries;
	return tgamma_i_large_x_series;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var tgamma_i_large_x;
var hasRequiredTgamma_i_large_x;

function requireTgamma_i_large_x () {
	if (hasRequiredTgamma_i_large_x) return tgamma_i_large_x;
	hasRequiredTgamma_i_large_x = 1;

	// MODULES //

	var sumSeries = requireLib$j();
	var tgammaILargeXSeries = requireTgamma_i_large_x_series();


	// MAIN //

	/**
	* Sums the elements of the series given by the full upper fraction (Q) when `x` is large.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} x - function parameter
	* @returns {number} sum of series
	*/
	function tgammaILargeX( a, x ) {
		var result;
		var s;

		s = tgammaILargeXSeries( a, x );
		result = sumSeries( s );
		return result;
	}


	// EXPORTS //

	tgamma_i_large_x = tgammaILargeX;
	return tgamma_i_large_x;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var finite_gamma_q;
var hasRequiredFinite_gamma_q;

function requireFinite_gamma_q () {
	if (hasRequiredFinite_gamma_q) return finite_gamma_q;
	hasRequiredFinite_gamma_q = 1;

	// MODULES //

	var exp = requireLib$10();


	// MAIN //

	/**
	* Calculates normalized Q when a is an integer.
	*
	* @private
	* @param {integer} a - function parameter
	* @param {number} x - function parameter
	* @returns {number} upper gamma fraction
	*/
	function finiteGammaQ( a, x ) {
		var term;
		var sum;
		var e;
		var n;

		e = exp( -x );
		sum = e;
		if ( sum !== 0.0 ) {
			term = sum;
			for ( n = 1; n < a; ++n ) {
				term /= n;
				term *= x;
				sum += term;
			}
		}
		return sum;
	}


	// EXPORTS //

	finite_gamma_q = finiteGammaQ;
	return finite_gamma_q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_pp;
var hasRequiredPolyval_pp;

function requirePolyval_pp () {
	if (hasRequiredPolyval_pp) return polyval_pp;
	hasRequiredPolyval_pp = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.3250421072470015;
		}
		return -0.3250421072470015 + (x * (-0.02848174957559851 + (x * (-0.005770270296489442 + (x * -23763016656650163e-21))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_pp = evalpoly;
	return polyval_pp;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_qq;
var hasRequiredPolyval_qq;

function requirePolyval_qq () {
	if (hasRequiredPolyval_qq) return polyval_qq;
	hasRequiredPolyval_qq = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.39791722395915535;
		}
		return 0.39791722395915535 + (x * (0.0650222499887673 + (x * (0.005081306281875766 + (x * (0.00013249473800432164 + (x * -3960228278775368e-21))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_qq = evalpoly;
	return polyval_qq;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_pa;
var hasRequiredPolyval_pa;

function requirePolyval_pa () {
	if (hasRequiredPolyval_pa) return polyval_pa;
	hasRequiredPolyval_pa = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.41485611868374833;
		}
		return 0.41485611868374833 + (x * (-0.3722078760357013 + (x * (0.31834661990116175 + (x * (-0.11089469428239668 + (x * (0.035478304325618236 + (x * -0.002166375594868791))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_pa = evalpoly;
	return polyval_pa;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_qa;
var hasRequiredPolyval_qa;

function requirePolyval_qa () {
	if (hasRequiredPolyval_qa) return polyval_qa;
	hasRequiredPolyval_qa = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.10642088040084423;
		}
		return 0.10642088040084423 + (x * (0.540397917702171 + (x * (0.07182865441419627 + (x * (0.12617121980876164 + (x * (0.01363708391202905 + (x * 0.011984499846799107))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_qa = evalpoly;
	return polyval_qa;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_ra;
var hasRequiredPolyval_ra;

function requirePolyval_ra () {
	if (hasRequiredPolyval_ra) return polyval_ra;
	hasRequiredPolyval_ra = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.6938585727071818;
		}
		return -0.6938585727071818 + (x * (-10.558626225323291 + (x * (-62.375332450326006 + (x * (-162.39666946257347 + (x * (-184.60509290671104 + (x * (-81.2874355063066 + (x * -9.814329344169145))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_ra = evalpoly;
	return polyval_ra;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_sa;
var hasRequiredPolyval_sa;

function requirePolyval_sa () {
	if (hasRequiredPolyval_sa) return polyval_sa;
	hasRequiredPolyval_sa = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 19.651271667439257;
		}
		return 19.651271667439257 + (x * (137.65775414351904 + (x * (434.56587747522923 + (x * (645.3872717332679 + (x * (429.00814002756783 + (x * (108.63500554177944 + (x * (6.570249770319282 + (x * -0.0604244152148581))))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_sa = evalpoly;
	return polyval_sa;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_rb;
var hasRequiredPolyval_rb;

function requirePolyval_rb () {
	if (hasRequiredPolyval_rb) return polyval_rb;
	hasRequiredPolyval_rb = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.799283237680523;
		}
		return -0.799283237680523 + (x * (-17.757954917754752 + (x * (-160.63638485582192 + (x * (-637.5664433683896 + (x * (-1025.0951316110772 + (x * -483.5191916086514))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_rb = evalpoly;
	return polyval_rb;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_sb;
var hasRequiredPolyval_sb;

function requirePolyval_sb () {
	if (hasRequiredPolyval_sb) return polyval_sb;
	hasRequiredPolyval_sb = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 30.33806074348246;
		}
		return 30.33806074348246 + (x * (325.7925129965739 + (x * (1536.729586084437 + (x * (3199.8582195085955 + (x * (2553.0504064331644 + (x * (474.52854120695537 + (x * -22.44095244658582))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_sb = evalpoly;
	return polyval_sb;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/

var main$d;
var hasRequiredMain$d;

function requireMain$d () {
	if (hasRequiredMain$d) return main$d;
	hasRequiredMain$d = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var exp = requireLib$10();
	var setLowWord = requireLib$Y();
	var PINF = requireLib$1r();
	var NINF = requireLib$1p();
	var polyvalPP = requirePolyval_pp();
	var polyvalQQ = requirePolyval_qq();
	var polyvalPA = requirePolyval_pa();
	var polyvalQA = requirePolyval_qa();
	var polyvalRA = requirePolyval_ra();
	var polyvalSA = requirePolyval_sa();
	var polyvalRB = requirePolyval_rb();
	var polyvalSB = requirePolyval_sb();


	// VARIABLES //

	var TINY = 1.0e-300;

	// 2**-56 = 1/(2**56) = 1/72057594037927940
	var SMALL = 1.3877787807814457e-17;

	var ERX = 8.45062911510467529297e-1;  // 0x3FEB0AC1, 0x60000000

	var PPC = 1.28379167095512558561e-1;  // 0x3FC06EBA, 0x8214DB68
	var QQC = 1.0;

	var PAC = -0.0023621185607526594; // 0xBF6359B8, 0xBEF77538
	var QAC = 1.0;

	var RAC = -0.009864944034847148; // 0xBF843412, 0x600D6435
	var SAC = 1.0;

	var RBC = -0.0098649429247001; // 0xBF843412, 0x39E86F4A
	var SBC = 1.0;


	// MAIN //

	/**
	* Evaluates the complementary error function.
	*
	* ```tex
	* \operatorname{erf}(x) = \frac{2}{\sqrt{\pi}} \int^{x}_{0} e^{-t^2}\ \mathrm{dt}
	* ```
	*
	* Note that
	*
	* ```tex
	* \begin{align*}
	* \operatorname{erfc}(x) &= 1 - \operatorname{erf}(x) \\
	* \operatorname{erf}(-x) &= -\operatorname{erf}(x) \\
	* \operatorname{erfc}(-x) &= 2 - \operatorname{erfc}(x)
	* \end{align*}
	* ```
	*
	* ## Method
	*
	* 1.  For \\(|x| \in [0, 0.84375)\\),
	*
	*     ```tex
	*     \operatorname{erf}(x) = x + x \cdot \operatorname{R}(x^2)
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     1 - \operatorname{erf}(x) & \textrm{if}\ x \in (-.84375,0.25) \\
	*     0.5 + ((0.5-x)-x \mathrm{R}) & \textrm{if}\ x \in [0.25,0.84375)
	*     \end{cases}
	*     ```
	*
	*     where \\(R = P/Q\\) and where \\(P\\) is an odd polynomial of degree \\(8\\) and \\(Q\\) is an odd polynomial of degree \\(10\\).
	*
	*     ```tex
	*     \biggl| \mathrm{R} - \frac{\operatorname{erf}(x)-x}{x} \biggr| \leq 2^{-57.90}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     The formula is derived by noting
	*
	*     ```tex
	*     \operatorname{erf}(x) = \frac{2}{\sqrt{\pi}}\biggl(x - \frac{x^3}{3} + \frac{x^5}{10} - \frac{x^7}{42} + \ldots \biggr)
	*     ```
	*
	*     and that
	*
	*     ```tex
	*     \frac{2}{\sqrt{\pi}} = 1.128379167095512573896158903121545171688
	*     ```
	*
	*     is close to unity. The interval is chosen because the fix point of \\(\operatorname{erf}(x)\\) is near \\(0.6174\\) (i.e., \\(\operatorname{erf(x)} = x\\) when \\(x\\) is near \\(0.6174\\)), and, by some experiment, \\(0.84375\\) is chosen to guarantee the error is less than one ulp for \\(\operatorname{erf}(x)\\).
	*
	*     <!-- </note> -->
	*
	* 2.  For \\(|x| \in [0.84375,1.25)\\), let \\(s = |x|-1\\), and \\(c = 0.84506291151\\) rounded to single (\\(24\\) bits)
	*
	*     ```tex
	*     \operatorname{erf}(x) = \operatorname{sign}(x) \cdot \biggl(c + \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)}\biggr)
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     (1-c) - \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)} & \textrm{if}\ x > 0 \\
	*     1 + \biggl(c + \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)}\biggr) & \textrm{if}\ x < 0
	*     \end{cases}
	*     ```
	*
	*     where
	*
	*     ```tex
	*     \biggl|\frac{\mathrm{P1}}{\mathrm{Q1}} - (\operatorname{erf}(|x|)-c)\biggr| \leq 2^{-59.06}
	*     ```
	*
	*     <!-- <note> -->
	*
	*     Here, we use the Taylor series expansion at \\(x = 1\\)
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{erf}(1+s) &= \operatorname{erf}(1) + s\cdot \operatorname{poly}(s) \\
	*     &= 0.845.. + \frac{\operatorname{P1}(s)}{\operatorname{Q1}(s)}
	*     \end{align*}
	*     ```
	*
	*     using a rational approximation to approximate
	*
	*     ```tex
	*     \operatorname{erf}(1+s) - (c = (\mathrm{single})0.84506291151)
	*     ```
	*
	*     <!-- </note> -->
	*
	*     Note that, for \\(x \in [0.84375,1.25)\\), \\(|\mathrm{P1}/\mathrm{Q1}| < 0.078\\), where
	*
	*     -   \\(\operatorname{P1}(s)\\) is a degree \\(6\\) polynomial in \\(s\\)
	*     -   \\(\operatorname{Q1}(s)\\) is a degree \\(6\\) polynomial in \\(s\\)
	*
	* 3.  For \\(x \in [1.25,1/0.35)\\),
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{erfc}(x) &= \frac{1}{x}e^{-x^2-0.5625+(\mathrm{R1}/\mathrm{S1})} \\
	*     \operatorname{erf}(x) &= 1 - \operatorname{erfc}(x)
	*     \end{align*}
	*     ```
	*
	*     where
	*
	*     -   \\(\operatorname{R1}(z)\\) is a degree \\(7\\) polynomial in \\(z\\), where \\(z = 1/x^2\\)
	*     -   \\(\operatorname{S1}(z)\\) is a degree \\(8\\) polynomial in \\(z\\)
	*
	* 4.  For \\(x \in [1/0.35,28)\\),
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     \frac{1}{x} e^{-x^2-0.5625+(\mathrm{R2}/\mathrm{S2})} & \textrm{if}\ x > 0 \\
	*     2.0 - \frac{1}{x} e^{-x^2-0.5625+(\mathrm{R2}/\mathrm{S2})} & \textrm{if}\ -6 < x < 0 \\
	*     2.0 - \mathrm{tiny} & \textrm{if}\ x \leq -6
	*     \end{cases}
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erf}(x) = \begin{cases}
	*     \operatorname{sign}(x) \cdot (1.0 - \operatorname{erfc}(x)) & \textrm{if}\ x < 6 \\
	*     \operatorname{sign}(x) \cdot (1.0 - \mathrm{tiny}) & \textrm{otherwise}
	*     \end{cases}
	*     ```
	*
	*     where
	*
	*     -   \\(\operatorname{R2}(z)\\) is a degree \\(6\\) polynomial in \\(z\\), where \\(z = 1/x^2\\)
	*     -   \\(\operatorname{S2}(z)\\) is a degree \\(7\\) polynomial in \\(z\\)
	*
	* 5.  For \\(x \in [28, \infty)\\),
	*
	*     ```tex
	*     \begin{align*}
	*     \operatorname{erf}(x) &= \operatorname{sign}(x) \cdot (1 - \mathrm{tiny}) & \textrm{(raise inexact)}
	*     \end{align*}
	*     ```
	*
	*     and
	*
	*     ```tex
	*     \operatorname{erfc}(x) = \begin{cases}
	*     \mathrm{tiny} \cdot \mathrm{tiny} & \textrm{if}\ x > 0\ \textrm{(raise underflow)} \\
	*     2 - \mathrm{tiny} & \textrm{if}\ x < 0
	*     \end{cases}
	*     ```
	*
	* ## Special Cases
	*
	* ```tex
	* \begin{align*}
	* \operatorname{erf}(0) &= 0 \\
	* \operatorname{erf}(-0) &= -0 \\
	* \operatorname{erf}(\infty) &= 1 \\
	* \operatorname{erf}(-\infty) &= -1 \\
	* \operatorname{erfc}(0) &= 1 \\
	* \operatorname{erfc}(\infty) &= 0 \\
	* \operatorname{erfc}(-\infty) &= 2 \\
	* \operatorname{erf}(\mathrm{NaN}) &= \mathrm{NaN} \\
	* \operatorname{erfc}(\mathrm{NaN}) &= \mathrm{NaN}
	* \end{align*}
	* ```
	*
	* ## Notes
	*
	* -   To compute \\(\exp(-x^2-0.5625+(\mathrm{R}/\mathrm{S}))\\), let \\(s\\) be a single precision number and \\(s := x\\); then
	*
	*     ```tex
	*     -x^2 = -s^2 + (s-x)(s+x)
	*     ```
	*
	*     and
	*
	*     ```tex
	*     e^{-x^2-0.5626+(\mathrm{R}/\mathrm{S})} = e^{-s^2-0.5625} e^{(s-x)(s+x)+(\mathrm{R}/\mathrm{S})}
	*     ```
	*
	* -   `#4` and `#5` make use of the asymptotic series
	*
	*     ```tex
	*     \operatorname{erfc}(x) \approx \frac{e^{-x^2}}{x\sqrt{\pi}} (1 + \operatorname{poly}(1/x^2))
	*     ```
	*
	*     We use a rational approximation to approximate
	*
	*     ```tex
	*     g(s) = f(1/x^2) = \ln(\operatorname{erfc}(x) \cdot x) - x^2 + 0.5625
	*     ```
	*
	* -   The error bound for \\(\mathrm{R1}/\mathrm{S1}\\) is
	*
	*     ```tex
	*     |\mathrm{R1}/\mathrm{S1} - f(x)| < 2^{-62.57}
	*     ```
	*
	*     and for \\(\mathrm{R2}/\mathrm{S2}\\) is
	*
	*     ```tex
	*     |\mathrm{R2}/\mathrm{S2} - f(x)| < 2^{-61.52}
	*     ```
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var y = erfc( 2.0 );
	* // returns ~0.0047
	*
	* @example
	* var y = erfc( -1.0 );
	* // returns ~1.8427
	*
	* @example
	* var y = erfc( 0.0 );
	* // returns 1.0
	*
	* @example
	* var y = erfc( Infinity );
	* // returns 0.0
	*
	* @example
	* var y = erfc( -Infinity );
	* // returns 2.0
	*
	* @example
	* var y = erfc( NaN );
	* // returns NaN
	*/
	function erfc( x ) {
		var sign;
		var ax;
		var z;
		var r;
		var s;
		var y;
		var p;
		var q;

		// Special case: NaN
		if ( isnan( x ) ) {
			return NaN;
		}
		// Special case: +infinity
		if ( x === PINF ) {
			return 0.0;
		}
		// Special case: -infinity
		if ( x === NINF ) {
			return 2.0;
		}
		// Special case: +-0
		if ( x === 0.0 ) {
			return 1.0;
		}
		if ( x < 0.0 ) {
			sign = true;
			ax = -x;
		} else {
			sign = false;
			ax = x;
		}
		// |x| < 0.84375
		if ( ax < 0.84375 ) {
			if ( ax < SMALL ) {
				return 1.0 - x; // raise inexact
			}
			z = x * x;
			r = PPC + ( z*polyvalPP( z ) );
			s = QQC + ( z*polyvalQQ( z ) );
			y = r / s;

			// x < 1/4
			if ( x < 0.25 ) {
				return 1.0 - ( x + (x*y) );
			}
			r = x * y;
			r += x - 0.5;
			return 0.5 - r;
		}
		// 0.84375 <= |x| < 1.25
		if ( ax < 1.25 ) {
			s = ax - 1.0;
			p = PAC + ( s*polyvalPA( s ) );
			q = QAC + ( s*polyvalQA( s ) );
			if ( sign ) {
				return 1.0 + ERX + (p/q);
			}
			return 1.0 - ERX - (p/q);
		}
		// |x| < 28
		if ( ax < 28.0 ) {
			s = 1.0 / (ax*ax);

			// |x| < 1/0.35 ~ 2.857143
			if ( ax < 2.857142857142857 ) {
				r = RAC + ( s*polyvalRA( s ) );
				s = SAC + ( s*polyvalSA( s ) );
			}
			// |x| >= 1/0.35 ~ 2.857143
			else {
				// x < -6
				if ( x < -6 ) {
					return 2.0 - TINY; // raise inexact
				}
				r = RBC + ( s*polyvalRB( s ) );
				s = SBC + ( s*polyvalSB( s ) );
			}
			z = setLowWord( ax, 0 ); // pseudo-single (20-bit) precision x
			r = exp( -(z*z) - 0.5625 ) * exp( ((z-ax)*(z+ax)) + (r/s) );
			if ( sign ) {
				return 2.0 - (r/ax);
			}
			return r/ax;
		}
		if ( sign ) {
			return 2.0 - TINY; // raise inexact; ~2
		}
		return TINY * TINY; // raise inexact; ~0
	}


	// EXPORTS //

	main$d = erfc;
	return main$d;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$i;
var hasRequiredLib$i;

function requireLib$i () {
	if (hasRequiredLib$i) return lib$i;
	hasRequiredLib$i = 1;

	/**
	* Evaluate the complementary error function.
	*
	* @module @stdlib/math-base-special-erfc
	*
	* @example
	* var erfc = require( '@stdlib/math-base-special-erfc' );
	*
	* var y = erfc( 2.0 );
	* // returns ~0.0047
	*
	* y = erfc( -1.0 );
	* // returns ~1.8427
	*
	* y = erfc( 0.0 );
	* // returns 1.0
	*
	* y = erfc( Infinity );
	* // returns 0.0
	*
	* y = erfc( -Infinity );
	* // returns 2.0
	*
	* y = erfc( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$d();


	// EXPORTS //

	lib$i = main;
	return lib$i;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var finite_half_gamma_q;
var hasRequiredFinite_half_gamma_q;

function requireFinite_half_gamma_q () {
	if (hasRequiredFinite_half_gamma_q) return finite_half_gamma_q;
	hasRequiredFinite_half_gamma_q = 1;

	// MODULES //

	var erfc = requireLib$i();
	var sqrt = requireLib$1j();
	var exp = requireLib$10();
	var PI = requireLib$I();


	// MAIN //

	/**
	* Calculates normalized Q when a is a half-integer.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} x - function parameter
	* @returns {number} upper gamma fraction
	*/
	function finiteHalfGammaQ( a, x ) {
		var half;
		var term;
		var sum;
		var e;
		var n;

		e = erfc( sqrt(x) );
		if ( e !== 0 && a > 1.0 ) {
			term = exp( -x ) / sqrt( PI * x );
			term *= x;
			half = 0.5;
			term /= half;
			sum = term;
			for ( n = 2; n < a; ++n ) {
				term /= n - half;
				term *= x;
				sum += term;
			}
			e += sum;
		}
		return e;
	}


	// EXPORTS //

	finite_half_gamma_q = finiteHalfGammaQ;
	return finite_half_gamma_q;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$h;
var hasRequiredLib$h;

function requireLib$h () {
	if (hasRequiredLib$h) return lib$h;
	hasRequiredLib$h = 1;

	/**
	* Natural logarithm of the smallest normalized double-precision floating-point number.
	*
	* @module @stdlib/constants-float64-min-ln
	* @type {number}
	*
	* @example
	* var FLOAT64_MIN_LN = require( '@stdlib/constants-float64-min-ln' );
	* // returns -708.3964185322641
	*/


	// MAIN //

	/**
	* Natural logarithm of the smallest normalized double-precision floating-point number.
	*
	* ## Notes
	*
	* The number has the value
	*
	* ```tex
	* -\ln \left( 2^{1023-1} \right)
	* ```
	*
	* @constant
	* @type {number}
	* @default -708.3964185322641
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MIN_LN = -708.3964185322641;


	// EXPORTS //

	lib$h = FLOAT64_MIN_LN;
	return lib$h;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var full_igamma_prefix$1;
var hasRequiredFull_igamma_prefix$1;

function requireFull_igamma_prefix$1 () {
	if (hasRequiredFull_igamma_prefix$1) return full_igamma_prefix$1;
	hasRequiredFull_igamma_prefix$1 = 1;

	// MODULES //

	var exp = requireLib$10();
	var pow = requireLib$T();
	var ln = requireLib$r();
	var MAX_LN = requireLib$n();
	var MIN_LN = requireLib$h();


	// MAIN //

	/**
	* Calculates the power term prefix `(z^a)(e^-z)` used in the non-normalized incomplete gammas.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} z - function parameter
	* @returns {number} power term prefix
	*/
	function fullIGammaPrefix( a, z ) {
		var prefix;
		var alz;

		alz = a * ln( z );
		if ( z >= 1.0 ) {
			if ( ( alz < MAX_LN ) && ( -z > MIN_LN ) ) {
				prefix = pow( z, a ) * exp( -z );
			} else if ( a >= 1.0 ) {
				prefix = pow( z / exp(z/a), a );
			} else {
				prefix = exp( alz - z );
			}
		} else {
			/* eslint-disable no-lonely-if */
			if ( alz > MIN_LN ) {
				prefix = pow( z, a ) * exp( -z );
			} else if ( z/a < MAX_LN ) {
				prefix = pow( z / exp(z/a), a );
			} else {
				prefix = exp( alz - z );
			}
		}
		return prefix;
	}


	// EXPORTS //

	full_igamma_prefix$1 = fullIGammaPrefix;
	return full_igamma_prefix$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$c;
var hasRequiredMain$c;

function requireMain$c () {
	if (hasRequiredMain$c) return main$c;
	hasRequiredMain$c = 1;

	// MAIN //

	/**
	* Evaluates a polynomial using double-precision floating-point arithmetic.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @param {NumericArray} c - polynomial coefficients sorted in ascending degree
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*
	* @example
	* var v = evalpoly( [ 3.0, 2.0, 1.0 ], 10.0 ); // 3*10^0 + 2*10^1 + 1*10^2
	* // returns 123.0
	*/
	function evalpoly( c, x ) {
		var p;
		var i;

		i = c.length;
		if ( i < 2 || x === 0.0 ) {
			if ( i === 0 ) {
				return 0.0;
			}
			return c[ 0 ];
		}
		i -= 1;
		p = ( c[ i ] * x ) + c[ i-1 ];
		i -= 2;
		while ( i >= 0 ) {
			p = ( p * x ) + c[ i ];
			i -= 1;
		}
		return p;
	}


	// EXPORTS //

	main$c = evalpoly;
	return main$c;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$b;
var hasRequiredMain$b;

function requireMain$b () {
	if (hasRequiredMain$b) return main$b;
	hasRequiredMain$b = 1;

	// MAIN //

	/**
	* Returns a Function object.
	*
	* @name Function
	* @constructor
	* @type {Function}
	* @param {...*} [argNames] - parameters names
	* @param {string} body - function body
	* @returns {Function} function
	*
	* @example
	* var add = new Fcn( 'x', 'y', 'return x + y' );
	*
	* var v = add( 1, 2 );
	* // returns 3
	*/
	var Fcn = Function; // eslint-disable-line stdlib/require-globals


	// EXPORTS //

	main$b = Fcn;
	return main$b;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$g;
var hasRequiredLib$g;

function requireLib$g () {
	if (hasRequiredLib$g) return lib$g;
	hasRequiredLib$g = 1;

	/**
	* Function constructor.
	*
	* @module @stdlib/function-ctor
	*
	* @example
	* var Function = require( '@stdlib/function-ctor' );
	*
	* var add = new Function( 'x', 'y', 'return x + y' );
	*
	* var v = add( 1, 2 );
	* // returns 3
	*/

	// MODULES //

	var main = requireMain$b();


	// EXPORTS //

	lib$g = main;
	return lib$g;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var factory_1;
var hasRequiredFactory;

function requireFactory () {
	if (hasRequiredFactory) return factory_1;
	hasRequiredFactory = 1;

	// MODULES //

	var Fcn = requireLib$g();
	var evalpoly = requireMain$c();


	// MAIN //

	/**
	* Generates a function for evaluating a polynomial using double-precision floating-point arithmetic.
	*
	* ## Notes
	*
	* -   The compiled function uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @param {NumericArray} c - polynomial coefficients sorted in ascending degree
	* @returns {Function} function for evaluating a polynomial
	*
	* @example
	* var polyval = factory( [ 3.0, 2.0, 1.0 ] );
	*
	* var v = polyval( 10.0 ); // => 3*10^0 + 2*10^1 + 1*10^2
	* // returns 123.0
	*
	* v = polyval( 5.0 ); // => 3*5^0 + 2*5^1 + 1*5^2
	* // returns 38.0
	*/
	function factory( c ) {
		var f;
		var n;
		var m;
		var i;

		// Avoid exceeding the maximum stack size on V8 :(. Note that the choice of `500` was empirically determined...
		if ( c.length > 500 ) {
			return polyval;
		}
		// Code generation. Start with the function definition...
		f = 'return function evalpoly(x){';

		// Create the function body...
		n = c.length;

		// If no coefficients, the function always returns 0...
		if ( n === 0 ) {
			f += 'return 0.0;';
		}
		// If only one coefficient, the function always returns that coefficient...
		else if ( n === 1 ) {
			f += 'return ' + c[ 0 ] + ';';
		}
		// If more than one coefficient, apply Horner's method...
		else {
			// If `x == 0`, return the first coefficient...
			f += 'if(x===0.0){return ' + c[ 0 ] + ';}';

			// Otherwise, evaluate the polynomial...
			f += 'return ' + c[ 0 ];
			m = n - 1;
			for ( i = 1; i < n; i++ ) {
				f += '+x*';
				if ( i < m ) {
					f += '(';
				}
				f += c[ i ];
			}
			// Close all the parentheses...
			for ( i = 0; i < m-1; i++ ) {
				f += ')';
			}
			f += ';';
		}
		// Close the function:
		f += '}';

		// Add a source directive for debugging:
		f += '//# sourceURL=evalpoly.factory.js';

		// Create the function in the global scope:
		return ( new Fcn( f ) )();

		/*
		*    function evalpoly( x ) {
		*        if ( x === 0.0 ) {
		*            return c[ 0 ];
		*        }
		*        return c[0]+x*(c[1]+x*(c[2]+x*(c[3]+...+x*(c[n-2]+x*c[n-1]))));
		*    }
		*/

		/**
		* Evaluates a polynomial.
		*
		* @private
		* @param {number} x - value at which to evaluate a polynomial
		* @returns {number} evaluated polynomial
		*/
		function polyval( x ) {
			return evalpoly( c, x );
		}
	}


	// EXPORTS //

	factory_1 = factory;
	return factory_1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$f;
var hasRequiredLib$f;

function requireLib$f () {
	if (hasRequiredLib$f) return lib$f;
	hasRequiredLib$f = 1;

	/**
	* Evaluate a polynomial using double-precision floating-point arithmetic.
	*
	* @module @stdlib/math-base-tools-evalpoly
	*
	* @example
	* var evalpoly = require( '@stdlib/math-base-tools-evalpoly' );
	*
	* var v = evalpoly( [ 3.0, 2.0, 1.0 ], 10.0 ); // 3*10^0 + 2*10^1 + 1*10^2
	* // returns 123.0
	*
	* @example
	* var evalpoly = require( '@stdlib/math-base-tools-evalpoly' );
	*
	* var polyval = evalpoly.factory( [ 3.0, 2.0, 1.0 ] );
	*
	* var v = polyval( 10.0 ); // => 3*10^0 + 2*10^1 + 1*10^2
	* // returns 123.0
	*
	* v = polyval( 5.0 ); // => 3*5^0 + 2*5^1 + 1*5^2
	* // returns 38.0
	*/

	// MODULES //

	var setReadOnly = requireLib$1R();
	var main = requireMain$c();
	var factory = requireFactory();


	// MAIN //

	setReadOnly( main, 'factory', factory );


	// EXPORTS //

	lib$f = main;
	return lib$f;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/

var log1p_series;
var hasRequiredLog1p_series;

function requireLog1p_series () {
	if (hasRequiredLog1p_series) return log1p_series;
	hasRequiredLog1p_series = 1;

	// MAIN //

	/**
	* Creates a function to evaluate a Taylor series expansion `pow(-1, k-1) * pow(x, k) / k` for `ln(1 + x)`.
	*
	* @private
	* @param {number} x - the value at which to evaluate the series
	* @returns {Function} series function
	*/
	function log1pSeries( x ) {
		var mMult = -x;
		var mProd = -1;
		var k = 0;

		return next;

		/**
		* Calculate the next term of the series.
		*
		* @private
		* @returns {number} series expansion term
		*/
		function next() {
			mProd *= mMult;
			k += 1;
			return mProd / k;
		}
	}


	// EXPORTS //

	log1p_series = log1pSeries;
	return log1p_series;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$a;
var hasRequiredMain$a;

function requireMain$a () {
	if (hasRequiredMain$a) return main$a;
	hasRequiredMain$a = 1;

	// MODULES //

	var abs = requireLib$1g();
	var ln = requireLib$r();
	var FLOAT_EPS = requireLib$R();
	var sumSeries = requireLib$j();
	var log1pSeries = requireLog1p_series();


	// MAIN //

	/**
	* Evaluates \\( \operatorname{log1pmx}(x) = \ln(1+x) - x \\).
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = log1pmx( 1.1 );
	* // returns ~-0.358
	*
	* @example
	* var v = log1pmx( 0.99 );
	* // returns ~-0.302
	*
	* @example
	* var v = log1pmx( -0.99 );
	* // returns ~-3.615
	*
	* @example
	* var v = log1pmx( -1.1 );
	* // returns NaN
	*
	* @example
	* var v = log1pmx( NaN );
	* // returns NaN
	*/
	function log1pmx( x ) {
		var opts;
		var ax;
		if ( x <= -1 ) {
			return NaN;
		}
		ax = abs( x );
		if ( ax > 0.95 ) {
			return ln( 1.0 + x ) - x;
		}
		if ( ax < FLOAT_EPS ) {
			return -x * x / 2.0;
		}
		opts = {
			'initialValue': -x
		};
		return sumSeries( log1pSeries( x ), opts );
	}


	// EXPORTS //

	main$a = log1pmx;
	return main$a;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$e;
var hasRequiredLib$e;

function requireLib$e () {
	if (hasRequiredLib$e) return lib$e;
	hasRequiredLib$e = 1;

	/**
	* Evaluate \\( \operatorname{log1pmx}(x) = \ln(1+x) - x \\).
	*
	* @module @stdlib/math-base-special-log1pmx
	*
	* @example
	* var log1pmx = require( '@stdlib/math-base-special-log1pmx' );
	*
	* var v = log1pmx( 1.1 );
	* // returns ~-0.358
	*
	* v = log1pmx( 0.99 );
	* // returns ~-0.302
	*
	* v = log1pmx( -0.99 );
	* // returns ~-3.615
	*
	* v = log1pmx( NaN );
	* // returns NaN
	*/

	// MODULES //

	var log1pmx = requireMain$a();


	// EXPORTS //

	lib$e = log1pmx;
	return lib$e;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$d;
var hasRequiredLib$d;

function requireLib$d () {
	if (hasRequiredLib$d) return lib$d;
	hasRequiredLib$d = 1;

	/**
	* The mathematical constant `π` times `2`.
	*
	* @module @stdlib/constants-float64-two-pi
	* @type {number}
	*
	* @example
	* var TWO_PI = require( '@stdlib/constants-float64-two-pi' );
	* // returns 6.283185307179586
	*/


	// MAIN //

	/**
	* The mathematical constant `π` times `2`.
	*
	* @constant
	* @type {number}
	* @default 6.283185307179586
	* @see [Wikipedia]{@link https://en.wikipedia.org/wiki/Pi}
	*/
	var TWO_PI = 6.28318530717958647692528676655900576839433879875021164194988918461563281257241799725606965068423413596429617303; // eslint-disable-line max-len


	// EXPORTS //

	lib$d = TWO_PI;
	return lib$d;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c0;
var hasRequiredPolyval_c0;

function requirePolyval_c0 () {
	if (hasRequiredPolyval_c0) return polyval_c0;
	hasRequiredPolyval_c0 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.3333333333333333;
		}
		return -0.3333333333333333 + (x * (0.08333333333333333 + (x * (-0.014814814814814815 + (x * (0.0011574074074074073 + (x * (0.0003527336860670194 + (x * (-1787551440329218e-19 + (x * (0.00003919263178522438 + (x * (-21854485106799924e-22 + (x * (-185406221071516e-20 + (x * (8.296711340953087e-7 + (x * (-1.7665952736826078e-7 + (x * (6.707853543401498e-9 + (x * (1.0261809784240309e-8 + (x * (-4.382036018453353e-9 + (x * 9.14769958223679e-10))))))))))))))))))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c0 = evalpoly;
	return polyval_c0;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c1;
var hasRequiredPolyval_c1;

function requirePolyval_c1 () {
	if (hasRequiredPolyval_c1) return polyval_c1;
	hasRequiredPolyval_c1 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -0.001851851851851852;
		}
		return -0.001851851851851852 + (x * (-0.003472222222222222 + (x * (0.0026455026455026454 + (x * (-9902263374485596e-19 + (x * (0.00020576131687242798 + (x * (-4.018775720164609e-7 + (x * (-18098550334489977e-21 + (x * (0.00000764916091608111 + (x * (-16120900894563446e-22 + (x * (4.647127802807434e-9 + (x * (1.378633446915721e-7 + (x * (-5.752545603517705e-8 + (x * 1.1951628599778148e-8))))))))))))))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c1 = evalpoly;
	return polyval_c1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c2;
var hasRequiredPolyval_c2;

function requirePolyval_c2 () {
	if (hasRequiredPolyval_c2) return polyval_c2;
	hasRequiredPolyval_c2 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.004133597883597883;
		}
		return 0.004133597883597883 + (x * (-0.0026813271604938273 + (x * (0.0007716049382716049 + (x * (0.0000020093878600823047 + (x * (-10736653226365161e-20 + (x * (0.000052923448829120125 + (x * (-12760635188618728e-21 + (x * (3.423578734096138e-8 + (x * (0.0000013721957309062932 + (x * (-6.298992138380055e-7 + (x * 1.4280614206064242e-7))))))))))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c2 = evalpoly;
	return polyval_c2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c3;
var hasRequiredPolyval_c3;

function requirePolyval_c3 () {
	if (hasRequiredPolyval_c3) return polyval_c3;
	hasRequiredPolyval_c3 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.0006494341563786008;
		}
		return 0.0006494341563786008 + (x * (0.00022947209362139917 + (x * (-4691894943952557e-19 + (x * (0.00026772063206283885 + (x * (-7561801671883977e-20 + (x * (-2.396505113867297e-7 + (x * (0.000011082654115347302 + (x * (-56749528269915965e-22 + (x * 0.0000014230900732435883))))))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c3 = evalpoly;
	return polyval_c3;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c4;
var hasRequiredPolyval_c4;

function requirePolyval_c4 () {
	if (hasRequiredPolyval_c4) return polyval_c4;
	hasRequiredPolyval_c4 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -8618882909167117e-19;
		}
		return -8618882909167117e-19 + (x * (0.0007840392217200666 + (x * (-2990724803031902e-19 + (x * (-14638452578843418e-22 + (x * (0.00006641498215465122 + (x * (-3968365047179435e-20 + (x * 0.000011375726970678419))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c4 = evalpoly;
	return polyval_c4;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c5;
var hasRequiredPolyval_c5;

function requirePolyval_c5 () {
	if (hasRequiredPolyval_c5) return polyval_c5;
	hasRequiredPolyval_c5 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -33679855336635813e-20;
		}
		return -33679855336635813e-20 + (x * (-6972813758365858e-20 + (x * (0.0002772753244959392 + (x * (-19932570516188847e-20 + (x * (0.00006797780477937208 + (x * (1.419062920643967e-7 + (x * (-13594048189768693e-21 + (x * (0.000008018470256334202 + (x * -2291481176508095e-21))))))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c5 = evalpoly;
	return polyval_c5;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c6;
var hasRequiredPolyval_c6;

function requirePolyval_c6 () {
	if (hasRequiredPolyval_c6) return polyval_c6;
	hasRequiredPolyval_c6 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.0005313079364639922;
		}
		return 0.0005313079364639922 + (x * (-5921664373536939e-19 + (x * (0.0002708782096718045 + (x * (7.902353232660328e-7 + (x * (-8153969367561969e-20 + (x * (0.0000561168275310625 + (x * -18329116582843375e-21))))))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c6 = evalpoly;
	return polyval_c6;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c7;
var hasRequiredPolyval_c7;

function requirePolyval_c7 () {
	if (hasRequiredPolyval_c7) return polyval_c7;
	hasRequiredPolyval_c7 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return 0.00034436760689237765;
		}
		return 0.00034436760689237765 + (x * (0.00005171790908260592 + (x * (-33493161081142234e-20 + (x * (0.0002812695154763237 + (x * -10976582244684731e-20))))))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c7 = evalpoly;
	return polyval_c7;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var polyval_c8;
var hasRequiredPolyval_c8;

function requirePolyval_c8 () {
	if (hasRequiredPolyval_c8) return polyval_c8;
	hasRequiredPolyval_c8 = 1;

	// MAIN //

	/**
	* Evaluates a polynomial.
	*
	* ## Notes
	*
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the polynomial
	* @returns {number} evaluated polynomial
	*/
	function evalpoly( x ) {
		if ( x === 0.0 ) {
			return -6526239185953094e-19;
		}
		return -6526239185953094e-19 + (x * (0.0008394987206720873 + (x * -438297098541721e-18))); // eslint-disable-line max-len
	}


	// EXPORTS //

	polyval_c8 = evalpoly;
	return polyval_c8;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var igamma_temme_large;
var hasRequiredIgamma_temme_large;

function requireIgamma_temme_large () {
	if (hasRequiredIgamma_temme_large) return igamma_temme_large;
	hasRequiredIgamma_temme_large = 1;

	// MODULES //

	var evalpoly = requireLib$f();
	var log1pmx = requireLib$e();
	var erfc = requireLib$i();
	var sqrt = requireLib$1j();
	var exp = requireLib$10();
	var TWO_PI = requireLib$d();
	var polyvalC0 = requirePolyval_c0();
	var polyvalC1 = requirePolyval_c1();
	var polyvalC2 = requirePolyval_c2();
	var polyvalC3 = requirePolyval_c3();
	var polyvalC4 = requirePolyval_c4();
	var polyvalC5 = requirePolyval_c5();
	var polyvalC6 = requirePolyval_c6();
	var polyvalC7 = requirePolyval_c7();
	var polyvalC8 = requirePolyval_c8();


	// VARIABLES //

	// Pre-allocate workspace array:
	var workspace = [ 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 ]; // WARNING: not thread safe


	// MAIN //

	/**
	* Asymptotic expansions of the incomplete gamma functions when `a` is large and `x ~ a` (IEEE double precision or 10^-17).
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} x - function parameter
	* @returns {number} value of asymptotic expansion
	*/
	function igammaTemmeLarge( a, x ) {
		var result;
		var sigma;
		var phi;
		var y;
		var z;

		sigma = ( x-a ) / a;
		phi = -log1pmx( sigma );
		y = a * phi;
		z = sqrt( 2.0 * phi );
		if ( x < a ) {
			z = -z;
		}
		workspace[ 0 ] = polyvalC0( z );
		workspace[ 1 ] = polyvalC1( z );
		workspace[ 2 ] = polyvalC2( z );
		workspace[ 3 ] = polyvalC3( z );
		workspace[ 4 ] = polyvalC4( z );
		workspace[ 5 ] = polyvalC5( z );
		workspace[ 6 ] = polyvalC6( z );
		workspace[ 7 ] = polyvalC7( z );
		workspace[ 8 ] = polyvalC8( z );
		workspace[ 9 ] = -5967612901927463e-19;
		result = evalpoly( workspace, 1.0/a );
		result *= exp( -y ) / sqrt( TWO_PI * a );
		if ( x < a ) {
			result = -result;
		}
		result += erfc( sqrt(y) ) / 2.0;
		return result;
	}


	// EXPORTS //

	igamma_temme_large = igammaTemmeLarge;
	return igamma_temme_large;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var lower_incomplete_gamma_series;
var hasRequiredLower_incomplete_gamma_series;

function requireLower_incomplete_gamma_series () {
	if (hasRequiredLower_incomplete_gamma_series) return lower_incomplete_gamma_series;
	hasRequiredLower_incomplete_gamma_series = 1;

	// MAIN //

	/**
	* Creates a function to evaluate a series expansion of the incomplete gamma function.
	*
	* @private
	* @param {number} a1 - function parameter
	* @param {number} z1 - function parameter
	* @returns {Function} series function
	*/
	function lowerIncompleteGammaSeries( a1, z1 ) {
		var result = 1.0;
		var a = a1;
		var z = z1;
		return next;

		/**
		* Calculate the next term of the series.
		*
		* @private
		* @returns {number} series expansion term
		*/
		function next() {
			var r = result;
			a += 1.0;
			result *= z/a;
			return r;
		}
	}


	// EXPORTS //

	lower_incomplete_gamma_series = lowerIncompleteGammaSeries;
	return lower_incomplete_gamma_series;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var lower_gamma_series;
var hasRequiredLower_gamma_series;

function requireLower_gamma_series () {
	if (hasRequiredLower_gamma_series) return lower_gamma_series;
	hasRequiredLower_gamma_series = 1;

	// MODULES //

	var sumSeries = requireLib$j();
	var lowerIncompleteGammaSeries = requireLower_incomplete_gamma_series();


	// MAIN //

	/**
	* Sums elements of the series expansion of the lower incomplete gamma function.
	*
	* ## Method
	*
	* -   Multiply result by `((z^a) * (e^-z) / a)` to get the full lower incomplete integral.
	* -   Divide by `gamma(a)` to get the normalized value.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} z - function parameter
	* @param {number} initialValue - initial value of the resulting sum
	* @returns {number} sum of terms of lower gamma series
	*/
	function lowerGammaSeries( a, z, initialValue ) {
		var result;
		var s;

		initialValue = initialValue || 0.0;
		s = lowerIncompleteGammaSeries( a, z );
		result = sumSeries( s, {
			'initialValue': initialValue
		});
		return result;
	}


	// EXPORTS //

	lower_gamma_series = lowerGammaSeries;
	return lower_gamma_series;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_pq;
var hasRequiredRational_pq;

function requireRational_pq () {
	if (hasRequiredRational_pq) return rational_pq;
	hasRequiredRational_pq = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return Infinity;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = 709811.662581658 + (x * (679979.8474157227 + (x * (293136.7857211597 + (x * (74887.54032914672 + (x * (12555.290582413863 + (x * (1443.4299244417066 + (x * (115.24194596137347 + (x * (6.309239205732627 + (x * (0.22668404630224365 + (x * (0.004826466289237662 + (x * 0.00004624429436045379))))))))))))))))))); // eslint-disable-line max-len
			s2 = 0.0 + (x * (362880.0 + (x * (1026576.0 + (x * (1172700.0 + (x * (723680.0 + (x * (269325.0 + (x * (63273.0 + (x * (9450.0 + (x * (870.0 + (x * (45.0 + (x * 1.0))))))))))))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 0.00004624429436045379 + (x * (0.004826466289237662 + (x * (0.22668404630224365 + (x * (6.309239205732627 + (x * (115.24194596137347 + (x * (1443.4299244417066 + (x * (12555.290582413863 + (x * (74887.54032914672 + (x * (293136.7857211597 + (x * (679979.8474157227 + (x * 709811.662581658))))))))))))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (45.0 + (x * (870.0 + (x * (9450.0 + (x * (63273.0 + (x * (269325.0 + (x * (723680.0 + (x * (1172700.0 + (x * (1026576.0 + (x * (362880.0 + (x * 0.0))))))))))))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_pq = evalrational;
	return rational_pq;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$9;
var hasRequiredMain$9;

function requireMain$9 () {
	if (hasRequiredMain$9) return main$9;
	hasRequiredMain$9 = 1;

	// MAIN //

	/**
	* Calculates the Lanczos sum for the approximation of the gamma function (scaled by `exp(-g)`, where `g = 10.900511`.
	*
	* @name gammaLanczosSumExpGScaled
	* @type {Function}
	* @param {number} x - input value
	* @returns {number} Lanczos sum approximation
	*
	* @example
	* var v = gammaLanczosSumExpGScaled( 4.0 );
	* // returns ~0.018
	*
	* @example
	* var v = gammaLanczosSumExpGScaled( -1.5 );
	* // returns ~25.337
	*
	* @example
	* var v = gammaLanczosSumExpGScaled( -0.5 );
	* // returns ~-12.911
	*
	* @example
	* var v = gammaLanczosSumExpGScaled( 0.5 );
	* // returns ~1.772
	*
	* @example
	* var v = gammaLanczosSumExpGScaled( 0.0 );
	* // returns Infinity
	*
	* @example
	* var v = gammaLanczosSumExpGScaled( NaN );
	* // returns NaN
	*/
	var gammaLanczosSumExpGScaled = requireRational_pq();


	// EXPORTS //

	main$9 = gammaLanczosSumExpGScaled;
	return main$9;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$c;
var hasRequiredLib$c;

function requireLib$c () {
	if (hasRequiredLib$c) return lib$c;
	hasRequiredLib$c = 1;

	/**
	* Calculate the Lanczos sum for the approximation of the gamma function (scaled by `exp(-g)`, where `g = 10.900511`.
	*
	* @module @stdlib/math-base-special-gamma-lanczos-sum-expg-scaled
	*
	* @example
	* var gammaLanczosSumExpGScaled = require( '@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled' );
	*
	* var v = gammaLanczosSumExpGScaled( 4.0 );
	* // returns ~0.018
	*
	* v = gammaLanczosSumExpGScaled( -1.5 );
	* // returns ~25.337
	*
	* v = gammaLanczosSumExpGScaled( -0.5 );
	* // returns ~-12.911
	*
	* v = gammaLanczosSumExpGScaled( 0.5 );
	* // returns ~1.772
	*
	* v = gammaLanczosSumExpGScaled( 0.0 );
	* // returns Infinity
	*
	* v = gammaLanczosSumExpGScaled( NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$9();


	// EXPORTS //

	lib$c = main;
	return lib$c;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var regularised_gamma_prefix;
var hasRequiredRegularised_gamma_prefix;

function requireRegularised_gamma_prefix () {
	if (hasRequiredRegularised_gamma_prefix) return regularised_gamma_prefix;
	hasRequiredRegularised_gamma_prefix = 1;

	// MODULES //

	var lanczosSumExpGScaled = requireLib$c();
	var gammaln = requireLib$o();
	var gamma = requireLib$x();
	var log1pmx = requireLib$e();
	var sqrt = requireLib$1j();
	var abs = requireLib$1g();
	var exp = requireLib$10();
	var pow = requireLib$T();
	var max = requireLib$O();
	var min = requireLib$M();
	var ln = requireLib$r();
	var FLOAT64_MAX = requireLib$L();
	var MAX_LN = requireLib$n();
	var MIN_LN = requireLib$h();
	var G = requireLib$t();
	var E = requireLib$S();


	// MAIN //

	/**
	* Computes `(z^a)*(e^-z) / gamma(a)`.
	*
	* @private
	* @param {number} a - input value
	* @param {number} z - input value
	* @returns {number} function value
	*/
	function regularisedGammaPrefix( a, z ) {
		var prefix;
		var amza;
		var agh;
		var alz;
		var amz;
		var sq;
		var d;

		agh = a + G - 0.5;
		d = ( (z - a) - G + 0.5 ) / agh;
		if ( a < 1.0 ) {
			// Treat a < 1.0 as a special case because our Lanczos approximations are optimized against the factorials with a > 1.0, and for high precision types very small values of `a` can give rather erroneous results for gamma:
			if ( z <= MIN_LN || a < 1.0 / FLOAT64_MAX ) {
				// Use logs, so should be free of cancellation errors:
				return exp( ( a * ln(z) ) - z - gammaln( a ) );
			}
			// No danger of overflow as `gamma(a) < 1/a` for small `a`, so direct calculation:
			return pow( z, a ) * exp( -z ) / gamma( a );
		}
		if ( abs(d*d*a) <= 100.0 && a > 150.0 ) {
			// Special case for large a and a ~ z:
			prefix = ( a * log1pmx( d ) ) + ( z * ( 0.5-G ) / agh );
			prefix = exp( prefix );
		} else {
			// General case. Direct computation is most accurate, but use various fallbacks for different parts of the problem domain:
			alz = a * ln( z / agh );
			amz = a - z;
			if (
				min(alz, amz) <= MIN_LN ||
				max(alz, amz) >= MAX_LN
			) {
				amza = amz / a;
				if (
					min(alz, amz)/2.0 > MIN_LN &&
					max(alz, amz)/2.0 < MAX_LN
				) {
					// Compute square root of the result and then square it:
					sq = pow( z / agh, a / 2.0 ) * exp( amz / 2.0 );
					prefix = sq * sq;
				} else if (
					min(alz, amz)/4.0 > MIN_LN &&
					max(alz, amz)/4.0 < MAX_LN &&
					z > a
				) {
					// Compute the 4th root of the result then square it twice:
					sq = pow( z / agh, a / 4.0 ) * exp( amz / 4.0 );
					prefix = sq * sq;
					prefix *= prefix;
				} else if (
					amza > MIN_LN &&
					amza < MAX_LN
				) {
					prefix = pow( (z * exp(amza)) / agh, a );
				} else {
					prefix = exp( alz + amz );
				}
			} else {
				prefix = pow( z / agh, a ) * exp( amz );
			}
		}
		prefix *= sqrt( agh / E ) / lanczosSumExpGScaled( a );
		return prefix;
	}


	// EXPORTS //

	regularised_gamma_prefix = regularisedGammaPrefix;
	return regularised_gamma_prefix;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$8;
var hasRequiredMain$8;

function requireMain$8 () {
	if (hasRequiredMain$8) return main$8;
	hasRequiredMain$8 = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var isinfinite = requireLib$1a();
	var abs = requireLib$1g();
	var expm1 = requireLib$1m();
	var ln = requireLib$r();
	var pow = requireLib$T();
	var trunc = requireLib$1e();


	// MAIN //

	/**
	* Evaluates `bˣ - 1`.
	*
	* @param {number} b - base
	* @param {number} x - exponent
	* @returns {number} function value
	*
	* @example
	* var y = powm1( 2.0, 3.0 );
	* // returns 7.0
	*
	* @example
	* var y = powm1( 4.0, 0.5 );
	* // returns 1.0
	*
	* @example
	* var y = powm1( 0.0, 100.0 );
	* // returns -1.0
	*
	* @example
	* var y = powm1( 100.0, 0.0 );
	* // returns 0.0
	*
	* @example
	* var y = powm1( 0.0, 0.0 );
	* // returns 0.0
	*
	* @example
	* var y = powm1( 3.141592653589793, 5.0 );
	* // returns ~305.0197
	*
	* @example
	* var y = powm1( NaN, 3.0 );
	* // returns NaN
	*
	* @example
	* var y = powm1( 5.0, NaN );
	* // returns NaN
	*/
	function powm1( b, x ) {
		var result;
		var y;
		if (
			isnan( b ) ||
			isnan( x )
		) {
			return NaN;
		}
		if ( x === 0.0 ) {
			// Any number raised to zero (including 0) is always 1 => b^0 - 1 = 0
			return 0.0;
		}
		if ( b === 0.0 ) {
			// Zero raised to any number (except 0) is always zero => 0^x - 1 = -1
			return -1;
		}
		if ( b < 0.0 && x%2.0 === 0 ) {
			// If `x` is even, recognize that `(-b)**x == (b)**x`...
			b = -b;
		}
		if ( b > 0.0 ) {
			if (
				abs( x*(b-1.0) ) < 0.5 ||
				abs( x ) < 0.2
			) {
				// No good/quick approximation for ln(b)*x, so we have to evaluate...
				y = ln( b ) * x;
				if ( y < 0.5 ) {
					return expm1( y );
				}
			}
		} else if ( trunc( x ) !== x ) {
			// Exponentiation would yield a complex result...
			return NaN;
		}
		result = pow( b, x ) - 1.0;
		if ( isinfinite( result ) || isnan( result ) ) {
			return NaN;
		}
		return result;
	}


	// EXPORTS //

	main$8 = powm1;
	return main$8;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$b;
var hasRequiredLib$b;

function requireLib$b () {
	if (hasRequiredLib$b) return lib$b;
	hasRequiredLib$b = 1;

	/**
	* Evaluate `bˣ - 1`.
	*
	* @module @stdlib/math-base-special-powm1
	*
	* @example
	* var powm1 = require( '@stdlib/math-base-special-powm1' );
	*
	* var y = powm1( 2.0, 3.0 );
	* // returns 7.0
	*
	* y = powm1( 4.0, 0.5 );
	* // returns 1.0
	*
	* y = powm1( 0.0, 100.0 );
	* // returns -1.0
	*
	* y = powm1( 100.0, 0.0 );
	* // returns 0.0
	*
	* y = powm1( 0.0, 0.0 );
	* // returns 0.0
	*
	* y = powm1( 3.141592653589793, 5.0 );
	* // returns ~305.0197
	*
	* y = powm1( NaN, 3.0 );
	* // returns NaN
	*
	* y = powm1( 5.0, NaN );
	* // returns NaN
	*/

	// MODULES //

	var powm1 = requireMain$8();


	// EXPORTS //

	lib$b = powm1;
	return lib$b;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_p1q1;
var hasRequiredRational_p1q1;

function requireRational_p1q1 () {
	if (hasRequiredRational_p1q1) return rational_p1q1;
	hasRequiredRational_p1q1 = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return -0.01803556856784494;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = -0.01803556856784494 + (x * (0.02512664961998968 + (x * (0.049410315156753225 + (x * (0.0172491608709614 + (x * (-2594535632054381e-19 + (x * (-5410098692152044e-19 + (x * (-3245886498259485e-20 + (x * 0.0))))))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (1.962029871977952 + (x * (1.4801966942423133 + (x * (0.5413914320717209 + (x * (0.09885042511280101 + (x * (0.008213096746488934 + (x * (0.00022493629192211576 + (x * -2.2335276320861708e-7))))))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 0.0 + (x * (-3245886498259485e-20 + (x * (-5410098692152044e-19 + (x * (-2594535632054381e-19 + (x * (0.0172491608709614 + (x * (0.049410315156753225 + (x * (0.02512664961998968 + (x * -0.01803556856784494))))))))))))); // eslint-disable-line max-len
			s2 = -2.2335276320861708e-7 + (x * (0.00022493629192211576 + (x * (0.008213096746488934 + (x * (0.09885042511280101 + (x * (0.5413914320717209 + (x * (1.4801966942423133 + (x * (1.962029871977952 + (x * 1.0))))))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_p1q1 = evalrational;
	return rational_p1q1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_p2q2;
var hasRequiredRational_p2q2;

function requireRational_p2q2 () {
	if (hasRequiredRational_p2q2) return rational_p2q2;
	hasRequiredRational_p2q2 = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return 0.04906224540690395;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = 0.04906224540690395 + (x * (-0.09691175301595212 + (x * (-0.4149833583594954 + (x * (-0.4065671242119384 + (x * (-0.1584135863906922 + (x * (-0.024014982064857155 + (x * -0.0010034668769627955))))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (3.0234982984646304 + (x * (3.4873958536072385 + (x * (1.9141558827442668 + (x * (0.5071377386143635 + (x * (0.05770397226904519 + (x * 0.001957681026011072))))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = -0.0010034668769627955 + (x * (-0.024014982064857155 + (x * (-0.1584135863906922 + (x * (-0.4065671242119384 + (x * (-0.4149833583594954 + (x * (-0.09691175301595212 + (x * 0.04906224540690395))))))))))); // eslint-disable-line max-len
			s2 = 0.001957681026011072 + (x * (0.05770397226904519 + (x * (0.5071377386143635 + (x * (1.9141558827442668 + (x * (3.4873958536072385 + (x * (3.0234982984646304 + (x * 1.0))))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_p2q2 = evalrational;
	return rational_p2q2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var rational_p3q3;
var hasRequiredRational_p3q3;

function requireRational_p3q3 () {
	if (hasRequiredRational_p3q3) return rational_p3q3;
	hasRequiredRational_p3q3 = 1;

	// MAIN //

	/**
	* Evaluates a rational function (i.e., the ratio of two polynomials described by the coefficients stored in \\(P\\) and \\(Q\\)).
	*
	* ## Notes
	*
	* -   Coefficients should be sorted in ascending degree.
	* -   The implementation uses [Horner's rule][horners-method] for efficient computation.
	*
	* [horners-method]: https://en.wikipedia.org/wiki/Horner%27s_method
	*
	* @private
	* @param {number} x - value at which to evaluate the rational function
	* @returns {number} evaluated rational function
	*/
	function evalrational( x ) {
		var ax;
		var s1;
		var s2;
		if ( x === 0.0 ) {
			return -0.029232972183027003;
		}
		if ( x < 0.0 ) {
			ax = -x;
		} else {
			ax = x;
		}
		if ( ax <= 1.0 ) {
			s1 = -0.029232972183027003 + (x * (0.14421626775719232 + (x * (-0.14244039073863127 + (x * (0.05428096940550536 + (x * (-0.008505359768683364 + (x * (0.0004311713426792973 + (x * 0.0))))))))))); // eslint-disable-line max-len
			s2 = 1.0 + (x * (-1.5016935605448505 + (x * (0.846973248876495 + (x * (-0.22009515181499575 + (x * (0.02558279715597587 + (x * (-0.0010066679553914337 + (x * -8.271935218912905e-7))))))))))); // eslint-disable-line max-len
		} else {
			x = 1.0 / x;
			s1 = 0.0 + (x * (0.0004311713426792973 + (x * (-0.008505359768683364 + (x * (0.05428096940550536 + (x * (-0.14244039073863127 + (x * (0.14421626775719232 + (x * -0.029232972183027003))))))))))); // eslint-disable-line max-len
			s2 = -8.271935218912905e-7 + (x * (-0.0010066679553914337 + (x * (0.02558279715597587 + (x * (-0.22009515181499575 + (x * (0.846973248876495 + (x * (-1.5016935605448505 + (x * 1.0))))))))))); // eslint-disable-line max-len
		}
		return s1 / s2;
	}


	// EXPORTS //

	rational_p3q3 = evalrational;
	return rational_p3q3;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var lgamma_small_imp;
var hasRequiredLgamma_small_imp;

function requireLgamma_small_imp () {
	if (hasRequiredLgamma_small_imp) return lgamma_small_imp;
	hasRequiredLgamma_small_imp = 1;

	// MODULES //

	var ln = requireLib$r();
	var EPS = requireLib$R();
	var rateval1 = requireRational_p1q1();
	var rateval2 = requireRational_p2q2();
	var rateval3 = requireRational_p3q3();


	// VARIABLES //

	var Y1 = 0.158963680267333984375;
	var Y2 = 0.52815341949462890625;
	var Y3 = 0.452017307281494140625;


	// MAIN //

	/**
	* Evaluates the natural logarithm of the gamma function for small arguments.
	*
	* ## Method
	*
	* 1.  For \\( z > 2 \\), begin by performing argument reduction until \\( z \\) is in \\(\[2,3)\\). Use the following form:
	*
	*     ```tex
	*     \operatorname{gammaln}(z) = (z-2)(z+1)(Y + R(z-2))
	*     ```
	*
	*     where \\( R(z-2) \\) is a rational approximation optimized for low absolute error. As long as the absolute error is small compared to the constant \\( Y \\), then any rounding error in the computation will get wiped out.
	*
	* 2.  If \\( z < 1 \\), use recurrence to shift to \\( z \\) in the interval \\(\[1,2\]\\). Then, use one of two approximations: one for \\( z \\) in \\(\[1,1.5\]\\) and one for \\( z \\) in \\(\[1.5,2\]\\):
	*
	*     -   For \(( z \\) in \\(\[1,1.5\]\\), use
	*
	*         ```tex
	*         \operatorname{gammaln}(z) = (z-1)(z-2)(Y + R(z-1))
	*         ```
	*
	*         where \\( R(z-1) \\) is a rational approximation optimized for low absolute error. As long as the absolute error is small compared to the constant \\( Y \\), then any rounding error in the computation will get wiped out.
	*
	*     -   For \\( z \\) in \\(\[1.5,2\]\\), use
	*
	*         ```tex
	*         \operatorname{gammaln}(z) = (2-z)(1-z)(Y + R(2-z))
	*         ```
	*
	*         where \\( R(2-z) \\) is a rational approximation optimized for low absolute error. As long as the absolute error is small compared to the constant \\( Y \\), then any rounding error in the computation will get wiped out.
	*
	* ## Notes
	*
	* -   Relative error:
	*
	*     | function | peak         | maximum deviation |
	*     |:--------:|:------------:|:-----------------:|
	*     | R(Z-2)   | 4.231e-18    | 5.900e-24         |
	*     | R(Z-1)   | 1.230011e-17 | 3.139e-021        |
	*     | R(2-Z)   | 1.797565e-17 | 2.151e-021        |
	*
	* @private
	* @param {number} z - input value
	* @param {number} zm1 - `z` minus one
	* @param {number} zm2 - `z` minus two
	* @returns {number} function value
	*/
	function lgammaSmallImp( z, zm1, zm2 ) {
		var prefix;
		var result;
		var r;
		var R;

		if ( z < EPS ) {
			return -ln( z );
		}
		if ( zm1 === 0.0 || zm2 === 0.0 ) {
			return 0.0;
		}
		result = 0.0;
		if ( z > 2.0 ) {
			if ( z >= 3.0 ) {
				do {
					z -= 1.0;
					zm2 -= 1.0;
					result += ln(z);
				} while ( z >= 3.0 );
				zm2 = z - 2.0;
			}
			r = zm2 * ( z+1.0 );
			R = rateval1( zm2 );
			result += ( r*Y1 ) + ( r*R );
			return result;
		}
		if ( z < 1.0 ) {
			result += -ln(z);
			zm2 = zm1;
			zm1 = z;
			z += 1.0;
		}
		if ( z <= 1.5 ) {
			r = rateval2( zm1 );
			prefix = zm1 * zm2;
			result += ( prefix*Y2 ) + ( prefix*r );
			return result;
		}
		// Case: 1.5 < z <= 2
		r = zm2 * zm1;
		R = rateval3( -zm2 );
		result += ( r*Y3 ) + ( r*R );
		return result;
	}


	// EXPORTS //

	lgamma_small_imp = lgammaSmallImp;
	return lgamma_small_imp;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$7;
var hasRequiredMain$7;

function requireMain$7 () {
	if (hasRequiredMain$7) return main$7;
	hasRequiredMain$7 = 1;

	// MODULES //

	var gamma = requireLib$x();
	var expm1 = requireLib$1m();
	var log1p = requireLib$1k();
	var isnan = requireLib$1Q();
	var lgammaSmallImp = requireLgamma_small_imp();


	// MAIN //

	/**
	* Computes `gamma(x+1) - 1`.
	*
	* @param {number} x - input value
	* @returns {number} function value
	*
	* @example
	* var v = gamma1pm1( 0.2 );
	* // returns ~-0.082
	*
	* @example
	* var v = gamma1pm1( -9.2 );
	* // returns ~-1.0
	*
	* @example
	* var v = gamma1pm1( 0.0 );
	* // returns 0.0
	*
	* @example
	* var v = gamma1pm1( -3.0 );
	* // returns NaN
	*
	* @example
	* var v = gamma1pm1( NaN );
	* // returns NaN
	*/
	function gamma1pm1( x ) {
		if ( isnan( x ) ) {
			return NaN;
		}
		if ( x < 0.0 ) {
			if ( x < -0.5 ) {
				// Best method is simply to subtract 1 from gamma:
				return gamma( 1.0+x ) - 1.0;
			}
			// Use expm1 on the logarithm of gamma:
			return expm1( -log1p( x ) + lgammaSmallImp( x+2.0, x+1.0, x ) );
		}
		if ( x < 2.0 ) {
			// Use expm1 on the logarithm of gamma:
			return expm1( lgammaSmallImp( x+1.0, x, x-1.0 ) );
		}
		// Best method is simply to subtract 1 from gamma:
		return gamma( 1.0+x ) - 1.0;
	}


	// EXPORTS //

	main$7 = gamma1pm1;
	return main$7;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$a;
var hasRequiredLib$a;

function requireLib$a () {
	if (hasRequiredLib$a) return lib$a;
	hasRequiredLib$a = 1;

	/**
	* Compute `gamma(x+1) - 1` without cancellation errors.
	*
	* @module @stdlib/math-base-special-gamma1pm1
	*
	* @example
	* var gamma1pm1 = require( '@stdlib/math-base-special-gamma1pm1' );
	*
	* var v = gamma1pm1( 0.2 );
	* // returns ~-0.082
	*
	* v = gamma1pm1( -5.3 );
	* // returns ~-1.102
	*
	* v = gamma1pm1( 0.0 );
	* // returns 0.0
	*
	* v = gamma1pm1( NaN );
	* // returns NaN
	*/

	// MODULES //

	var gamma1pm1 = requireMain$7();


	// EXPORTS //

	lib$a = gamma1pm1;
	return lib$a;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var small_gamma2_series;
var hasRequiredSmall_gamma2_series;

function requireSmall_gamma2_series () {
	if (hasRequiredSmall_gamma2_series) return small_gamma2_series;
	hasRequiredSmall_gamma2_series = 1;

	/**
	* Series representation for the full upper fraction (Q) when `a` is very small.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} x - function parameter
	* @returns {Function} series function
	*/
	function smallGamma2Series( a, x ) {
		var result;
		var apn;
		var n;
		var r;

		result = -x;
		x = -x;
		apn = a + 1.0;
		n = 1;
		return next;

		/**
		* Calculate the next term of the series.
		*
		* @private
		* @returns {number} series expansion term
		*/
		function next() {
			r = result / apn;
			result *= x;
			n += 1;
			result /= n;
			apn += 1.0;
			return r;
		}
	}


	// EXPORTS //

	small_gamma2_series = smallGamma2Series;
	return small_gamma2_series;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var tgamma_small_upper_part;
var hasRequiredTgamma_small_upper_part;

function requireTgamma_small_upper_part () {
	if (hasRequiredTgamma_small_upper_part) return tgamma_small_upper_part;
	hasRequiredTgamma_small_upper_part = 1;

	// MODULES //

	var powm1 = requireLib$b();
	var sumSeries = requireLib$j();
	var gamma1pm1 = requireLib$a();
	var smallGamma2Series = requireSmall_gamma2_series();


	// MAIN //

	/**
	* Compute the full upper fraction (Q) when `a` is very small.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} x - function parameter
	* @param {boolean} invert - boolean indicating if the upper tail of the incomplete gamma function should be evaluated
	* @returns {Array} full upper fraction (Q) and pgam
	*/
	function tgammaSmallUpperPart( a, x, invert ) {
		var initialValue;
		var result;
		var pgam;
		var p;
		var s;

		result = gamma1pm1( a );
		pgam = ( result + 1.0 ) / a;
		p = powm1( x, a );
		result -= p;
		result /= a;
		s = smallGamma2Series( a, x );
		p += 1.0;
		initialValue = ( invert ) ? pgam : 0.0;
		result = -p * sumSeries( s, {
			'initialValue': (initialValue - result) / p
		});
		if ( invert ) {
			result = -result;
		}
		return [ result, pgam ];
	}


	// EXPORTS //

	tgamma_small_upper_part = tgammaSmallUpperPart;
	return tgamma_small_upper_part;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$9;
var hasRequiredLib$9;

function requireLib$9 () {
	if (hasRequiredLib$9) return lib$9;
	hasRequiredLib$9 = 1;

	/**
	* Smallest positive single-precision floating-point normal number.
	*
	* @module @stdlib/constants-float32-smallest-normal
	* @type {number}
	*
	* @example
	* var FLOAT32_SMALLEST_NORMAL = require( '@stdlib/constants-float32-smallest-normal' );
	* // returns 1.1754943508222875e-38
	*/


	// MAIN //

	/**
	* The smallest positive single-precision floating-point normal number.
	*
	* ## Notes
	*
	* The number has the value
	*
	* ```tex
	* \frac{1}{2^{127-1}}
	* ```
	*
	* which corresponds to the bit sequence
	*
	* ```binarystring
	* 0 00000001 00000000000000000000000
	* ```
	*
	* @constant
	* @type {number}
	* @default 1.1754943508222875e-38
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT32_SMALLEST_NORMAL = 1.1754943508222875e-38;


	// EXPORTS //

	lib$9 = FLOAT32_SMALLEST_NORMAL;
	return lib$9;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var generators;
var hasRequiredGenerators;

function requireGenerators () {
	if (hasRequiredGenerators) return generators;
	hasRequiredGenerators = 1;

	// MODULES //

	var abs = requireLib$1g();
	var FLOAT32_SMALLEST_NORMAL = requireLib$9();
	var EPS = requireLib$R();


	// VARIABLES //

	var MAX_ITER = 1000000;


	// FUNCTIONS //

	/**
	* Evaluates a continued fraction expansion.
	*
	* ```text
	*           a1
	*      ---------------
	*      b1 +     a2
	*           ----------
	*            b2 +   a3
	*                -----
	*                b3 + ...
	* ```
	*
	* @private
	* @param {Function} gen - function giving terms of continued fraction expansion
	* @param {PositiveNumber} factor - further terms are only added as long as factor*result is smaller than the next term
	* @param {PositiveInteger} maxIter - maximum number of iterations
	* @returns {number} evaluated expansion
	*/
	function continuedFractionA( gen, factor, maxIter ) {
		var isgenerator;
		var delta;
		var a0;
		var f;
		var C;
		var D;
		var v;

		isgenerator = typeof gen.next === 'function';
		v = ( isgenerator ) ? gen.next().value : gen();
		f = v[ 1 ];
		a0 = v[ 0 ];
		if ( f === 0.0 ) {
			f = FLOAT32_SMALLEST_NORMAL;
		}
		C = f;
		D = 0;
		if ( isgenerator === true ) {
			do {
				v = gen.next().value;
				if ( v ) {
					D = v[ 1 ] + ( v[ 0 ] * D );
					if ( D === 0.0 ) {
						D = FLOAT32_SMALLEST_NORMAL;
					}
					C = v[ 1 ] + ( v[ 0 ] / C );
					if ( C === 0.0 ) {
						C = FLOAT32_SMALLEST_NORMAL;
					}
					D = 1.0 / D;
					delta = C * D;
					f *= delta;
				}
			} while ( ( abs( delta - 1.0 ) > factor ) && --maxIter ); // eslint-disable-line no-plusplus
		} else {
			do {
				v = gen();
				if ( v ) {
					D = v[ 1 ] + ( v[ 0 ] * D );
					if ( D === 0.0 ) {
						D = FLOAT32_SMALLEST_NORMAL;
					}
					C = v[ 1 ] + ( v[ 0 ] / C );
					if ( C === 0.0 ) {
						C = FLOAT32_SMALLEST_NORMAL;
					}
					D = 1.0 / D;
					delta = C * D;
					f *= delta;
				}
			} while ( v && ( abs( delta - 1.0 ) > factor ) && --maxIter ); // eslint-disable-line no-plusplus
		}
		return a0 / f;
	}

	/**
	* Evaluates a continued fraction expansion.
	*
	* ```text
	*      b0 +    a1
	*      ---------------
	*      b1 +     a2
	*           ----------
	*           b2 +   a3
	*                -----
	*                b3 + ...
	* ```
	*
	* @private
	* @param {Function} gen - function giving terms of continued fraction expansion
	* @param {PositiveNumber} factor - further terms are only added as long as factor*result is smaller than the next term
	* @param {PositiveInteger} maxIter - maximum number of iterations
	* @returns {number} evaluated expansion
	*/
	function continuedFractionB( gen, factor, maxIter ) {
		var isgenerator;
		var delta;
		var f;
		var C;
		var D;
		var v;

		isgenerator = typeof gen.next === 'function';
		v = ( isgenerator ) ? gen.next().value : gen();
		f = v[ 1 ];
		if ( f === 0.0 ) {
			f = FLOAT32_SMALLEST_NORMAL;
		}
		C = f;
		D = 0.0;
		if ( isgenerator === true ) {
			do {
				v = gen.next().value;
				if ( v ) {
					D = v[ 1 ] + ( v[ 0 ] * D );
					if ( D === 0.0 ) {
						D = FLOAT32_SMALLEST_NORMAL;
					}
					C = v[ 1 ] + ( v[ 0 ] / C );
					if ( C === 0.0 ) {
						C = FLOAT32_SMALLEST_NORMAL;
					}
					D = 1.0 / D;
					delta = C * D;
					f *= delta;
				}
			} while ( v && ( abs( delta - 1.0 ) > factor ) && --maxIter ); // eslint-disable-line no-plusplus
		} else {
			do {
				v = gen();
				if ( v ) {
					D = v[ 1 ] + ( v[ 0 ] * D );
					if ( D === 0.0 ) {
						D = FLOAT32_SMALLEST_NORMAL;
					}
					C = v[ 1 ] + ( v[ 0 ] / C );
					if ( C === 0.0 ) {
						C = FLOAT32_SMALLEST_NORMAL;
					}
					D = 1.0 / D;
					delta = C * D;
					f *= delta;
				}
			} while ( v && ( abs( delta - 1.0 ) > factor ) && --maxIter ); // eslint-disable-line no-plusplus
		}
		return f;
	}


	// MAIN //

	/**
	* Evaluates the continued fraction approximation for the supplied series generator using the modified Lentz algorithm.
	*
	* ## References
	*
	* -   Lentz, William J. 1976. "Generating bessel functions in Mie scattering calculations using continued fractions." _Applied Optics_ 15 (3): 668–71. doi:[10.1364/AO.15.000668](https://doi.org/10.1364/AO.15.000668).
	*
	* @param {Function} generator - function returning terms of continued fraction expansion
	* @param {Object} [options] - function options
	* @param {PositiveInteger} [options.maxIter=1000] - maximum number of iterations
	* @param {PositiveNumber} [options.tolerance=2.22e-16] - further terms are only added as long as the next term is greater than current term times the tolerance
	* @param {boolean} [options.keep=false] - whether to keep the leading b term
	* @returns {number} value of continued fraction
	*
	* @example
	* // Continued fraction for (e-1)^(-1):
	* var gen = generator();
	* var out = continuedFraction( gen );
	* // returns ~0.582
	*
	* function* generator() {
	*    var i = 0;
	*    while ( true ) {
	*        i++;
	*        yield [ i, i ];
	*    }
	* }
	*/
	function continuedFraction( generator, options ) {
		var maxIter;
		var opts;
		var eps;

		opts = {};
		if ( arguments.length > 1 ) {
			opts = options;
		}
		maxIter = opts.maxIter || MAX_ITER;
		eps = opts.tolerance || EPS;

		if ( opts.keep ) {
			return continuedFractionB( generator, eps, maxIter );
		}
		return continuedFractionA( generator, eps, maxIter );
	}


	// EXPORTS //

	generators = continuedFraction;
	return generators;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var basic;
var hasRequiredBasic;

function requireBasic () {
	if (hasRequiredBasic) return basic;
	hasRequiredBasic = 1;

	// MODULES //

	var abs = requireLib$1g();
	var EPS = requireLib$R();
	var FLOAT32_SMALLEST_NORMAL = requireLib$9();


	// VARIABLES //

	var MAX_ITER = 1000000;


	// FUNCTIONS //

	/**
	* Evaluates a continued fraction expansion.
	*
	* ```text
	*           a1
	*      ---------------
	*      b1 +     a2
	*           ----------
	*            b2 +   a3
	*                -----
	*                b3 + ...
	* ```
	*
	* @private
	* @param {Function} gen - function giving terms of continued fraction expansion
	* @param {PositiveNumber} factor - further terms are only added as long as factor*result is smaller than the next term
	* @param {PositiveInteger} maxIter - maximum number of iterations
	* @returns {number} evaluated expansion
	*/
	function continuedFractionA( gen, factor, maxIter ) {
		var delta;
		var a0;
		var C;
		var D;
		var f;
		var v;

		v = gen();
		f = v[ 1 ];
		a0 = v[ 0 ];
		if ( f === 0 ) {
			f = FLOAT32_SMALLEST_NORMAL;
		}
		C = f;
		D = 0.0;

		do {
			v = gen();
			if ( v ) {
				D = v[ 1 ] + ( v[ 0 ] * D );
				if ( D === 0.0 ) {
					D = FLOAT32_SMALLEST_NORMAL;
				}
				C = v[ 1 ] + ( v[ 0 ] / C );
				if ( C === 0.0 ) {
					C = FLOAT32_SMALLEST_NORMAL;
				}
				D = 1.0 / D;
				delta = C * D;
				f *= delta;
			}
		} while ( v && ( abs( delta - 1.0 ) > factor ) && --maxIter ); // eslint-disable-line no-plusplus

		return a0 / f;
	}

	/**
	* Evaluates a continued fraction expansion.
	*
	* ```text
	*      b0 +   a1
	*      ---------------
	*      b1 +   a2
	*           ----------
	*           b2 +   a3
	*                -----
	*                b3 + ...
	* ```
	*
	* @private
	* @param {Function} gen - function giving terms of continued fraction expansion
	* @param {PositiveNumber} factor - further terms are only added as long as factor*result is smaller than the next term
	* @param {PositiveInteger} maxIter - maximum number of iterations
	* @returns {number} evaluated expansion
	*/
	function continuedFractionB( gen, factor, maxIter ) {
		var delta;
		var C;
		var D;
		var f;
		var v;

		v = gen();
		f = v[ 1 ];
		if ( f === 0.0 ) {
			f = FLOAT32_SMALLEST_NORMAL;
		}
		C = f;
		D = 0.0;
		do {
			v = gen();
			if ( v ) {
				D = v[ 1 ] + ( v[ 0 ] * D );
				if ( D === 0.0 ) {
					D = FLOAT32_SMALLEST_NORMAL;
				}
				C = v[ 1 ] + ( v[ 0 ] / C );
				if ( C === 0.0 ) {
					C = FLOAT32_SMALLEST_NORMAL;
				}
				D = 1.0 / D;
				delta = C * D;
				f *= delta;
			}
		} while ( v && ( abs( delta - 1.0 ) > factor ) && --maxIter ); // eslint-disable-line no-plusplus
		return f;
	}


	// MAIN //

	/**
	* Evaluates the continued fraction approximation for the supplied series generator using the modified Lentz algorithm.
	*
	* ## References
	*
	* -   Lentz, William J. 1976. "Generating bessel functions in Mie scattering calculations using continued fractions." _Applied Optics_ 15 (3): 668–71. doi:[10.1364/AO.15.000668](https://doi.org/10.1364/AO.15.000668).
	*
	* @param {Function} generator - function returning terms of continued fraction expansion
	* @param {Object} [options] - function options
	* @param {PositiveInteger} [options.maxIter=1000000] - maximum number of iterations
	* @param {PositiveNumber} [options.tolerance=2.22e-16] - further terms are only added as long as the next term is greater than current term times the tolerance
	* @param {boolean} [options.keep=false] - whether to keep the leading b term
	* @returns {number} value of continued fraction
	*
	* @example
	* // Continued fraction for (e-1)^(-1):
	* var gen = generator();
	* var out = continuedFraction( gen );
	* // returns ~0.582
	*
	* function generator() {
	*    var i = 0;
	*    return function() {
	*        i++;
	*        return [ i, i ];
	*    };
	* }
	*/
	function continuedFraction( generator, options ) {
		var maxIter;
		var opts;
		var eps;

		opts = {};
		if ( arguments.length > 1 ) {
			opts = options;
		}
		eps = opts.tolerance || EPS;
		maxIter = opts.maxIter || MAX_ITER;

		if ( opts.keep ) {
			return continuedFractionB( generator, eps, maxIter );
		}
		return continuedFractionA( generator, eps, maxIter );
	}


	// EXPORTS //

	basic = continuedFraction;
	return basic;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$8;
var hasRequiredLib$8;

function requireLib$8 () {
	if (hasRequiredLib$8) return lib$8;
	hasRequiredLib$8 = 1;

	/**
	* Calculate a continued fraction approximation.
	*
	* @module @stdlib/math-base-tools-continued-fraction
	*
	* @example
	* var continuedFraction = require( '@stdlib/math-base-tools-continued-fraction' );
	*
	* // Continued fraction for (e-1)^(-1):
	* var gen = generator();
	* var out = continuedFraction( gen );
	* // returns ~0.582
	*
	* function generator() {
	*    var i = 0;
	*    return function() {
	*        i++;
	*        return [ i, i ];
	*    };
	* }
	*/

	// MODULES //

	var hasGeneratorSupport = requireLib$k();
	var generator = requireGenerators();
	var basic = requireBasic();


	// MAIN //

	var continuedFraction;
	if ( hasGeneratorSupport() ) {
		continuedFraction = generator;
	} else {
		continuedFraction = basic;
	}


	// EXPORTS //

	lib$8 = continuedFraction;
	return lib$8;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var upper_incomplete_gamma_fract;
var hasRequiredUpper_incomplete_gamma_fract;

function requireUpper_incomplete_gamma_fract () {
	if (hasRequiredUpper_incomplete_gamma_fract) return upper_incomplete_gamma_fract;
	hasRequiredUpper_incomplete_gamma_fract = 1;

	// MAIN //

	/**
	* Creates a function to evaluate a series expansion of the upper incomplete gamma fraction.
	*
	* @private
	* @param {number} a1 - function parameter
	* @param {number} z1 - function parameter
	* @returns {Function} series function
	*/
	function upperIncompleteGammaFract( a1, z1 ) {
		var z = z1 - a1 + 1.0;
		var a = a1;
		var k = 0;
		return next;

		/**
		* Calculate the next term of the series.
		*
		* @private
		* @returns {Array} series expansion terms
		*/
		function next() {
			k += 1.0;
			z += 2.0;
			return [
				k * (a - k),
				z
			];
		}
	}


	// EXPORTS //

	upper_incomplete_gamma_fract = upperIncompleteGammaFract;
	return upper_incomplete_gamma_fract;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var upper_gamma_fraction;
var hasRequiredUpper_gamma_fraction;

function requireUpper_gamma_fraction () {
	if (hasRequiredUpper_gamma_fraction) return upper_gamma_fraction;
	hasRequiredUpper_gamma_fraction = 1;

	// MODULES //

	var continuedFraction = requireLib$8();
	var upperIncompleteGammaFract = requireUpper_incomplete_gamma_fract();


	// MAIN //

	/**
	* Evaluate the lower incomplete gamma integral via a series expansion and divide by `gamma(z)` to normalize.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} z - function parameter
	* @returns {number} function value
	*/
	function upperGammaFraction( a, z ) {
		var f = upperIncompleteGammaFract( a, z );
		return 1.0 / ( z - a + 1.0 + continuedFraction( f ) );
	}


	// EXPORTS //

	upper_gamma_fraction = upperGammaFraction;
	return upper_gamma_fraction;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var igamma_final;
var hasRequiredIgamma_final;

function requireIgamma_final () {
	if (hasRequiredIgamma_final) return igamma_final;
	hasRequiredIgamma_final = 1;

	// MODULES //

	var floor = requireLib$1l();
	var gamma = requireLib$x();
	var abs = requireLib$1g();
	var pow = requireLib$T();
	var ln = requireLib$r();
	var SQRT_EPSILON = requireLib$m();
	var FLOAT64_MAX = requireLib$L();
	var MAX_LN = requireLib$n();
	var tgammaILargeX = requireTgamma_i_large_x();
	var finiteGammaQ = requireFinite_gamma_q();
	var finiteHalfGammaQ = requireFinite_half_gamma_q();
	var fullIGammaPrefix = requireFull_igamma_prefix$1();
	var igammaTemmeLarge = requireIgamma_temme_large();
	var lowerGammaSeries = requireLower_gamma_series();
	var regularisedGammaPrefix = requireRegularised_gamma_prefix();
	var tgammaSmallUpperPart = requireTgamma_small_upper_part();
	var upperGammaFraction = requireUpper_gamma_fraction();


	// MAIN //

	/**
	* Main entry point for evaluating all the four incomplete gamma functions (lower, upper, regularized lower, and regularized upper).
	*
	* @private
	* @param {number} x - function parameter
	* @param {number} a - function parameter
	* @param {boolean} regularized - boolean indicating if the function should evaluate the regularized or non-regularized incomplete gamma functions
	* @param {boolean} upper - boolean indicating if the function should return the upper tail of the incomplete gamma function
	* @returns {number} function value
	*/
	function igammaFinal( x, a, regularized, upper ) {
		var optimisedInvert;
		var evalMethod;
		var isHalfInt;
		var initValue;
		var useTemme;
		var isSmallA;
		var result;
		var invert;
		var isInt;
		var sigma;
		var res;
		var gam;
		var fa;
		var g;

		result = 0.0;
		invert = upper;
		isSmallA = ( a < 30 ) && ( a <= x + 1.0 ) && ( x < MAX_LN );
		if ( isSmallA ) {
			fa = floor( a );
			isInt = ( fa === a );
			isHalfInt = ( isInt ) ? false : ( abs( fa - a ) === 0.5 );
		} else {
			isInt = false;
			isHalfInt = false;
		}
		if ( isInt && x > 0.6 ) {
			// Calculate Q via finite sum:
			invert = !invert;
			evalMethod = 0;
		} else if ( isHalfInt && x > 0.2 ) {
			// Calculate Q via finite sum for half integer a:
			invert = !invert;
			evalMethod = 1;
		} else if ( x < SQRT_EPSILON && a > 1.0 ) {
			evalMethod = 6;
		} else if ( ( x > 1000.0 ) && ( ( a < x ) || ( abs( a - 50.0 ) / x < 1.0 ) ) ) {
			// Calculate Q via asymptotic approximation:
			invert = !invert;
			evalMethod = 7;
		} else if ( x < 0.5 ) {
			// Changeover criterion chosen to give a changeover at Q ~ 0.33:
			if ( -0.4 / ln( x ) < a ) {
				evalMethod = 2;
			} else {
				evalMethod = 3;
			}
		} else if ( x < 1.1 ) {
			// Changeover here occurs when P ~ 0.75 or Q ~ 0.25:
			if ( x * 0.75 < a ) {
				evalMethod = 2;
			} else {
				evalMethod = 3;
			}
		} else {
			// Begin by testing whether we're in the "bad" zone where the result will be near 0.5 and the usual series and continued fractions are slow to converge:
			useTemme = false;
			if ( regularized && a > 20 ) {
				sigma = abs( (x-a)/a );
				if ( a > 200 ) {
					// Limit chosen so that we use Temme's expansion only if the result would be larger than about 10^-6. Below that the regular series and continued fractions converge OK, and if we use Temme's method we get increasing errors from the dominant erfc term as it's (inexact) argument increases in magnitude.
					if ( 20 / a > sigma * sigma ) {
						useTemme = true;
					}
				} else if ( sigma < 0.4 ) {
					useTemme = true;
				}
			}
			if ( useTemme ) {
				evalMethod = 5;
			}
			// Regular case where the result will not be too close to 0.5: Changeover occurs at P ~ Q ~ 0.5. Note that series computation of P is about x2 faster than continued fraction calculation of Q, so try and use the CF only when really necessary, especially for small x.
			else if ( x - ( 1.0 / (3.0 * x) ) < a ) {
				evalMethod = 2;
			} else {
				evalMethod = 4;
				invert = !invert;
			}
		}

		/* eslint-disable default-case */
		switch ( evalMethod ) {
		case 0:
			result = finiteGammaQ( a, x );
			if ( regularized === false ) {
				result *= gamma( a );
			}
			break;
		case 1:
			result = finiteHalfGammaQ( a, x );
			if ( regularized === false ) {
				result *= gamma( a );
			}
			break;
		case 2:
			// Compute P:
			result = ( regularized ) ?
				regularisedGammaPrefix( a, x ) :
				fullIGammaPrefix( a, x );
			if ( result !== 0.0 ) {
				// If the result will be inverted, we can potentially save computation by initializing the series sum closer to the final result. This reduces the number of iterations needed in the series evaluation. However, care must be taken to avoid spurious numeric overflows. In practice, the more expensive overflow checks below are typically bypassed for well-behaved input values.
				initValue = 0.0;
				optimisedInvert = false;
				if ( invert ) {
					initValue = ( regularized ) ? 1.0 : gamma( a );
					if (
						regularized ||
						result >= 1.0 ||
						FLOAT64_MAX * result > initValue
					) {
						initValue /= result;
						if (
							regularized ||
							a < 1.0 ||
							( FLOAT64_MAX / a > initValue )
						) {
							initValue *= -a;
							optimisedInvert = true;
						} else {
							initValue = 0.0;
						}
					} else {
						initValue = 0.0;
					}
				}
				result *= lowerGammaSeries( a, x, initValue ) / a;
				if ( optimisedInvert ) {
					invert = false;
					result = -result;
				}
			}
			break;
		case 3:
			// Compute Q:
			invert = !invert;
			res = tgammaSmallUpperPart( a, x, invert );
			result = res[ 0 ];
			g = res[ 1 ];
			invert = false;
			if ( regularized ) {
				result /= g;
			}
			break;
		case 4:
			// Compute Q:
			result = ( regularized ) ?
				regularisedGammaPrefix( a, x ) :
				fullIGammaPrefix( a, x );
			if ( result !== 0 ) {
				result *= upperGammaFraction( a, x );
			}
			break;
		case 5:
			result = igammaTemmeLarge( a, x );
			if ( x >= a ) {
				invert = !invert;
			}
			break;
		case 6:
			// Since `x` is so small that P is necessarily very small too, use http://functions.wolfram.com/GammaBetaErf/GammaRegularized/06/01/05/01/01/
			result = ( regularized ) ?
				pow( x, a ) / gamma( a + 1.0 ) :
				pow( x, a ) / a;
			result *= 1.0 - ( a * x / ( a + 1.0 ) );
			break;
		case 7:
			// `x` is large, so compute Q:
			result = ( regularized ) ?
				regularisedGammaPrefix( a, x ) :
				fullIGammaPrefix( a, x );
			result /= x;
			if ( result !== 0.0 ) {
				result *= tgammaILargeX( a, x );
			}
			break;
		}
		if ( regularized && result > 1.0 ) {
			result = 1.0;
		}
		if ( invert ) {
			gam = ( regularized ) ? 1.0 : gamma( a );
			result = gam - result;
		}
		return result;
	}


	// EXPORTS //

	igamma_final = igammaFinal;
	return igamma_final;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var main$6;
var hasRequiredMain$6;

function requireMain$6 () {
	if (hasRequiredMain$6) return main$6;
	hasRequiredMain$6 = 1;

	// MODULES //

	var gammaln = requireLib$o();
	var exp = requireLib$10();
	var ln = requireLib$r();
	var SQRT_TWO_PI = requireLib$z();
	var MAX_LN = requireLib$n();
	var PINF = requireLib$1r();
	var FLOAT64_MAX_NTH_FACTORIAL = requireLib$w();
	var igammaFinal = requireIgamma_final();
	var lowerGammaSeries = requireLower_gamma_series();
	var upperGammaFraction = requireUpper_gamma_fraction();


	// MAIN //

	/**
	* Computes the incomplete gamma function.
	*
	* ## Notes
	*
	* -   The upper tail is calculated via the modified Lentz's method for computing continued fractions, the lower tail using a power expansion.
	* -   When `a >= FLOAT64_MAX_NTH_FACTORIAL` and computing the non-normalized incomplete gamma, result is rather hard to compute unless we use logs. There are really two options a) if `x` is a long way from `a` in value then we can reliably use methods 2 and 4 below in logarithmic form and go straight to the result. Otherwise we let the regularized gamma take the strain (the result is unlikely to underflow in the central region anyway) and combine with `lgamma` in the hopes that we get a finite result.
	*
	* @param {NonNegativeNumber} x - function parameter
	* @param {PositiveNumber} a - function parameter
	* @param {boolean} [regularized=true] - boolean indicating if the function should evaluate the regularized or non-regularized incomplete gamma functions
	* @param {boolean} [upper=false] - boolean indicating if the function should return the upper tail of the incomplete gamma function
	* @returns {number} function value
	*
	* @example
	* var y = gammainc( 6.0, 2.0 );
	* // returns ~0.9826
	*
	* @example
	* var y = gammainc( 1.0, 2.0, true, true );
	* // returns ~0.7358
	*
	* @example
	* var y = gammainc( 7.0, 5.0 );
	* // returns ~0.8270
	*
	* @example
	* var y = gammainc( 7.0, 5.0, false );
	* // returns ~19.8482
	*
	* @example
	* var y = gammainc( NaN, 2.0 );
	* // returns NaN
	*
	* @example
	* var y = gammainc( 6.0, NaN );
	* // returns NaN
	*/
	function gammainc( x, a, regularized, upper ) {
		var normalized;
		var initValue;
		var invert;
		var result;

		if ( x < 0.0 || a <= 0.0 ) {
			return NaN;
		}
		normalized = ( regularized === void 0 ) ? true : regularized;
		invert = upper;
		if ( a >= FLOAT64_MAX_NTH_FACTORIAL && !normalized ) {
			if ( invert && ( a * 4.0 < x ) ) {
				// This is method 4 in `igammaFinal`, done in logs:
				result = ( a * ln(x) ) - x;
				result += ln( upperGammaFraction( a, x ) );
			} else if ( !invert && ( a > 4.0 * x ) ) {
				// This is method 2 in `igammaFinal`, done in logs:
				result = ( a * ln(x) ) - x;
				initValue = 0.0;
				result += ln( lowerGammaSeries( a, x, initValue ) / a );
			} else {
				result = igammaFinal( x, a, true, invert );
				if ( result === 0.0 ) {
					if ( invert ) {
						// Try http://functions.wolfram.com/06.06.06.0039.01:
						result = 1.0 + ( 1.0 / (12.0*a) ) + ( 1.0 / (288.0*a*a) );
						result = ln( result ) - a + ( ( a-0.5 ) * ln(a) );
						result += ln( SQRT_TWO_PI );
					} else {
						// This is method 2 in `igammaFinal`, done in logs, we're really outside the range of this method, but since the result is almost certainly infinite, we should probably be OK:
						result = ( a * ln( x ) ) - x;
						initValue = 0.0;
						result += ln( lowerGammaSeries( a, x, initValue ) / a );
					}
				} else {
					result = ln( result ) + gammaln( a );
				}
			}
			if ( result > MAX_LN ) {
				return PINF;
			}
			return exp( result );
		}
		// If no special handling is required then we proceed as normal:
		return igammaFinal( x, a, normalized, invert );
	}


	// EXPORTS //

	main$6 = gammainc;
	return main$6;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$7;
var hasRequiredLib$7;

function requireLib$7 () {
	if (hasRequiredLib$7) return lib$7;
	hasRequiredLib$7 = 1;

	/**
	* Evaluate the incomplete gamma function.
	*
	* @module @stdlib/math-base-special-gammainc
	*
	* @example
	* var gammainc = require( '@stdlib/math-base-special-gammainc' );
	*
	* var v = gammainc( 6.0, 2.0 );
	* // returns ~0.9826
	*
	* v = gammainc( 1.0, 2.0, true, true );
	* // returns ~0.7358
	*
	* v = gammainc( 7.0, 5.0 );
	* // returns ~0.8270
	*
	* v = gammainc( 7.0, 5.0, false );
	* // returns ~19.8482
	*
	* v = gammainc( NaN, 2.0 );
	* // returns NaN
	*
	* v = gammainc( 6.0, NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$6();


	// EXPORTS //

	lib$7 = main;
	return lib$7;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var full_igamma_prefix;
var hasRequiredFull_igamma_prefix;

function requireFull_igamma_prefix () {
	if (hasRequiredFull_igamma_prefix) return full_igamma_prefix;
	hasRequiredFull_igamma_prefix = 1;

	// MODULES //

	var exp = requireLib$10();
	var pow = requireLib$T();
	var ln = requireLib$r();
	var MAX_LN = requireLib$n();
	var MIN_LN = requireLib$h();


	// MAIN //

	/**
	* Calculates the power term prefix `(z^a)(e^-z)` used in the non-normalized incomplete gammas.
	*
	* @private
	* @param {number} a - function parameter
	* @param {number} z - function parameter
	* @returns {number} power term prefix
	*/
	function fullIGammaPrefix( a, z ) {
		var prefix;
		var alz;

		alz = a * ln( z );
		if ( z >= 1.0 ) {
			if ( ( alz < MAX_LN ) && ( -z > MIN_LN ) ) {
				prefix = pow( z, a ) * exp( -z );
			}
			else if ( a >= 1.0 ) {
				prefix = pow( z / exp(z/a), a );
			}
			else {
				prefix = exp( alz - z );
			}
		}
		else if ( alz > MIN_LN ) {
			prefix = pow( z, a ) * exp( -z );
		}
		else if ( z/a < MAX_LN ) {
			prefix = pow( z / exp(z/a), a );
		}
		else {
			prefix = exp( alz - z );
		}
		return prefix;
	}


	// EXPORTS //

	full_igamma_prefix = fullIGammaPrefix;
	return full_igamma_prefix;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var regularized_gamma_prefix;
var hasRequiredRegularized_gamma_prefix;

function requireRegularized_gamma_prefix () {
	if (hasRequiredRegularized_gamma_prefix) return regularized_gamma_prefix;
	hasRequiredRegularized_gamma_prefix = 1;

	// MODULES //

	var lanczosSumExpGScaled = requireLib$c();
	var gammaln = requireLib$o();
	var gamma = requireLib$x();
	var log1p = requireLib$1k();
	var sqrt = requireLib$1j();
	var abs = requireLib$1g();
	var exp = requireLib$10();
	var pow = requireLib$T();
	var max = requireLib$O();
	var min = requireLib$M();
	var ln = requireLib$r();
	var MAX_LN = requireLib$n();
	var MIN_LN = requireLib$h();
	var G = requireLib$t();
	var E = requireLib$S();


	// MAIN //

	/**
	* Computes `(z^a)*(e^-z) / gamma(a)`.
	*
	* @private
	* @param {number} a - input value
	* @param {number} z - input value
	* @returns {number} function value
	*/
	function regularizedGammaPrefix( a, z ) {
		var prefix;
		var amza;
		var agh;
		var alz;
		var amz;
		var sq;
		var d;

		agh = a + G - 0.5;
		d = ( (z - a) - G + 0.5 ) / agh;
		if ( a < 1.0 ) {
			// Treat a < 1 as a special case because our Lanczos approximations are optimized against the factorials with a > 1, and for high precision types very small values of `a` can give rather erroneous results for gamma:
			if ( z <= MIN_LN ) {
				// Use logs, so should be free of cancellation errors:
				return exp( ( a * ln(z) ) - z - gammaln( a ) );
			}
			// No danger of overflow as gamma(a) < 1/a for small a, so direct calculation:
			return pow( z, a ) * exp( -z ) / gamma( a );
		}
		if ( abs(d*d*a) <= 100.0 && a > 150.0 ) {
			// Special case for large a and a ~ z:
			prefix = ( a * ( log1p( d ) - d ) ) + ( z * ( 0.5-G ) / agh );
			prefix = exp( prefix );
		}
		else {
			// General case. Direct computation is most accurate, but use various fallbacks for different parts of the problem domain:
			alz = a * ln(z / agh);
			amz = a - z;
			if (
				min(alz, amz) <= MIN_LN ||
				max(alz, amz) >= MAX_LN
			) {
				amza = amz / a;
				if (
					min(alz, amz)/2.0 > MIN_LN &&
					max(alz, amz)/2.0 < MAX_LN
				) {
					// Compute square root of the result and then square it:
					sq = pow( z/agh, a/2.0 ) * exp( amz/2.0 );
					prefix = sq * sq;
				}
				else if (
					min(alz, amz)/4.0 > MIN_LN &&
					max(alz, amz)/4.0 < MAX_LN &&
					z > a
				) {
					// Compute the 4th root of the result then square it twice:
					sq = pow( z/agh, a/4.0 ) * exp( amz/4.0 );
					prefix = sq * sq;
					prefix *= prefix;
				}
				else if (
					amza > MIN_LN &&
					amza < MAX_LN
				) {
					prefix = pow( (z * exp(amza)) / agh, a );
				}
				else {
					prefix = exp( alz + amz );
				}
			}
			else
			{
				prefix = pow( z/agh, a ) * exp( amz );
			}
		}
		prefix *= sqrt( agh/E ) / lanczosSumExpGScaled( a );
		return prefix;
	}


	// EXPORTS //

	regularized_gamma_prefix = regularizedGammaPrefix;
	return regularized_gamma_prefix;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var beta_small_b_large_a_series;
var hasRequiredBeta_small_b_large_a_series;

function requireBeta_small_b_large_a_series () {
	if (hasRequiredBeta_small_b_large_a_series) return beta_small_b_large_a_series;
	hasRequiredBeta_small_b_large_a_series = 1;

	// MODULES //

	var gammaDeltaRatio = requireLib$s();
	var factorial = requireLib$v();
	var gammainc = requireLib$7();
	var log1p = requireLib$1k();
	var abs = requireLib$1g();
	var pow = requireLib$T();
	var ln = requireLib$r();
	var MIN_VALUE = requireLib$15();
	var EPSILON = requireLib$R();
	var fullIGammaPrefix = requireFull_igamma_prefix();
	var regularizedGammaPrefix = requireRegularized_gamma_prefix();


	// VARIABLES //

	var p = new Array( 30 ); // eslint-disable-line stdlib/no-new-array


	// MAIN //

	/**
	* This is DiDonato and Morris's BGRAT routine, see Eq's 9 through 9.6.
	*
	* @private
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {Probability} x - function parameter
	* @param {Probability} y - probability equal to `1-x`
	* @param {NonNegativeInteger} s0 - initial value
	* @param {number} mult - initial value
	* @param {boolean} normalized - boolean indicating whether to evaluate the regularized or non-regularized incomplete beta function
	* @returns {number} function value
	*/
	function betaSmallBLargeASeries( a, b, x, y, s0, mult, normalized ) {
		var prefix;
		var tmp1;
		var tnp1;
		var sum;
		var b2n;
		var bm1;
		var lx2;
		var lxp;
		var mbn;
		var lx;
		var t4;
		var h;
		var j;
		var m;
		var n;
		var r;
		var t;
		var u;

		// Some values we'll need later, these are Eq 9.1:
		bm1 = b - 1.0;
		t = a + ( bm1 / 2.0 );
		if ( y < 0.35 ) {
			lx = log1p( -y );
		} else {
			lx = ln( x );
		}
		u = -t * lx;

		// And from 9.2:
		h = regularizedGammaPrefix( b, u );
		if ( h <= MIN_VALUE ) {
			return s0;
		}
		if ( normalized ) {
			prefix = h / gammaDeltaRatio( a, b );
			prefix /= pow( t, b );
		} else {
			prefix = fullIGammaPrefix( b, u ) / pow( t, b );
		}
		prefix *= mult;

		// We need the quantity Pn. Unfortunately, this is computed recursively and requires a full history of all the previous values. No choice but to declare a big table and hope it's big enough...
		p[ 0 ] = 1;  // see 9.3.

		// Now an initial value for J, see 9.6: gammainc( u, b, regularized, upper )
		j = gammainc( u, b, true, true );
		j /= h;

		// Now we can start to pull things together and evaluate the sum in Eq 9:
		sum = s0 + ( prefix * j ); // Value at N = 0

		// Some variables we'll need...
		tnp1 = 1.0; // 2*N+1
		lx2 = lx / 2.0;
		lx2 *= lx2;
		lxp = 1.0;
		t4 = 4.0 * t * t;
		b2n = b;
		for ( n = 1; n < p.length; ++n ) {
			// Begin by evaluating the next Pn from Eq 9.4:
			tnp1 += 2.0;
			p[ n ] = 0.0;
			mbn = b - n;
			tmp1 = 3;
			for ( m = 1; m < n; ++m ) {
				mbn = ( m * b ) - n;
				p[ n ] += mbn * p[ n-m ] / factorial( tmp1 );
				tmp1 += 2;
			}
			p[ n ] /= n;
			p[ n ] += bm1 / factorial( tnp1 );

			// Now we want Jn from Jn-1 using Eq 9.6:
			j = ( ( b2n * ( b2n+1.0 ) * j ) + ( ( u+b2n+1.0 ) * lxp ) ) / t4;
			lxp *= lx2;
			b2n += 2.0;

			// Pull it together with Eq 9:
			r = prefix * p[ n ] * j;
			sum += r;
			if ( r > 1.0 ) {
				if ( abs( r ) < abs( EPSILON * sum ) ) {
					break;
				}
			} else if ( abs( r / EPSILON ) < abs( sum ) ) {
				break;
			}
		}
		return sum;
	}


	// EXPORTS //

	beta_small_b_large_a_series = betaSmallBLargeASeries;
	return beta_small_b_large_a_series;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var rising_factorial_ratio;
var hasRequiredRising_factorial_ratio;

function requireRising_factorial_ratio () {
	if (hasRequiredRising_factorial_ratio) return rising_factorial_ratio;
	hasRequiredRising_factorial_ratio = 1;

	// MAIN //

	/**
	* Computes the delta in `beta(a,b,x) = prefix + delta * beta(a+k,b,x)`.
	*
	* ## Notes
	*
	* Specifically, the function calculates
	*
	* ```tex
	* \frac{ (a)(a+1)(a+2)...(a+k-1) }{ (b)(b+1)(b+2)...(b+k-1) }
	* ```
	*
	* The function should only called with small `k`; for large `k`, it is grossly inefficient.
	*
	* @private
	* @param {number} a - input value
	* @param {number} b - input value
	* @param {NonNegativeInteger} k - input value
	* @returns {number} ratio value
	*/
	function risingFactorialRatio( a, b, k ) {
		var result;
		var i;
		if ( k === 0 ) {
			return 1.0;
		}
		result = 1.0;
		for ( i = 0; i < k; i++ ) {
			result *= ( a + i ) / ( b + i );
		}
		return result;
	}


	// EXPORTS //

	rising_factorial_ratio = risingFactorialRatio;
	return rising_factorial_ratio;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$5;
var hasRequiredMain$5;

function requireMain$5 () {
	if (hasRequiredMain$5) return main$5;
	hasRequiredMain$5 = 1;

	// MODULES //

	var abs = requireLib$1g();
	var max = requireLib$O();


	// MAIN //

	/**
	* Returns the maximum absolute value.
	*
	* @param {number} x - first number
	* @param {number} y - second number
	* @returns {number} maximum absolute value
	*
	* @example
	* var v = maxabs( 3.14, -4.2 );
	* // returns 4.2
	*
	* @example
	* var v = maxabs( 3.14, NaN );
	* // returns NaN
	*
	* @example
	* var v = maxabs( +0.0, -0.0 );
	* // returns +0.0
	*/
	function maxabs( x, y ) {
		return max( abs( x ), abs( y ) );
	}


	// EXPORTS //

	main$5 = maxabs;
	return main$5;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$6;
var hasRequiredLib$6;

function requireLib$6 () {
	if (hasRequiredLib$6) return lib$6;
	hasRequiredLib$6 = 1;

	/**
	* Return the maximum absolute value.
	*
	* @module @stdlib/math-base-special-maxabs
	*
	* @example
	* var maxabs = require( '@stdlib/math-base-special-maxabs' );
	*
	* var v = maxabs( 3.14, -4.2 );
	* // returns 4.2
	*
	* v = maxabs( 3.14, NaN );
	* // returns NaN
	*
	* v = maxabs( +0.0, -0.0 );
	* // returns +0.0
	*/

	// MODULES //

	var maxabs = requireMain$5();


	// EXPORTS //

	lib$6 = maxabs;
	return lib$6;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$4;
var hasRequiredMain$4;

function requireMain$4 () {
	if (hasRequiredMain$4) return main$4;
	hasRequiredMain$4 = 1;

	// MODULES //

	var abs = requireLib$1g();
	var min = requireLib$M();


	// MAIN //

	/**
	* Returns the minimum absolute value.
	*
	* @param {number} x - first number
	* @param {number} y - second number
	* @returns {number} minimum absolute value
	*
	* @example
	* var v = minabs( -3.14, 4.2 );
	* // returns 3.14
	*
	* @example
	* var v = minabs( 3.14, NaN );
	* // returns NaN
	*
	* @example
	* var v = minabs( +0.0, -0.0 );
	* // returns +0.0
	*/
	function minabs( x, y ) {
		return min( abs( x ), abs( y ) );
	}


	// EXPORTS //

	main$4 = minabs;
	return main$4;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$5;
var hasRequiredLib$5;

function requireLib$5 () {
	if (hasRequiredLib$5) return lib$5;
	hasRequiredLib$5 = 1;

	/**
	* Return the minimum absolute value.
	*
	* @module @stdlib/math-base-special-minabs
	*
	* @example
	* var minabs = require( '@stdlib/math-base-special-minabs' );
	*
	* var v = minabs( -3.14, 4.2 );
	* // returns 3.14
	*
	* v = minabs( 3.14, NaN );
	* // returns NaN
	*
	* v = minabs( +0.0, -0.0 );
	* // returns +0.0
	*/

	// MODULES //

	var minabs = requireMain$4();


	// EXPORTS //

	lib$5 = minabs;
	return lib$5;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var ibeta_power_terms;
var hasRequiredIbeta_power_terms;

function requireIbeta_power_terms () {
	if (hasRequiredIbeta_power_terms) return ibeta_power_terms;
	hasRequiredIbeta_power_terms = 1;

	// MODULES //

	var lanczosSumExpGScaled = requireLib$c();
	var maxabs = requireLib$6();
	var minabs = requireLib$5();
	var expm1 = requireLib$1m();
	var log1p = requireLib$1k();
	var sqrt = requireLib$1j();
	var abs = requireLib$1g();
	var exp = requireLib$10();
	var pow = requireLib$T();
	var min = requireLib$M();
	var ln = requireLib$r();
	var MAX_LN = requireLib$n();
	var MIN_LN = requireLib$h();
	var G = requireLib$t();
	var E = requireLib$S();


	// MAIN //

	/**
	* Computes the leading power terms in the incomplete beta function.
	*
	* When normalized,
	*
	* ```tex
	* \frac{ x^a y^b }{ \operatorname{Beta}(a,b) }
	* ```
	*
	* and otherwise
	*
	* ```tex
	* x^a y^b
	* ```
	*
	* ## Notes
	*
	* -   Almost all of the error in the incomplete beta comes from this function, particularly when \\( a \\) and \\( b \\) are large. Computing large powers are _hard_ though, and using logarithms just leads to horrendous cancellation errors.
	*
	* -   For \\( l1 * l2 > 0 \\) or \\( \operatorname{min}( a, b ) < 1 \\), the two power terms both go in the same direction (toward zero or toward infinity). In this case if either term overflows or underflows, then the product of the two must do so also. Alternatively, if one exponent is less than one, then we can't productively use it to eliminate overflow or underflow from the other term.  Problems with spurious overflow/underflow can't be ruled out. In this case, but it is _very_ unlikely since one of the power terms will evaluate to a number close to 1.
	*
	* -   If \\( \max( \abs(l1), \abs(l2) ) < 0.5 \\), both exponents are near one and both the exponents are greater than one, and, further, these two power terms tend in opposite directions (one toward zero, the other toward infinity), so we have to combine the terms to avoid any risk of overflow or underflow. We do this by moving one power term inside the other, we have:
	*
	*     ```tex
	*     (1 + l_1)^a \cdot (1 + l_2)^b \\
	*     = ((1 + l_1) \cdot (1 + l_2)^(b/a))^a \\
	*     = (1 + l_1 + l_3 + l_1*l_3)^a
	*     ```
	*
	*     and
	*
	*     ```tex
	*     l_3 = (1 + l_2)^(b/a) - 1 \\
	*     = \exp((b/a) * \ln(1 + l_2)) - 1
	*     ```
	*
	*     The tricky bit is deciding which term to move inside. By preference, we move the larger term inside, so that the size of the largest exponent is reduced.  However, that can only be done as long as l3 (see above) is also small.
	*
	* @private
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {Probability} x - function parameter
	* @param {Probability} y - probability equal to `1-x`
	* @param {boolean} normalized - boolean indicating whether to evaluate the power terms of the regularized or non-regularized incomplete beta function
	* @returns {number} power terms
	*/
	function ibetaPowerTerms( a, b, x, y, normalized ) {
		var result;
		var smallA;
		var ratio;
		var agh;
		var bgh;
		var cgh;
		var l1;
		var l2;
		var l3;
		var p1;
		var b1;
		var b2;
		var c;
		var l;

		if ( !normalized ) {
			// Can we do better here?
			return pow( x, a ) * pow( y, b );
		}
		c = a + b;

		// Combine power terms with Lanczos approximation:
		agh = a + G - 0.5;
		bgh = b + G - 0.5;
		cgh = c + G - 0.5;
		result = lanczosSumExpGScaled( c );
		result /= lanczosSumExpGScaled( a ) * lanczosSumExpGScaled( b );

		// Combine with the leftover terms from the Lanczos approximation:
		result *= sqrt( bgh / E );
		result *= sqrt( agh / cgh );

		// `l1` and `l2` are the base of the exponents minus one:
		l1 = ( ( x * b ) - ( y * agh ) ) / agh;
		l2 = ( ( y * a ) - ( x * bgh ) ) / bgh;
		if ( minabs( l1, l2 ) < 0.2 ) {
			// When the base of the exponent is very near 1 we get really gross errors unless extra care is taken:
			if ( l1 * l2 > 0 || min( a, b ) < 1 ) {
				if ( abs(l1) < 0.1 ) {
					result *= exp( a * log1p( l1 ) );
				} else {
					result *= pow( ( x*cgh ) / agh, a );
				}
				if ( abs(l2) < 0.1 ) {
					result *= exp( b * log1p( l2 ) );
				} else {
					result *= pow((y * cgh) / bgh, b);
				}
			}
			else if ( maxabs( l1, l2 ) < 0.5 ) {
				smallA = a < b;
				ratio = b / a;
				if (
					(smallA && (ratio * l2 < 0.1)) ||
					(!smallA && (l1 / ratio > 0.1))
				) {
					l3 = expm1( ratio * log1p( l2 ) );
					l3 = l1 + l3 + ( l3 * l1 );
					l3 = a * log1p( l3 );
					result *= exp( l3 );
				}
				else {
					l3 = expm1( log1p( l1 ) / ratio );
					l3 = l2 + l3 + ( l3 * l2 );
					l3 = b * log1p( l3 );
					result *= exp( l3 );
				}
			}
			else if ( abs(l1) < abs(l2) ) {
				// First base near 1 only:
				l = ( a * log1p( l1 ) ) + ( b * ln( ( y*cgh ) / bgh ) );
				if ( l <= MIN_LN || l >= MAX_LN ) {
					l += ln(result);
					if ( l >= MAX_LN ) {
						return NaN;
					}
					result = exp( l );
				} else {
					result *= exp( l );
				}
			}
			else {
				// Second base near 1 only:
				l = ( b * log1p( l2 ) ) + ( a * ln( (x*cgh) / agh ) );
				if ( l <= MIN_LN || l >= MAX_LN ) {
					l += ln(result);
					if ( l >= MAX_LN ) {
						return NaN;
					}
					result = exp( l );
				} else {
					result *= exp( l );
				}
			}
		}
		else {
			// General case:
			b1 = (x * cgh) / agh;
			b2 = (y * cgh) / bgh;
			l1 = a * ln(b1);
			l2 = b * ln(b2);
			if (
				l1 >= MAX_LN ||
				l1 <= MIN_LN ||
				l2 >= MAX_LN ||
				l2 <= MIN_LN
			) {
				// Oops, under/overflow, sidestep if we can:
				if ( a < b ) {
					p1 = pow( b2, b / a );
					l3 = a * ( ln(b1) + ln(p1) );
					if ( l3 < MAX_LN && l3 > MIN_LN ) {
						result *= pow( p1 * b1, a );
					} else {
						l2 += l1 + ln(result);
						if ( l2 >= MAX_LN ) {
							return NaN;
						}
						result = exp( l2 );
					}
				}
				else {
					p1 = pow( b1, a / b );
					l3 = ( ln(p1) + ln(b2) ) * b;
					if ( l3 < MAX_LN && l3 > MIN_LN ) {
						result *= pow( p1 * b2, b );
					} else {
						l2 += l1 + ln( result );
						if ( l2 >= MAX_LN ) {
							return NaN;
						}
						result = exp( l2 );
					}
				}
			}
			else {
				// Finally the normal case:
				result *= pow( b1, a ) * pow( b2, b );
			}
		}
		return result;
	}


	// EXPORTS //

	ibeta_power_terms = ibetaPowerTerms;
	return ibeta_power_terms;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var ibeta_fraction2;
var hasRequiredIbeta_fraction2;

function requireIbeta_fraction2 () {
	if (hasRequiredIbeta_fraction2) return ibeta_fraction2;
	hasRequiredIbeta_fraction2 = 1;

	// MODULES //

	var continuedFraction = requireLib$8();
	var ibetaPowerTerms = requireIbeta_power_terms();


	// VARIABLES //

	var OPTS = {
		'keep': true,
		'maxIter': 1000
	};


	// FUNCTIONS //

	/**
	* Continued fraction for the incomplete beta.
	*
	* @private
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {Probability} x - function parameter
	* @param {Probability} y - probability equal to `1-x`
	* @returns {Function} series function
	*/
	function ibetaFraction2t( a, b, x, y ) {
		var m = 0;
		return next;

		/**
		* Calculate the numerator and denominator of the next term of the series.
		*
		* @private
		* @returns {Array} series expansion terms
		*/
		function next() {
			var denom;
			var aN;
			var bN;

			aN = (a + m - 1) * (a + b + m - 1) * m * (b - m) * x * x;
			denom = a + ( 2.0*m ) - 1.0;
			aN /= denom * denom;
			bN = m;
			bN += (m * (b - m) * x) / ( a + ( 2.0*m ) - 1.0 );
			bN += ( (a+m) * ( (a*y) - (b*x) + 1.0 + ( m*(2.0-x) ) ) ) / ( a + (2.0*m) + 1.0 ); // eslint-disable-line max-len
			m += 1;
			return [ aN, bN ];
		}
	}


	// MAIN //

	/**
	* Evaluates the incomplete beta via the continued fraction representation.
	*
	* @private
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {Probability} x - function parameter
	* @param {Probability} y - probability equal to `1-x`
	* @param {boolean} normalized - boolean indicating whether to evaluate the power terms of the regularized or non-regularized incomplete beta function
	* @param {(Array|TypedArray|Object)} out - output array holding the derivative as the second element
	* @returns {number} incomplete beta value
	*/
	function ibetaFraction2( a, b, x, y, normalized, out ) {
		var result;
		var fract;
		var f;

		result = ibetaPowerTerms( a, b, x, y, normalized );
		if ( out ) {
			out[ 1 ] = result;
		}
		if ( result === 0.0 ) {
			return result;
		}
		f = ibetaFraction2t( a, b, x, y );
		fract = continuedFraction( f, OPTS );
		return result / fract;
	}


	// EXPORTS //

	ibeta_fraction2 = ibetaFraction2;
	return ibeta_fraction2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$4;
var hasRequiredLib$4;

function requireLib$4 () {
	if (hasRequiredLib$4) return lib$4;
	hasRequiredLib$4 = 1;

	/**
	* Maximum safe double-precision floating-point integer.
	*
	* @module @stdlib/constants-float64-max-safe-integer
	* @type {number}
	*
	* @example
	* var FLOAT64_MAX_SAFE_INTEGER = require( '@stdlib/constants-float64-max-safe-integer' );
	* // returns 9007199254740991
	*/


	// MAIN //

	/**
	* Maximum safe double-precision floating-point integer.
	*
	* ## Notes
	*
	* The integer has the value
	*
	* ```tex
	* 2^{53} - 1
	* ```
	*
	* @constant
	* @type {number}
	* @default 9007199254740991
	* @see [Safe Integers]{@link http://www.2ality.com/2013/10/safe-integers.html}
	* @see [IEEE 754]{@link https://en.wikipedia.org/wiki/IEEE_754-1985}
	*/
	var FLOAT64_MAX_SAFE_INTEGER = 9007199254740991;


	// EXPORTS //

	lib$4 = FLOAT64_MAX_SAFE_INTEGER;
	return lib$4;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var bitwise_binary_gcd;
var hasRequiredBitwise_binary_gcd;

function requireBitwise_binary_gcd () {
	if (hasRequiredBitwise_binary_gcd) return bitwise_binary_gcd;
	hasRequiredBitwise_binary_gcd = 1;

	/**
	* Computes the greatest common divisor (gcd) using the binary GCD algorithm and bitwise operations.
	*
	* ## References
	*
	* -   Stein, Josef. 1967. "Computational problems associated with Racah algebra." _Journal of Computational Physics_ 1 (3): 397–405. doi:[10.1016/0021-9991(67)90047-2][@stein:1967].
	*
	* [@stein:1967]: https://doi.org/10.1016/0021-9991(67)90047-2
	*
	* @private
	* @param {integer32} a - first number
	* @param {integer32} b - second number
	* @returns {integer32} greatest common divisor
	*
	* @example
	* var v = gcd( 48, 18 );
	* // returns 6
	*/
	function gcd( a, b ) {
		var k = 0;
		var t;

		// Simple cases:
		if ( a === 0 ) {
			return b;
		}
		if ( b === 0 ) {
			return a;
		}
		// Reduce `a` and/or `b` to odd numbers and keep track of the greatest power of 2 dividing both `a` and `b`...
		while ( (a & 1) === 0 && (b & 1) === 0 ) {
			a >>>= 1; // right shift
			b >>>= 1; // right shift
			k += 1;
		}
		// Reduce `a` to an odd number...
		while ( (a & 1) === 0 ) {
			a >>>= 1; // right shift
		}
		// Henceforth, `a` is always odd...
		while ( b ) {
			// Remove all factors of 2 in `b`, as they are not common...
			while ( (b & 1) === 0 ) {
				b >>>= 1; // right shift
			}
			// `a` and `b` are both odd. Swap values such that `b` is the larger of the two values, and then set `b` to the difference (which is even)...
			if ( a > b ) {
				t = b;
				b = a;
				a = t;
			}
			b -= a; // b=0 iff b=a
		}
		// Restore common factors of 2...
		return a << k;
	}


	// EXPORTS //

	bitwise_binary_gcd = gcd;
	return bitwise_binary_gcd;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var binary_gcd;
var hasRequiredBinary_gcd;

function requireBinary_gcd () {
	if (hasRequiredBinary_gcd) return binary_gcd;
	hasRequiredBinary_gcd = 1;

	/**
	* Computes the greatest common divisor (gcd) using the binary GCD algorithm.
	*
	* ## References
	*
	* -   Stein, Josef. 1967. "Computational problems associated with Racah algebra." _Journal of Computational Physics_ 1 (3): 397–405. doi:[10.1016/0021-9991(67)90047-2][@stein:1967].
	*
	* [@stein:1967]: https://doi.org/10.1016/0021-9991(67)90047-2
	*
	* @private
	* @param {integer} a - first number
	* @param {integer} b - second number
	* @returns {integer} greatest common divisor
	*
	* @example
	* var v = gcd( 1.2676506002282294e+30, 9007199254740992 );
	* // returns 9007199254740992
	*/
	function gcd( a, b ) {
		var k = 1;
		var t;

		// Simple cases:
		if ( a === 0 ) {
			return b;
		}
		if ( b === 0 ) {
			return a;
		}
		// Reduce `a` and/or `b` to odd numbers and keep track of the greatest power of 2 dividing both `a` and `b`...
		while ( a%2 === 0 && b%2 === 0 ) {
			a /= 2; // right shift
			b /= 2; // right shift
			k *= 2; // left shift
		}
		// Reduce `a` to an odd number...
		while ( a%2 === 0 ) {
			a /= 2; // right shift
		}
		// Henceforth, `a` is always odd...
		while ( b ) {
			// Remove all factors of 2 in `b`, as they are not common...
			while ( b%2 === 0 ) {
				b /= 2; // right shift
			}
			// `a` and `b` are both odd. Swap values such that `b` is the larger of the two values, and then set `b` to the difference (which is even)...
			if ( a > b ) {
				t = b;
				b = a;
				a = t;
			}
			b -= a; // b=0 iff b=a
		}
		// Restore common factors of 2...
		return k * a;
	}


	// EXPORTS //

	binary_gcd = gcd;
	return binary_gcd;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$3;
var hasRequiredMain$3;

function requireMain$3 () {
	if (hasRequiredMain$3) return main$3;
	hasRequiredMain$3 = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var isInteger = requireLib$$();
	var PINF = requireLib$1r();
	var NINF = requireLib$1p();
	var INT32_MAX = requireLib$K();
	var bitwise = requireBitwise_binary_gcd();
	var largeIntegers = requireBinary_gcd();


	// MAIN //

	/**
	* Computes the greatest common divisor (gcd).
	*
	* @param {integer} a - first number
	* @param {integer} b - second number
	* @returns {integer} greatest common divisor
	*
	* @example
	* var v = gcd( 48, 18 );
	* // returns 6
	*
	* @example
	* var v = gcd( 3.14, 18 );
	* // returns NaN
	*
	* @example
	* var v = gcd( NaN, 18 );
	* // returns NaN
	*/
	function gcd( a, b ) {
		if ( isnan( a ) || isnan( b ) ) {
			return NaN;
		}
		if (
			a === PINF ||
			b === PINF ||
			a === NINF ||
			b === NINF
		) {
			return NaN;
		}
		if ( !( isInteger( a ) && isInteger( b ) ) ) {
			return NaN;
		}
		if ( a < 0 ) {
			a = -a;
		}
		if ( b < 0 ) {
			b = -b;
		}
		if ( a <= INT32_MAX && b <= INT32_MAX ) {
			return bitwise( a, b );
		}
		return largeIntegers( a, b );
	}


	// EXPORTS //

	main$3 = gcd;
	return main$3;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$3;
var hasRequiredLib$3;

function requireLib$3 () {
	if (hasRequiredLib$3) return lib$3;
	hasRequiredLib$3 = 1;

	/**
	* Compute the greatest common divisor (gcd).
	*
	* @module @stdlib/math-base-special-gcd
	*
	* @example
	* var gcd = require( '@stdlib/math-base-special-gcd' );
	*
	* var v = gcd( 48, 18 );
	* // returns 6
	*/

	// MODULES //

	var main = requireMain$3();


	// EXPORTS //

	lib$3 = main;
	return lib$3;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$2;
var hasRequiredMain$2;

function requireMain$2 () {
	if (hasRequiredMain$2) return main$2;
	hasRequiredMain$2 = 1;

	// MODULES //

	var MAX_SAFE_INTEGER = requireLib$4();
	var PINF = requireLib$1r();
	var isInteger = requireLib$$();
	var isnan = requireLib$1Q();
	var isOdd = requireLib$Z();
	var floor = requireLib$1l();
	var gcd = requireLib$3();


	// MAIN //

	/**
	* Computes the binomial coefficient of two integers.
	*
	* @param {integer} n - input value
	* @param {integer} k - second input value
	* @returns {integer} function value
	*
	* @example
	* var v = binomcoef( 8, 2 );
	* // returns 28
	*
	* @example
	* var v = binomcoef( 0, 0 );
	* // returns 1
	*
	* @example
	* var v = binomcoef( -4, 2 );
	* // returns 10
	*
	* @example
	* var v = binomcoef( NaN, 3 );
	* // returns NaN
	*
	* @example
	* var v = binomcoef( 5, NaN );
	* // returns NaN
	*
	* @example
	* var v = binomcoef( NaN, NaN );
	* // returns NaN
	*/
	function binomcoef( n, k ) {
		var res;
		var sgn;
		var b;
		var c;
		var d;
		var g;
		var s;
		if ( isnan( n ) || isnan( k ) ) {
			return NaN;
		}
		if ( !isInteger( n ) || !isInteger( k ) ) {
			return NaN;
		}
		if ( k < 0 ) {
			return 0;
		}
		sgn = 1;
		if ( n < 0 ) {
			n = -n + k - 1;
			if ( isOdd( k ) ) {
				sgn *= -1;
			}
		}
		if ( k > n ) {
			return 0;
		}
		if ( k === 0 || k === n ) {
			return sgn;
		}
		if ( k === 1 || k === n - 1 ) {
			return sgn * n;
		}
		// Minimize the number of computed terms by leveraging symmetry:
		if ( n - k < k ) {
			k = n - k;
		}
		s = floor( MAX_SAFE_INTEGER / n );

		// Use a standard algorithm for computing the binomial coefficient (e.g., see Knuth's "The Art of Computer Programming, 3rd Edition, Volume 2: Seminumerical Algorithms")...
		res = 1;
		for ( d = 1; d <= k; d++ ) {
			// Check for potential overflow...
			if ( res > s ) {
				break;
			}
			res *= n;
			res /= d;
			n -= 1;
		}
		// If we did not early exit from the previous loop, the answer is exact, and we can simply return...
		if ( d > k ) {
			return sgn * res;
		}
		/*
		* Let `N` equal the provided `n`.
		*
		* We want to calculate C(N,k), and, at this point, we have calculated
		*
		*   res = C(N,n) = C(N,N-n) = C(N,d-1)
		*
		* where `N-n = d-1` and, hence, `n = N - d + 1`.
		*
		* Given the following identity,
		*
		*   C(N,k) = C(N,d-1) * C(N-d+1,k-d+1) / C(k,k-d+1)
		*          = C(N,d-1) * C(n,k-d+1) / C(k,k-d+1)
		*
		* we can leverage recursion to perform argument reduction.
		*/
		b = binomcoef( n, k-d+1 );
		if ( b === PINF ) {
			return sgn * b;
		}
		c = binomcoef( k, k-d+1 );

		/*
		* At this point, the result should be `res*b/c`.
		*
		* To help guard against overflow and precision loss, we calculate the greatest common divisor (gcd). In this case, we pick `b`, as `b` should be less than `res` in most (if not all) cases.
		*/
		g = gcd( b, c );
		b /= g;
		c /= g;
		res /= c;
		return sgn * res * b;
	}


	// EXPORTS //

	main$2 = binomcoef;
	return main$2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$2;
var hasRequiredLib$2;

function requireLib$2 () {
	if (hasRequiredLib$2) return lib$2;
	hasRequiredLib$2 = 1;

	/**
	* Compute the binomial coefficient.
	*
	* @module @stdlib/math-base-special-binomcoef
	*
	* @example
	* var binomcoef = require( '@stdlib/math-base-special-binomcoef' );
	*
	* var v = binomcoef( 8, 2 );
	* // returns 28
	*
	* v = binomcoef( 0, 0 );
	* // returns 1
	*
	* v = binomcoef( -4, 2 );
	* // returns 10
	*
	* v = binomcoef( 5, 3 );
	* // returns 10
	*
	* v = binomcoef( NaN, 3 );
	* // returns NaN
	*
	* v = binomcoef( 5, NaN );
	* // returns NaN
	*
	* v = binomcoef( NaN, NaN );
	* // returns NaN
	*/

	// MODULES //

	var main = requireMain$2();


	// EXPORTS //

	lib$2 = main;
	return lib$2;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var binomial_ccdf;
var hasRequiredBinomial_ccdf;

function requireBinomial_ccdf () {
	if (hasRequiredBinomial_ccdf) return binomial_ccdf;
	hasRequiredBinomial_ccdf = 1;

	// MODULES //

	var binomcoef = requireLib$2();
	var floor = requireLib$1l();
	var pow = requireLib$T();
	var MIN_VALUE = requireLib$15();


	// MAIN //

	/**
	* For integer arguments we can relate the incomplete beta to the complement of the binomial distribution cdf and use this finite sum.
	*
	* @private
	* @param {NonNegativeInteger} n - number of trials
	* @param {NonNegativeInteger} k - function input
	* @param {Probability} x - function input
	* @param {Probability} y - probability equal to `1-x`
	* @returns {number} sum
	*/
	function binomialCCDF( n, k, x, y ) {
		var startTerm;
		var result;
		var start;
		var term;
		var i;

		result = pow( x, n );
		if ( result > MIN_VALUE ) {
			term = result;
			for ( i = floor( n - 1 ); i > k; i-- ) {
				term *= ((i + 1) * y) / ((n - i) * x);
				result += term;
			}
		} else {
			// First term underflows so we need to start at the mode of the distribution and work outwards:
			start = floor( n * x );
			if ( start <= k + 1 ) {
				start = floor( k + 2 );
			}
			result = pow( x, start ) * pow( y, n - start );
			result *= binomcoef( floor(n), floor(start) );
			if ( result === 0.0 ) {
				// OK, starting slightly above the mode didn't work, we'll have to sum the terms the old fashioned way:
				for ( i = start - 1; i > k; i-- ) {
					result += pow( x, i ) * pow( y, n - i );
					result *= binomcoef( floor(n), floor(i) );
				}
			} else {
				term = result;
				startTerm = result;
				for ( i = start - 1; i > k; i-- ) {
					term *= ((i + 1) * y) / ((n - i) * x);
					result += term;
				}
				term = startTerm;
				for ( i = start + 1; i <= n; i++ ) {
					term *= (n - i + 1) * x / (i * y);
					result += term;
				}
			}
		}
		return result;
	}


	// EXPORTS //

	binomial_ccdf = binomialCCDF;
	return binomial_ccdf;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var ibeta_a_step;
var hasRequiredIbeta_a_step;

function requireIbeta_a_step () {
	if (hasRequiredIbeta_a_step) return ibeta_a_step;
	hasRequiredIbeta_a_step = 1;

	// MODULES //

	var ibetaPowerTerms = requireIbeta_power_terms();


	// MAIN //

	/**
	* Computes the difference between `ibeta(a,b,x)` and `ibeta(a+k,b,x)`.
	*
	* @private
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {Probability} x - function parameter
	* @param {Probability} y - probability equal to `1-x`
	* @param {NonNegativeInteger} k - function input
	* @param {boolean} normalized - boolean indicating whether to evaluate the power terms of the regularized or non-regularized incomplete beta function
	* @param {(Array|TypedArray|Object)} out - output array holding the derivative as the second element
	* @returns {number} difference between ibeta(a,b,x) and ibeta(a+k,b,x)
	*/
	function ibetaAStep( a, b, x, y, k, normalized, out ) {
		var prefix;
		var term;
		var sum;
		var i;

		prefix = ibetaPowerTerms( a, b, x, y, normalized );
		if ( out ) {
			out[ 1 ] = prefix;
		}
		prefix /= a;
		if ( prefix === 0.0 ) {
			return prefix;
		}
		sum = 1.0;
		term = 1.0;

		// Series summation from 0 to k-1:
		for ( i = 0; i < k-1; ++i ) {
			term *= (a+b+i) * x / (a+i+1.0);
			sum += term;
		}
		prefix *= sum;
		return prefix;
	}


	// EXPORTS //

	ibeta_a_step = ibetaAStep;
	return ibeta_a_step;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/

var ibeta_series;
var hasRequiredIbeta_series;

function requireIbeta_series () {
	if (hasRequiredIbeta_series) return ibeta_series;
	hasRequiredIbeta_series = 1;

	// MODULES //

	var lanczosSumExpGScaled = requireLib$c();
	var sumSeries = requireLib$j();
	var log1p = requireLib$1k();
	var sqrt = requireLib$1j();
	var exp = requireLib$10();
	var pow = requireLib$T();
	var ln = requireLib$r();
	var MIN_VALUE = requireLib$15();
	var MAX_LN = requireLib$n();
	var MIN_LN = requireLib$h();
	var G = requireLib$t();
	var E = requireLib$S();


	// VARIABLES //

	var opts = {
		'maxTerms': 100
	};


	// FUNCTIONS //

	/**
	* Series approximation to the incomplete beta.
	*
	* @private
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {Probability} x - function parameter
	* @param {number} result - initial result value
	* @returns {Function} series function
	*/
	function ibetaSeriesT( a, b, x, result ) {
		var poch = 1.0 - b;
		var n = 1;
		return next;

		/**
		* Calculate the next term of the series.
		*
		* @private
		* @returns {number} series expansion term
		*/
		function next() {
			var r = result / a;
			a += 1.0;
			result *= poch * x / n;
			n += 1;
			poch += 1.0;
			return r;
		}
	}


	// MAIN //

	/**
	* Incomplete beta series.
	*
	* @private
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {Probability} x - function parameter
	* @param {NonNegativeInteger} s0 - initial value
	* @param {boolean} normalized - boolean indicating whether to evaluate the power terms of the regularized or non-regularized incomplete beta function
	* @param {(Array|TypedArray|Object)} out - output array holding the derivative as the second element
	* @param {Probability} y - probability equal to `1-x`
	* @returns {number} function value
	*/
	function ibetaSeries( a, b, x, s0, normalized, out, y ) {
		var result;
		var agh;
		var bgh;
		var cgh;
		var l1;
		var l2;
		var c;
		var s;

		if ( normalized ) {
			c = a + b;

			// Incomplete beta power term, combined with the Lanczos approximation:
			agh = a + G - 0.5;
			bgh = b + G - 0.5;
			cgh = c + G - 0.5;
			result = lanczosSumExpGScaled( c ) / ( lanczosSumExpGScaled( a ) * lanczosSumExpGScaled( b ) ); // eslint-disable-line max-len

			l1 = ln( cgh / bgh ) * ( b - 0.5 );
			l2 = ln( x * cgh / agh ) * a;

			// Check for over/underflow in the power terms:
			if (
				l1 > MIN_LN &&
				l1 < MAX_LN &&
				l2 > MIN_LN &&
				l2 < MAX_LN
			) {
				if ( a * b < bgh * 10.0 ) {
					result *= exp( ( b-0.5 ) * log1p( a / bgh ) );
				} else {
					result *= pow( cgh / bgh, b - 0.5 );
				}
				result *= pow( x * cgh / agh, a );
				result *= sqrt( agh / E );

				if ( out ) {
					out[ 1 ] = result * pow( y, b );
				}
			}
			else {
				// We need logs, and this *will* cancel:
				result = ln( result ) + l1 + l2 + ( ( ln( agh ) - 1.0 ) / 2.0 );
				if ( out ) {
					out[ 1 ] = exp( result + ( b * ln( y ) ) );
				}
				result = exp( result );
			}
		}
		else {
			// Non-normalized, just compute the power:
			result = pow( x, a );
		}
		if ( result < MIN_VALUE ) {
			return s0; // Safeguard: series can't cope with denorms.
		}
		s = ibetaSeriesT( a, b, x, result );
		opts.initialValue = s0;
		return sumSeries( s, opts );
	}


	// EXPORTS //

	ibeta_series = ibetaSeries;
	return ibeta_series;
}

/* eslint-disable max-statements, max-lines */

var assign;
var hasRequiredAssign;

function requireAssign () {
	if (hasRequiredAssign) return assign;
	hasRequiredAssign = 1;

	// MODULES //

	var isnan = requireLib$1Q();
	var expm1 = requireLib$1m();
	var floor = requireLib$1l();
	var log1p = requireLib$1k();
	var asin = requireLib$1h();
	var beta = requireLib$Q();
	var sqrt = requireLib$1j();
	var exp = requireLib$10();
	var pow = requireLib$T();
	var max = requireLib$O();
	var min = requireLib$M();
	var MAX_FLOAT64 = requireLib$L();
	var MIN_FLOAT64 = requireLib$15();
	var MAX_INT32 = requireLib$K();
	var HALF_PI = requireLib$J();
	var PI = requireLib$I();
	var betaSmallBLargeASeries = requireBeta_small_b_large_a_series();
	var risingFactorialRatio = requireRising_factorial_ratio();
	var ibetaPowerTerms = requireIbeta_power_terms();
	var ibetaFraction2 = requireIbeta_fraction2();
	var binomialCCDF = requireBinomial_ccdf();
	var ibetaAStep = requireIbeta_a_step();
	var ibetaSeries = requireIbeta_series();


	// VARIABLES //

	var ONE_OVER_PI = 1.0 / PI;


	// MAIN //

	/**
	* Evaluates the incomplete beta function and its first derivative and assigns results to a provided output array.
	*
	* ## Notes
	*
	* -   This function divides up the input range and selects the right implementation method for each domain.
	*
	* @param {Probability} x - function input
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {boolean} regularized - boolean indicating if the function should evaluate the regularized boolean beta function
	* @param {boolean} upper - boolean indicating if the function should return the upper tail of the incomplete beta function instead
	* @param {(Array|TypedArray|Object)} out - output array
	* @param {integer} stride - output array stride
	* @param {NonNegativeInteger} offset - output array index offset
	* @returns {(Array|TypedArray|Object)} function value and first derivative
	*
	* @example
	* var out = ibetaImp( 0.5, 2.0, 2.0, false, false, [ 0.0, 0.0 ], 1, 0 );
	* // returns [ ~0.083, ~1.5 ]
	*
	* @example
	* var out = ibetaImp( 0.2, 1.0, 2.0, false, true, [ 0.0, 0.0 ], 1, 0 );
	* // returns [ 0.32, 1.6 ]
	*
	* @example
	* var out = ibetaImp( 0.2, 1.0, 2.0, true, true, [ 0.0, 0.0 ], 1, 0 );
	* // returns [ 0.64, 1.6 ]
	*/
	function ibetaImp( x, a, b, regularized, upper, out, stride, offset ) {
		var lambda;
		var prefix;
		var fract;
		var bbar;
		var div;
		var tmp;
		var i0;
		var i1;
		var k;
		var n;
		var p;
		var y;

		y = 1.0 - x;
		i0 = offset;
		i1 = offset + stride;

		// Derivative not set...
		out[ i1 ] = -1;
		if ( isnan( x ) || x < 0.0 || x > 1.0 ) {
			out[ i0 ] = NaN;
			out[ i1 ] = NaN;
			return out;
		}
		if ( regularized ) {
			if ( a < 0.0 || b < 0.0 ) {
				out[ i0 ] = NaN;
				out[ i1 ] = NaN;
				return out;
			}
			// Extend to a few very special cases...
			if ( a === 0.0 ) {
				if ( b === 0.0 ) {
					out[ i0 ] = NaN;
					out[ i1 ] = NaN;
					return out;
				}
				if ( b > 0.0 ) {
					out[ i0 ] = ( upper ) ? 0.0 : 1.0;
					return out;
				}
			} else if ( b === 0.0 ) {
				if ( a > 0.0 ) {
					out[ i0 ] = ( upper ) ? 1.0 : 0.0;
					return out;
				}
			}
		} else if ( a <= 0.0 || b <= 0.0 ) {
			out[ i0 ] = NaN;
			out[ i1 ] = NaN;
			return out;
		}
		if ( x === 0.0 ) {
			if ( a === 1.0 ) {
				out[ i1 ] = 1.0;
			} else {
				out[ i1 ] = ( a < 1.0 ) ? MAX_FLOAT64 / 2.0 : MIN_FLOAT64 * 2.0;
			}
			if ( upper ) {
				out[ i0 ] = ( regularized ) ? 1.0 : beta( a, b );
				return out;
			}
			out[ i0 ] = 0.0;
			return out;
		}
		if ( x === 1.0 ) {
			if ( b === 1.0 ) {
				out[ i1 ] = 1.0;
			} else {
				out[ i1 ] = ( b < 1.0 ) ? MAX_FLOAT64 / 2.0 : MIN_FLOAT64 * 2.0;
			}
			if ( upper ) {
				out[ i0 ] = 0.0;
			} else {
				out[ i0 ] = ( regularized ) ? 1.0 : beta( a, b );
			}
			return out;
		}
		if ( a === 0.5 && b === 0.5 ) {
			out[ i1 ] = ONE_OVER_PI * sqrt( y * x );

			// We have an arcsine distribution:
			p = ( upper ) ? asin( sqrt(y) ) : asin( sqrt(x) );
			p /= HALF_PI;
			if ( !regularized ) {
				p *= PI;
			}
			out[ i0 ] = p;
			return out;
		}
		if ( a === 1.0 ) {
			tmp = b;
			b = a;
			a = tmp;

			tmp = y;
			y = x;
			x = tmp;

			upper = !upper;
		}
		if ( b === 1.0 ) {
			// Special case see: http://functions.wolfram.com/GammaBetaErf/BetaRegularized/03/01/01/
			if ( a === 1.0 ) {
				out[ i0 ] = ( upper ) ? y : x;
				out[ i1 ] = 1.0;
				return out;
			}
			out[ i1 ] = a * pow( x, a - 1.0 );
			if ( y < 0.5 ) {
				p = ( upper ) ? -expm1( a * log1p(-y) ) : exp( a * log1p(-y) );
			} else {
				p = ( upper ) ? -( pow( x, a ) - 1.0 ) : pow( x, a );
			}
			if ( !regularized ) {
				p /= a;
			}
			out[ i0 ] = p;
			return out;
		}
		if ( min( a, b ) <= 1.0 ) {
			if ( x > 0.5 ) {
				tmp = b;
				b = a;
				a = tmp;

				tmp = y;
				y = x;
				x = tmp;

				upper = !upper;
			}
			if ( max( a, b ) <= 1.0 ) {
				// Both a,b < 1:
				if ( (a >= min( 0.2, b ) ) || ( pow(x, a) <= 0.9 ) ) {
					if ( upper ) {
						fract = -( ( regularized ) ? 1.0 : beta( a, b ) );
						upper = false;
						fract = -ibetaSeries( a, b, x, fract, regularized, out, y );
					} else {
						fract = ibetaSeries( a, b, x, 0, regularized, out, y );
					}
				} else {
					tmp = b;
					b = a;
					a = tmp;

					tmp = y;
					y = x;
					x = tmp;

					upper = !upper;
					if ( y >= 0.3 ) {
						if ( upper ) {
							fract = -( ( regularized ) ? 1.0 : beta( a, b ) );
							upper = false;
							fract = -ibetaSeries( a, b, x, fract, regularized, out, y ); // eslint-disable-line max-len
						} else {
							fract = ibetaSeries( a, b, x, 0, regularized, out, y );
						}
					} else {
						// Sidestep on a, and then use the series representation:
						if ( regularized ) {
							prefix = 1;
						} else {
							prefix = risingFactorialRatio( a + b, a, 20 );
						}
						fract = ibetaAStep( a, b, x, y, 20, regularized, out );
						if ( upper ) {
							fract -= ( ( regularized ) ? 1 : beta( a, b ) );
							upper = false;
							fract = -betaSmallBLargeASeries( a + 20.0, b, x, y, fract, prefix, regularized ); // eslint-disable-line max-len
						} else {
							fract = betaSmallBLargeASeries( a + 20.0, b, x, y, fract, prefix, regularized ); // eslint-disable-line max-len
						}
					}
				}
			} else if ( b <= 1.0 || ( x < 0.1 && ( pow( b * x, a ) <= 0.7 ) ) ) {
				if ( upper ) {
					fract = -( ( regularized ) ? 1 : beta( a, b ) );
					upper = false;
					fract = -ibetaSeries( a, b, x, fract, regularized, out, y );
				} else {
					fract = ibetaSeries( a, b, x, 0.0, regularized, out, y );
				}
			} else {
				tmp = b;
				b = a;
				a = tmp;

				tmp = y;
				y = x;
				x = tmp;
				upper = !upper;

				if ( y >= 0.3 ) {
					if ( upper ) {
						fract = -(( regularized ) ? 1.0 : beta( a, b ));
						upper = false;
						fract = -ibetaSeries( a, b, x, fract, regularized, out, y );
					} else {
						fract = ibetaSeries( a, b, x, 0.0, regularized, out, y );
					}
				}
				else if ( a >= 15.0 ) {
					if ( upper ) {
						fract = -(( regularized ) ? 1.0 : beta( a, b ));
						upper = false;
						fract = -betaSmallBLargeASeries( a, b, x, y, fract, 1.0, regularized ); // eslint-disable-line max-len
					} else {
						fract = betaSmallBLargeASeries( a, b, x, y, 0.0, 1.0, regularized ); // eslint-disable-line max-len
					}
				}
				else {
					if ( regularized ) {
						prefix = 1;
					} else {
						// Sidestep to improve errors:
						prefix = risingFactorialRatio( a + b, a, 20.0 );
					}
					fract = ibetaAStep( a, b, x, y, 20.0, regularized, out );
					if ( upper ) {
						fract -= ( ( regularized ) ? 1.0 : beta( a, b ) );
						upper = false;
						fract = -betaSmallBLargeASeries( a + 20.0, b, x, y, fract, prefix, regularized ); // eslint-disable-line max-len
					} else {
						fract = betaSmallBLargeASeries( a + 20.0, b, x, y, fract, prefix, regularized ); // eslint-disable-line max-len
					}
				}
			}
		} else {
			// Both a,b >= 1:
			if ( a < b ) {
				lambda = a - ( (a + b) * x );
			} else {
				lambda = ( (a + b) * y ) - b;
			}
			if ( lambda < 0.0 ) {
				tmp = b;
				b = a;
				a = tmp;

				tmp = y;
				y = x;
				x = tmp;
				upper = !upper;
			}
			if ( b < 40.0 ) {
				if (
					floor(a) === a &&
					floor(b) === b &&
					a < MAX_INT32 - 100
				) {
					// Relate to the binomial distribution and use a finite sum:
					k = a - 1.0;
					n = b + k;
					fract = binomialCCDF( n, k, x, y );
					if ( !regularized ) {
						fract *= beta( a, b );
					}
				}
				else if ( b * x <= 0.7 ) {
					if ( upper ) {
						fract = -( ( regularized ) ? 1.0 : beta( a, b ) );
						upper = false;
						fract = -ibetaSeries( a, b, x, fract, regularized, out, y );
					} else {
						fract = ibetaSeries( a, b, x, 0.0, regularized, out, y );
					}
				}
				else if ( a > 15.0 ) {
					// Sidestep so we can use the series representation:
					n = floor( b );
					if ( n === b ) {
						n -= 1;
					}
					bbar = b - n;
					if ( regularized ) {
						prefix = 1;
					} else {
						prefix = risingFactorialRatio( a + bbar, bbar, n );
					}
					fract = ibetaAStep( bbar, a, y, x, n, regularized );
					fract = betaSmallBLargeASeries( a, bbar, x, y, fract, 1.0, regularized ); // eslint-disable-line max-len
					fract /= prefix;
				}
				else if ( regularized ) {
					n = floor( b );
					bbar = b - n;
					if ( bbar <= 0 ) {
						n -= 1;
						bbar += 1;
					}
					fract = ibetaAStep( bbar, a, y, x, n, regularized );
					fract += ibetaAStep( a, bbar, x, y, 20.0, regularized );
					if ( upper ) {
						fract -= 1;
					}
					fract = betaSmallBLargeASeries( a + 20.0, bbar, x, y, fract, 1, regularized ); // eslint-disable-line max-len
					if ( upper ) {
						fract = -fract;
						upper = false;
					}
				}
				else {
					fract = ibetaFraction2( a, b, x, y, regularized, out );
				}
			} else {
				fract = ibetaFraction2( a, b, x, y, regularized, out );
			}
		}
		if ( out[ i1 ] < 0.0 ) {
			out[ i1 ] = ibetaPowerTerms( a, b, x, y, true );
		}
		div = y * x;
		if ( out[ i1 ] !== 0.0 ) {
			if ( ( MAX_FLOAT64 * div < out[ i1 ] ) ) {
				// Overflow, return an arbitrarily large value:
				out[ i1 ] = MAX_FLOAT64 / 2.0;
			} else {
				out[ i1 ] /= div;
			}
		}
		out[ i0 ] = ( upper ) ? ( ( regularized ) ? 1.0 : beta( a, b ) ) - fract : fract; // eslint-disable-line max-len
		return out;
	}


	// EXPORTS //

	assign = ibetaImp;
	return assign;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main$1;
var hasRequiredMain$1;

function requireMain$1 () {
	if (hasRequiredMain$1) return main$1;
	hasRequiredMain$1 = 1;

	// MODULES //

	var compute = requireAssign();


	// MAIN //

	/**
	* Evaluates the incomplete beta function and its first derivative.
	*
	* @param {Probability} x - function input
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {boolean} regularized - boolean indicating if the function should evaluate the regularized boolean beta function
	* @param {boolean} upper - boolean indicating if the function should return the upper tail of the incomplete beta function instead
	* @returns {Array} function value and first derivative
	*
	* @example
	* var out = kernelBetainc( 0.5, 2.0, 2.0, false, false );
	* // returns [ ~0.083, ~1.5 ]
	*
	* @example
	* var out = kernelBetainc( 0.2, 1.0, 2.0, true, false );
	* // returns [ 0.36, 1.6 ]
	*/
	function kernelBetainc( x, a, b, regularized, upper ) {
		return compute( x, a, b, regularized, upper, [ 0.0, 0.0 ], 1, 0 );
	}


	// EXPORTS //

	main$1 = kernelBetainc;
	return main$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib$1;
var hasRequiredLib$1;

function requireLib$1 () {
	if (hasRequiredLib$1) return lib$1;
	hasRequiredLib$1 = 1;

	/**
	* Evaluate the incomplete beta function and its first derivative.
	*
	* @module @stdlib/math-base-special-kernel-betainc
	*
	* @example
	* var kernelBetainc = require( '@stdlib/math-base-special-kernel-betainc' );
	*
	* var out = kernelBetainc( 0.5, 2.0, 2.0, false, false );
	* // returns [ ~0.083, ~1.5 ]
	*
	* out = kernelBetainc( 0.2, 1.0, 2.0, true, false );
	* // returns [ 0.36, 1.6 ]
	*
	* @example
	* var kernelBetainc = require( '@stdlib/math-base-special-kernel-betainc' );
	*
	* var arr = [ 0.0, 0.0 ];
	* var out = kernelBetainc.assign( 0.2, 1.0, 2.0, true, true, arr, 1, 0 );
	* // returns [ 0.64, 1.6 ]
	*
	* var bool = ( arr === out );
	* // returns true
	*/

	// MODULES //

	var setReadOnly = requireLib$1R();
	var main = requireMain$1();
	var assign = requireAssign();


	// MAIN //

	setReadOnly( main, 'assign', assign );


	// EXPORTS //

	lib$1 = main;
	return lib$1;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var main;
var hasRequiredMain;

function requireMain () {
	if (hasRequiredMain) return main;
	hasRequiredMain = 1;

	// MODULES //

	var kernelBetainc = requireLib$1().assign;


	// MAIN //

	/**
	* Evaluates the incomplete beta function.
	*
	* @param {Probability} x - function parameter
	* @param {NonNegativeNumber} a - function parameter
	* @param {NonNegativeNumber} b - function parameter
	* @param {boolean} [regularized=true] - boolean indicating if the function should evaluate the regularized or non-regularized incomplete beta function
	* @param {boolean} [upper=false] - boolean indicating if the function should return the upper tail of the incomplete beta function
	* @returns {number} function value
	*
	* @example
	* var y = betainc( 0.5, 2.0, 2.0 );
	* // returns 0.5
	*
	* @example
	* var y = betainc( 0.5, 2.0, 2.0, false );
	* // returns ~0.083
	*
	* @example
	* var y = betainc( 0.2, 1.0, 2.0 );
	* // returns 0.36
	*/
	function betainc( x, a, b, regularized, upper ) {
		var out = [ 0.0, 0.0 ];
		regularized = ( regularized === false ) ? false : true; // eslint-disable-line no-unneeded-ternary
		upper = ( upper === true ) ? true : false; // eslint-disable-line no-unneeded-ternary
		kernelBetainc( x, a, b, regularized, upper, out, 1, 0 );
		return out[ 0 ];
	}


	// EXPORTS //

	main = betainc;
	return main;
}

/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/

var lib;
var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib;
	hasRequiredLib = 1;

	/**
	* Evaluate the incomplete beta function.
	*
	* @module @stdlib/math-base-special-betainc
	*
	* @example
	* var betainc = require( '@stdlib/math-base-special-betainc' );
	*
	* var y = betainc( 0.5, 2.0, 2.0 );
	* // returns 0.5
	*
	* y = betainc( 0.5, 2.0, 2.0, false );
	* // returns ~0.083
	*
	* y = betainc( 0.2, 1.0, 2.0 );
	* // returns 0.36
	*
	* y = betainc( 0.2, 1.0, 2.0, true, true );
	* // returns 0.64
	*/

	// MODULES //

	var main = requireMain();


	// EXPORTS //

	lib = main;
	return lib;
}

var libExports$1 = requireLib();
var betainc = /*@__PURE__*/getDefaultExportFromCjs(libExports$1);

var libExports = requireLib$o();
var gammaln = /*@__PURE__*/getDefaultExportFromCjs(libExports);

/**
 * The statistics behind the gate (DESIGN §4): exact binomial tails, exact McNemar tests, Benjamini–Hochberg
 * q-values and Newcombe's interval for a paired difference. Pure and deterministic.
 */
/** Two-sided 95% normal quantile. */
const Z_95 = 1.959963984540054;
const LN2 = Math.LN2;
/** Up to this n the tail is summed in exact integer arithmetic (2^n still fits a double). */
const EXACT_LIMIT = 1000;
/**
 * P(X ≥ k) for X ~ Bin(n, ½).
 *
 * Whole k and n ≤ 1000 (every per-class test): Σ C(n, i) over i ≥ k in exact integers, divided by 2^n —
 * the exact value, rounded once. Larger n (the overall test, up to the whole set): the sum of the binomial
 * terms relative to the first one, whose log comes from lgamma, so nothing overflows and no normal
 * approximation is involved; the shorter tail is summed and the other obtained as its complement.
 * Fractional k or n (the quasi-binomial test of seed-noise calibration): the continuous extension
 * I_½(k, n − k + 1), the regularized incomplete beta function, which equals the sum at whole k and n.
 */
function binomialUpperTail(k, n) {
    if (!(n >= 0) || Number.isNaN(k)) {
        throw new RangeError(`binomial tail needs n ≥ 0, got k=${k}, n=${n}`);
    }
    if (k <= 0)
        return 1;
    if (k > n + 1e-12)
        return 0;
    if (!Number.isInteger(k) || !Number.isInteger(n)) {
        return clamp01(betainc(0.5, k, n - k + 1, true, false));
    }
    if (n <= EXACT_LIMIT)
        return exactUpperTail(k, n);
    if (2 * k > n)
        return upperTailSum(k, n);
    // k ≤ n/2: P(X ≥ k) = 1 − P(X ≤ k − 1) = 1 − P(X ≥ n − k + 1) by symmetry, and that tail is the short one.
    return clamp01(1 - upperTailSum(n - k + 1, n));
}
/** Σ_{i=k..n} C(n, i) / 2^n in BigInt, for whole 0 < k ≤ n ≤ 1000. */
function exactUpperTail(k, n) {
    let coefficient = 1n; // C(n, n)
    let sum = 1n;
    for (let i = n; i > k; i--) {
        coefficient = (coefficient * BigInt(i)) / BigInt(n - i + 1); // C(n, i − 1), an exact division
        sum += coefficient;
    }
    return Number(sum) / 2 ** n;
}
/** Σ_{i=k..n} C(n, i) / 2^n for whole 0 < k ≤ n with 2k > n (terms fall from the first one on). */
function upperTailSum(k, n) {
    const logFirst = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) - n * LN2;
    let term = 1;
    let sum = 1;
    for (let i = k; i < n; i++) {
        term *= (n - i) / (i + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return clamp01(Math.exp(logFirst) * sum);
}
function clamp01(x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
}
/**
 * Exact one-sided McNemar p for a drop: P(X ≥ lost), X ~ Bin(lost + gained, ½). With a seed-noise
 * dispersion φ > 1 the discordant counts are scaled by 1/φ first (quasi-binomial), which the continuous
 * tail handles. 1 when nothing was lost.
 */
function mcnemarDropPValue(lost, gained, dispersion = 1) {
    if (lost <= 0)
        return 1;
    const scale = dispersion > 1 ? 1 / dispersion : 1;
    return binomialUpperTail(lost * scale, (lost + gained) * scale);
}
/** Exact two-sided McNemar p: twice the smaller binomial tail of the discordant pairs, capped at 1. */
function mcnemarTwoSidedPValue(lost, gained) {
    if (lost === gained)
        return 1;
    return Math.min(1, 2 * binomialUpperTail(Math.max(lost, gained), lost + gained));
}
/**
 * Benjamini–Hochberg q-values (the step-up adjustment R's `p.adjust(…, "BH")` computes): q of the i-th
 * smallest of m p-values is min over j ≥ i of p_(j)·m/j, capped at 1. Entries that are null (classes not
 * tested) stay null and do not count in m. The result does not depend on the order of the input.
 */
function benjaminiHochberg(pValues) {
    const tested = [];
    pValues.forEach((p, i) => {
        if (p !== null)
            tested.push(i);
    });
    const q = pValues.map(() => null);
    const m = tested.length;
    if (m === 0)
        return q;
    // Ties in p share one q whatever their order, so the index tie-break only keeps the sort stable.
    tested.sort((a, b) => pValues[a] - pValues[b] || a - b);
    let running = 1;
    for (let rank = m; rank >= 1; rank--) {
        const index = tested[rank - 1];
        const p = pValues[index];
        running = Math.min(running, (p * m) / rank);
        // Mathematically q ≥ p; the max only undoes rounding in p·m/rank.
        q[index] = Math.max(p, running);
    }
    return q;
}
/** Wilson score interval for a single proportion x/n (no continuity correction). */
function wilsonInterval(successes, n, z = Z_95) {
    if (n <= 0)
        return [0, 1];
    const p = successes / n;
    const z2 = z * z;
    const denominator = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denominator;
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/**
 * 95% interval for Δ = candidate accuracy − baseline accuracy = (gained − lost)/n on paired data:
 * Newcombe's (1998) method 10, the hybrid score interval that combines the two marginal Wilson intervals
 * with the (continuity-corrected) correlation between them. With a seed-noise dispersion φ > 1 both
 * half-widths are widened by √φ. Truncated to [−1, 1]; [−1, 1] when there are no images.
 */
function pairedDifferenceInterval(table, dispersion = 1, z = Z_95) {
    const { bothRight: a, gained: b, lost: c, bothWrong: d } = table;
    const n = a + b + c + d;
    if (n <= 0)
        return [-1, 1];
    const candidateRight = a + b;
    const baselineRight = a + c;
    const p1 = candidateRight / n;
    const p2 = baselineRight / n;
    const [l1, u1] = wilsonInterval(candidateRight, n, z);
    const [l2, u2] = wilsonInterval(baselineRight, n, z);
    const phi = correctedCorrelation(a, b, c, d);
    const delta = p1 - p2;
    const below = Math.sqrt(Math.max(0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2));
    const above = Math.sqrt(Math.max(0, (p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2));
    const widen = dispersion > 1 ? Math.sqrt(dispersion) : 1;
    return [Math.max(-1, delta - widen * below), Math.min(1, delta + widen * above)];
}
/** Newcombe's φ* for method 10: (ad − bc − n/2)/√(row and column totals) when ad − bc > n/2, 0 in between, (ad − bc)/√… when negative. */
function correctedCorrelation(a, b, c, d) {
    const n = a + b + c + d;
    const product = (a + b) * (c + d) * (a + c) * (b + d);
    if (product === 0)
        return 0;
    const cross = a * d - b * c;
    if (cross > n / 2)
        return (cross - n / 2) / Math.sqrt(product);
    if (cross >= 0)
        return 0;
    return cross / Math.sqrt(product);
}

/**
 * The per-class comparison of a baseline and a candidate (DESIGN §4 and §5): accuracies both ways, the
 * paired test on the gating metric with BH q-values, status, the verdict, and for every drop its confusion
 * shift, evidence and kind. One pass over the images per quantity; classes come back in index order.
 */
function compare(input, policy) {
    validateInput(input);
    const classCount = input.classNames.length;
    const hasMultiLabels = anyMultiLabels(input);
    const metric = gatingMetric(policy.metric, hasMultiLabels);
    const byClass = indexByClass(input.labels, classCount);
    const original = pairedOutcome(input, metricScoring(input, 'original'));
    const multiLabel = hasMultiLabels
        ? pairedOutcome(input, metricScoring(input, 'multi-label'))
        : null;
    const gating = metric === 'multi-label' && multiLabel ? multiLabel : original;
    const originalCounts = classCounts(input.labels, original, classCount);
    const multiLabelCounts = multiLabel ? classCounts(input.labels, multiLabel, classCount) : null;
    // Original-label scoring on the images multi-label scoring keeps: the two scorings of the same images.
    const originalOnMultiLabelled = multiLabel
        ? classCounts(input.labels, { ...original, scored: multiLabel.scored }, classCount)
        : null;
    const gatingCounts = gating === original ? originalCounts : multiLabelCounts;
    const calibration = input.baselineReplicates.length > 0
        ? estimateSeedDispersion([
            gating.baselineRight,
            ...input.baselineReplicates.map((r) => rightFlags(input, gating, r))
        ], gating.scored, input.labels, classCount)
        : null;
    const dispersion = calibration?.dispersion ?? 1;
    const { pValues, qValues, gainPValues, gainQValues } = pairedTests(gatingCounts, dispersion);
    const explainer = new DropExplainer(input, policy, byClass, multiLabelCounts?.n ?? null);
    const margin = classMargin(policy);
    const classes = [];
    for (let c = 0; c < classCount; c++) {
        const n = gatingCounts.n[c];
        const lost = gatingCounts.lost[c];
        const gained = gatingCounts.gained[c];
        const delta = n > 0 ? (gained - lost) / n : 0;
        const status = classStatus(delta, qValues[c], gainQValues[c], policy);
        const explained = explainedByMultiLabels(c, originalOnMultiLabelled, multiLabelCounts, margin);
        const needsExplanation = status === 'hurt' || status === 'suspected' || explained === true;
        // A drop that multi-labels explain is a drop on original labels: explain it there.
        const explanation = needsExplanation
            ? explainer.explain(c, status === 'hurt' || status === 'suspected' ? gating : original)
            : null;
        classes.push({
            index: c,
            name: input.classNames[c],
            support: originalCounts.n[c],
            multiLabelSupport: multiLabelCounts ? multiLabelCounts.n[c] : 0,
            baseline: classScore(originalCounts, multiLabelCounts, c, 'baseline'),
            candidate: classScore(originalCounts, multiLabelCounts, c, 'candidate'),
            delta,
            lost,
            gained,
            pValue: pValues[c],
            qValue: qValues[c],
            gainPValue: gainPValues[c],
            gainQValue: gainQValues[c],
            ci95: pairedDifferenceInterval({
                bothRight: gatingCounts.baselineCorrect[c] - lost,
                lost,
                gained,
                bothWrong: n - gatingCounts.baselineCorrect[c] - gained
            }, dispersion),
            status,
            kind: explanation?.kind ?? null,
            explainedByMultiLabels: explained,
            absorbedBy: explanation?.absorbedBy ?? [],
            missingEvidence: explanation?.missingEvidence ?? []
        });
    }
    const overall = overallResult(original, multiLabel, gating);
    const { verdict, reasons } = decideVerdict(classes, overall, policy, metric);
    return {
        metric,
        verdict,
        reasons,
        overall,
        classes,
        policy,
        calibration,
        power: power(gatingCounts, dispersion, policy.alpha),
        evidence: { multiLabels: hasMultiLabels, hierarchy: input.hierarchy !== null }
    };
}
/**
 * The exact one-sided McNemar test of every class in both directions (drop, gain) and BH q-values across
 * the classes tested; untested classes (no images on the gating metric) get null.
 */
function pairedTests(counts, dispersion) {
    const pValues = [];
    const gainPValues = [];
    for (let c = 0; c < counts.n.length; c++) {
        const tested = counts.n[c] > 0;
        pValues.push(tested ? mcnemarDropPValue(counts.lost[c], counts.gained[c], dispersion) : null);
        gainPValues.push(tested ? mcnemarDropPValue(counts.gained[c], counts.lost[c], dispersion) : null);
    }
    return {
        pValues,
        qValues: benjaminiHochberg(pValues),
        gainPValues,
        gainQValues: benjaminiHochberg(gainPValues)
    };
}
function gatingMetric(requested, hasMultiLabels) {
    if (requested === 'original')
        return 'original';
    if (requested === 'multi-label' && !hasMultiLabels) {
        throw new InputError('--metric multi-label needs multi-labels (--multi-labels or a preset), but no image has a non-empty label set');
    }
    return hasMultiLabels ? 'multi-label' : 'original';
}
function validateInput(input) {
    const n = input.labels.length;
    const classCount = input.classNames.length;
    if (classCount === 0)
        throw new InputError('the evaluation set has no classes');
    if (n === 0)
        throw new InputError('the evaluation set has no images to compare');
    const arrays = [
        ['multi-labels', input.multiLabels],
        ['baseline predictions', input.baseline],
        ['candidate predictions', input.candidate],
        ...input.baselineReplicates.map((r, k) => [
            `baseline ${k + 2} predictions`,
            r
        ])
    ];
    for (const [what, array] of arrays) {
        if (array.length !== n) {
            throw new InputError(`${what} cover ${array.length} images, the evaluation set has ${n}`);
        }
    }
    const inRange = (value) => value >= 0 && value < classCount;
    for (let i = 0; i < n; i++) {
        if (!inRange(input.labels[i])) {
            throw new InputError(`image ${i + 1}: label ${input.labels[i]} is not one of the ${classCount} classes`);
        }
        if (!inRange(input.baseline[i]) || !inRange(input.candidate[i])) {
            throw new InputError(`image ${i + 1}: a prediction names a class outside the ${classCount} classes`);
        }
    }
    input.baselineReplicates.forEach((replicate, k) => {
        const bad = replicate.findIndex((value) => !inRange(value));
        if (bad >= 0) {
            throw new InputError(`baseline ${k + 2}, image ${bad + 1}: prediction ${replicate[bad]} is outside the ${classCount} classes`);
        }
    });
}
function pairedOutcome(input, scoring) {
    return {
        ...scoring,
        baselineRight: rightFlags(input, scoring, input.baseline),
        candidateRight: rightFlags(input, scoring, input.candidate)
    };
}
function classCounts(labels, outcome, classCount) {
    const counts = {
        n: new Int32Array(classCount),
        baselineCorrect: new Int32Array(classCount),
        candidateCorrect: new Int32Array(classCount),
        lost: new Int32Array(classCount),
        gained: new Int32Array(classCount)
    };
    const { scored, baselineRight, candidateRight } = outcome;
    for (let i = 0; i < labels.length; i++) {
        if (scored[i] === 0)
            continue;
        const c = labels[i];
        const base = baselineRight[i];
        const cand = candidateRight[i];
        counts.n[c]++;
        counts.baselineCorrect[c] += base;
        counts.candidateCorrect[c] += cand;
        if (base > cand)
            counts.lost[c]++;
        else if (cand > base)
            counts.gained[c]++;
    }
    return counts;
}
function classScore(original, multiLabel, c, model) {
    const correct = (model === 'baseline' ? original.baselineCorrect : original.candidateCorrect)[c];
    const multiLabelCorrect = multiLabel
        ? (model === 'baseline' ? multiLabel.baselineCorrect : multiLabel.candidateCorrect)[c]
        : 0;
    return {
        accuracy: original.n[c] > 0 ? correct / original.n[c] : null,
        multiLabelAccuracy: multiLabel && multiLabel.n[c] > 0 ? multiLabelCorrect / multiLabel.n[c] : null,
        correct,
        multiLabelCorrect
    };
}
/**
 * True when the class dropped by the margin on original labels but not on multi-labels, both scored on the
 * images that have a multi-label set (the drop does not survive multi-label scoring); false when it
 * survives; null when there was no original-label drop there, or no multi-labels for the class.
 */
function explainedByMultiLabels(c, originalOnMultiLabelled, multiLabel, margin) {
    if (!originalOnMultiLabelled || !multiLabel || multiLabel.n[c] === 0)
        return null;
    const n = multiLabel.n[c];
    const originalDelta = (originalOnMultiLabelled.gained[c] - originalOnMultiLabelled.lost[c]) / n;
    if (!dropsBeyondMargin(originalDelta, margin))
        return null;
    const multiLabelDelta = (multiLabel.gained[c] - multiLabel.lost[c]) / n;
    return !dropsBeyondMargin(multiLabelDelta, margin);
}
/** Confusion shift, evidence and kind for the few classes that dropped; caches what several of them share. */
class DropExplainer {
    input;
    policy;
    byClass;
    multiLabelSupport;
    distances;
    growthByMetric = new Map();
    constructor(input, policy, byClass, 
    /** Images per class with a non-empty multi-label set; null without multi-labels. */
    multiLabelSupport) {
        this.input = input;
        this.policy = policy;
        this.byClass = byClass;
        this.multiLabelSupport = multiLabelSupport;
        this.distances = input.hierarchy ? new HierarchyDistances(input.hierarchy) : null;
    }
    explain(c, outcome) {
        const growth = this.falsePositiveGrowth(outcome);
        const multiLabels = this.input.multiLabels;
        const absorbedBy = absorbingClasses(c, this.byClass, outcome, this.input.candidate).map(({ index, count }) => ({
            index,
            name: this.input.classNames[index],
            count,
            falsePositiveGrowth: growth[index],
            cooccurrence: cooccurrence(multiLabels, this.byClass, c, index),
            hierarchyDistance: this.distances ? this.distances.between(c, index) : null
        }));
        const partner = absorbedBy.at(0);
        const hierarchyKnown = this.distances !== null &&
            this.distances.knows(c) &&
            (partner === undefined || this.distances.knows(partner.index));
        const multiLabelsKnown = this.multiLabelSupport !== null && this.multiLabelSupport[c] > 0;
        const missing = missingEvidence({ multiLabelsKnown, hierarchyKnown });
        if (partner === undefined)
            return { kind: null, absorbedBy, missingEvidence: missing };
        const kind = classifyKind({
            cooccurrence: partner.cooccurrence,
            reverseCooccurrence: cooccurrence(multiLabels, this.byClass, partner.index, c),
            hierarchyKnown,
            hierarchyDistance: partner.hierarchyDistance
        }, this.policy.kinds);
        return { kind, absorbedBy, missingEvidence: missing };
    }
    /** False-positive growth over the whole set, once per metric. */
    falsePositiveGrowth(outcome) {
        let growth = this.growthByMetric.get(outcome.metric);
        if (!growth) {
            growth = falsePositiveGrowth(outcome, this.input.baseline, this.input.candidate, this.input.classNames.length);
            this.growthByMetric.set(outcome.metric, growth);
        }
        return growth;
    }
}
function overallResult(original, multiLabel, gating) {
    const tally = (outcome) => {
        let n = 0;
        let baseline = 0;
        let candidate = 0;
        let lost = 0;
        let gained = 0;
        for (let i = 0; i < outcome.scored.length; i++) {
            if (outcome.scored[i] === 0)
                continue;
            const base = outcome.baselineRight[i];
            const cand = outcome.candidateRight[i];
            n++;
            baseline += base;
            candidate += cand;
            if (base > cand)
                lost++;
            else if (cand > base)
                gained++;
        }
        return { n, baseline, candidate, lost, gained };
    };
    const o = tally(original);
    const m = multiLabel ? tally(multiLabel) : null;
    const g = gating === original ? o : m;
    return {
        images: o.n,
        baseline: {
            accuracy: o.baseline / o.n,
            multiLabelAccuracy: m && m.n > 0 ? m.baseline / m.n : null
        },
        candidate: {
            accuracy: o.candidate / o.n,
            multiLabelAccuracy: m && m.n > 0 ? m.candidate / m.n : null
        },
        delta: g.n > 0 ? (g.gained - g.lost) / g.n : 0,
        lost: g.lost,
        gained: g.gained,
        pValue: mcnemarTwoSidedPValue(g.lost, g.gained),
        ci95: pairedDifferenceInterval({
            bothRight: g.baseline - g.lost,
            lost: g.lost,
            gained: g.gained,
            bothWrong: g.n - g.baseline - g.gained
        })
    };
}
function power(counts, dispersion, alpha) {
    const sizes = Array.from(counts.n)
        .filter((n) => n > 0)
        .sort((a, b) => a - b);
    const tested = sizes.length;
    const median = tested === 0
        ? 0
        : tested % 2 === 1
            ? sizes[(tested - 1) / 2]
            : (sizes[tested / 2 - 1] + sizes[tested / 2]) / 2;
    let minimumLost = null;
    const largest = tested === 0 ? 0 : sizes[tested - 1];
    for (let k = 1; k <= largest; k++) {
        if (mcnemarDropPValue(k, 0, dispersion) * tested <= alpha) {
            minimumLost = k;
            break;
        }
    }
    return {
        medianClassImages: median,
        classesTested: tested,
        minimumLostForSignificance: minimumLost
    };
}

/** Partners per hurt class: the main absorbers, not the tail of single stray images. */
const MAX_PARTNERS = 3;
/** A partner beyond the first must have taken at least this many images. */
const MIN_PARTNER_COUNT = 2;
function buildAugmentationPlan(comparison) {
    const hurt = comparison.classes.filter((result) => result.status === 'hurt');
    const entries = hurt.map((result) => planEntry(result, comparison.metric));
    const indices = new Set();
    for (const entry of entries) {
        indices.add(entry.index);
        for (const partner of entry.partners)
            indices.add(partner.index);
    }
    const classIndices = [...indices].sort((a, b) => a - b);
    return {
        schemaVersion: 1,
        generator: 'classdiff',
        metric: comparison.metric,
        classIndices,
        classNames: classIndices.map((index) => comparison.classes[index]?.name ?? String(index)),
        entries,
        recommendation: recommendation(hurt.length, classIndices.length)
    };
}
function planEntry(result, metric) {
    const partners = result.absorbedBy
        .filter((absorber, rank) => rank === 0 || absorber.count >= MIN_PARTNER_COUNT)
        .slice(0, MAX_PARTNERS)
        .map(({ index, name, count, cooccurrence, hierarchyDistance }) => ({
        index,
        name,
        count,
        cooccurrence,
        hierarchyDistance
    }));
    return {
        index: result.index,
        name: result.name,
        role: 'hurt',
        delta: result.delta,
        qValue: result.qValue,
        kind: result.kind,
        partners,
        reason: reason$1(result, metric)
    };
}
function reason$1(result, metric) {
    const points = (-result.delta * 100).toFixed(1);
    const q = result.qValue === null ? '' : ` (q = ${formatQ(result.qValue)})`;
    const head = `${result.name} fell ${points} points on ${metric} accuracy${q}`;
    const partner = result.absorbedBy.at(0);
    if (!partner)
        return `${head}.`;
    const evidence = [
        partner.cooccurrence === null ? null : `co-occurrence ${partner.cooccurrence.toFixed(2)}`,
        partner.hierarchyDistance === null
            ? null
            : `${partner.hierarchyDistance} edges apart in the hierarchy`
    ].filter((part) => part !== null);
    const kind = result.kind === null ? '' : `: ${result.kind}`;
    const images = partner.count === 1 ? 'image' : 'images';
    return `${head}; ${partner.count} lost ${images} went to ${partner.name}${evidence.length > 0 ? ` (${evidence.join(', ')})` : ''}${kind}.`;
}
function formatQ(q) {
    return q >= 0.001 ? q.toFixed(3) : q.toExponential(1);
}
function recommendation(hurtCount, classCount) {
    if (hurtCount === 0)
        return 'No class was hurt: no change to augmentation is needed.';
    return (`Train with weaker augmentation for the ${classCount} classes in classIndices (the ${hurtCount} hurt ` +
        `${hurtCount === 1 ? 'class' : 'classes'} and the partners that absorbed their images), keeping the ` +
        'current augmentation for every other class: for example raise the lower bound of RandomResizedCrop’s ' +
        'scale (0.08 by default) to about 0.35–0.5 for images of these classes, then compare again. Kirichenko ' +
        'et al. (2023) recovered about 2.5 points on such classes this way without losing average accuracy, ' +
        'where fine-tuning alone did not. Drops explained by multi-labels are left out: their labels are ' +
        'ambiguous, not the model’s fault.');
}

/**
 * Reading the small text files users hand us (classes, manifests, label files) with errors that name the
 * file, never a raw ENOENT stack.
 */
/** Reads a UTF-8 text file, dropping a byte-order mark. `role` says what the file is for (`--classes`). */
function readTextFile(path, role) {
    let stats;
    try {
        stats = statSync(path);
    }
    catch (error) {
        throw new InputError(`${role} ${path}: ${fileProblem(error)}`);
    }
    if (!stats.isFile())
        throw new InputError(`${role} ${path}: not a file`);
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new InputError(`${role} ${path}: ${fileProblem(error)}`);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Splits text into lines (LF or CRLF); a final newline does not make an extra empty line. */
function splitLines(text) {
    const lines = text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** A short, single-line reason for a failed file-system call. */
function fileProblem(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'not found';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'is a folder, expected a file';
        case 'ENOTDIR':
            return 'not found (a parent is not a folder)';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        default:
            return oneLine(error instanceof Error ? error.message : String(error));
    }
}
/** Collapses whitespace runs (newlines included) so quoted user text cannot break our one-line messages. */
function oneLine(text, max = 200) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** Quotes a user-given value for a message: JSON string syntax, shortened. */
function quote(value) {
    return JSON.stringify(value.length > 120 ? `${value.slice(0, 119)}…` : value);
}

/**
 * Class lists and the one rule for reading a label.
 *
 * A classes file holds one class per line, in index order. When every line starts with a WordNet id
 * (`n01440764 tench, Tinca tinca`, the ILSVRC `synset_words.txt` form) the ids are kept and the class name is
 * the first name after the id. Blank lines inside the list are refused (they would shift every index after
 * them); trailing blank lines are ignored. Two classes may share a name (ImageNet has two "crane"s); only a
 * label that names such a class is refused, as ambiguous.
 *
 * A label is a class index (a JSON number, or a string of digits) or a class name or WordNet id. When a class
 * is itself named like a number ("3"), the name wins over the index, so folders named 0…999 (ImageNet-V2)
 * mean what their names say.
 */
const WORDNET_LINE = /^(n\d{8})(?:\s+(.*))?$/;
/** Reads a `--classes` file. */
function readClassesFile(path) {
    const lines = splitLines(readTextFile(path, '--classes')).map((line) => line.trim());
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    if (lines.length === 0)
        throw new InputError(`--classes ${path}: no class names`);
    const blank = lines.indexOf('');
    if (blank >= 0) {
        throw new InputError(`${path}:${blank + 1}: empty class name (one class per line, in index order)`);
    }
    const source = `classes file ${path}`;
    if (!lines.every((line) => WORDNET_LINE.test(line)))
        return { names: lines, ids: null, source };
    const ids = [];
    const names = [];
    const firstLineOfId = new Map();
    lines.forEach((line, i) => {
        const [, id, rest] = WORDNET_LINE.exec(line);
        const earlier = firstLineOfId.get(id);
        if (earlier !== undefined) {
            throw new InputError(`${path}:${i + 1}: duplicate WordNet id ${id} (first on line ${earlier})`);
        }
        firstLineOfId.set(id, i + 1);
        ids.push(id);
        names.push(firstName(rest ?? '') || id);
    });
    return { names, ids, source };
}
/** The first of a synset's comma-separated names: `tench, Tinca tinca` → `tench`. */
function firstName(synonyms) {
    return synonyms.split(',')[0].trim();
}
const DIGITS = /^\d+$/;
/** Turns raw labels (index, name or WordNet id) into class indices, with messages that name the culprit. */
class LabelResolver {
    classes;
    byName = new Map();
    constructor(classes) {
        this.classes = classes;
        const add = (key, index) => {
            const list = this.byName.get(key);
            if (list === undefined)
                this.byName.set(key, [index]);
            else if (!list.includes(index))
                list.push(index);
        };
        classes.names.forEach((name, index) => add(name, index));
        classes.ids?.forEach((id, index) => add(id, index));
    }
    get count() {
        return this.classes.names.length;
    }
    /** The class index of `raw`; `where` (`file:line`) starts every error message. */
    resolve(raw, where) {
        if (typeof raw === 'number')
            return this.index(raw, where);
        if (typeof raw !== 'string') {
            throw new InputError(`${where}: a label must be a class index or a class name, got ${describe$1(raw)}`);
        }
        const label = raw.trim();
        if (label === '')
            throw new InputError(`${where}: empty label`);
        const named = this.byName.get(label);
        if (named !== undefined) {
            if (named.length > 1) {
                throw new InputError(`${where}: class name ${quote(label)} is ambiguous (classes ${named.join(' and ')} in the ${this.classes.source}); use the index`);
            }
            return named[0];
        }
        if (DIGITS.test(label))
            return this.index(Number(label), where);
        throw new InputError(`${where}: unknown class ${quote(label)} (not in the ${this.classes.source})`);
    }
    index(value, where) {
        if (!Number.isInteger(value)) {
            throw new InputError(`${where}: label ${value} is not a whole number`);
        }
        if (value < 0 || value >= this.count) {
            throw new InputError(`${where}: label ${value} is out of range: the ${this.classes.source} has ${this.count} classes (0–${this.count - 1})`);
        }
        return value;
    }
}
function describe$1(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}
/** Sorts strings by Unicode code point, as Python's `sorted` (and so torchvision) does. */
function compareCodePoints(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Infers the class list from the labels of a manifest given without `--classes`: all indices → classes
 * `0…max` named by their index; otherwise the distinct names, sorted as torchvision sorts folders.
 */
function inferClasses(labels, source) {
    const isName = (label) => typeof label === 'string' && label.trim() !== '' && !DIGITS.test(label.trim());
    if (!labels.some(({ label }) => isName(label))) {
        // Index labels; anything malformed (-1, 2.5, null) is left for the resolver to name.
        let max = -1;
        for (const { label } of labels) {
            const value = typeof label === 'string' && DIGITS.test(label.trim()) ? Number(label) : label;
            if (typeof value === 'number' && Number.isInteger(value) && value > max)
                max = value;
        }
        if (max < 0) {
            throw new InputError(`${labels[0].where}: label ${show$1(labels[0].label)} is not a class index or name`);
        }
        return { names: Array.from({ length: max + 1 }, (_, i) => String(i)), ids: null, source };
    }
    const names = new Set();
    for (const { label, where } of labels) {
        if (typeof label === 'string' && label.trim() === '') {
            throw new InputError(`${where}: empty label`);
        }
        if (!isName(label)) {
            throw new InputError(`${where}: label ${show$1(label)} is not a class name, but other rows name classes; give --classes to fix the index order`);
        }
        names.add(label.trim());
    }
    return { names: [...names].sort(compareCodePoints), ids: null, source };
}
function show$1(label) {
    if (typeof label === 'string')
        return quote(label);
    return typeof label === 'number' ? String(label) : describe$1(label);
}

class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}

const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};

class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

const init_state = function (options) {
  // ECMAScript WhiteSpace + LineTerminator codepoints, encoded under
  // `options.encoding`. Aligns trimming with `String.prototype.trim()`.
  // https://tc39.es/ecma262/#sec-white-space
  // https://tc39.es/ecma262/#sec-line-terminators
  //
  // Codepoints unrepresentable in the target encoding are dropped: Node's
  // Buffer substitutes them with `?` (0x3F), and including those would cause
  // literal `?` bytes in the input to be trimmed under `latin1`/`ascii`.
  const timchars = [
    // Basic Latin
    0x0020, // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    0x0009, // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    0x000a, // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    0x000d, // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    0x000c, // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    0x000b, // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    0x00a0, // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    0x1680, // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    0x2000, // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    0x2001, // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    0x2002, // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    0x2003, // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    0x2004, // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    0x2005, // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    0x2006, // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    0x2007, // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    0x2008, // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    0x2009, // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    0x200a, // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    0x2028, // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    0x2029, // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    0x202f, // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    0x205f, // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    0x3000, // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    0xfeff, // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding,
    );
    if (codepoint !== 0x3f && encoded.length === 1 && encoded[0] === 0x3f) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  // First-byte lookup table for `__isCharTrimable`. Non-whitespace bytes
  // (the common case) bail out in O(1) without scanning every timchar.
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: undefined,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...(options.delimiter
        ? options.delimiter.map((delimiter) => delimiter.length)
        : []),
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      // Skip if the remaining buffer can be a multi-byte trim character
      ...timchars.map((t) => t.length),
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: timchars,
    timcharFirstBytes: timcharFirstBytes,
  };
};

const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};

const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter_auto`
  if (
    options.delimiter_auto === undefined ||
    options.delimiter_auto === null ||
    options.delimiter_auto === false
  ) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`,
      ],
      options,
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === undefined)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["\t".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4,
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.score === undefined)
      options.delimiter_auto.score = (info, options) => {
        return (
          (info.total - info.std) * (options.preferred[info.char_code] || 1)
        );
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.size === undefined)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (
      options.delimiter === undefined ||
      options.delimiter === null ||
      options.delimiter === false
    ) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) ; else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) ; else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") ; else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") ; else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") ; else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") ; else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") ; else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") ; else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") ; else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") ; else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};

// Discussed in [issue #400](https://github.com/adaltas/node-csv/issues/400)
// See https://github.com/python/cpython/blob/ea1b1c579f600cc85d145c60862b2e6b98701b24/Lib/csv.py#L349
const delimiter_discover = function (records, options) {
  // Normalize the configuration
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  // Convert String to Buffer
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  // Convert Buffer to an array of records
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records.push(record);
      const close = () => {};
      const error = parser.parse(data, true, push, close);
      if (error !== undefined) throw error;
      return records;
    })(records);
  }
  // Info array initialization, 127 entries, one per char code
  const info = Array(127)
    .fill()
    .map(() => ({ lines: [] }));
  // Traverse each records, count occurences per char code
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      // Count the character frequency
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === undefined) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  // Traverse each char code, compute the score
  info.map((info, i) => {
    info.char_code = i;
    info.std = std(info.lines);
    info.total = info.lines.reduce((acc, val) => acc + val, 0);
    info.preferred = !!options.preferred[i];
    info.score = options.score(info, options);
  });
  // Extract the dominant character
  const result = info.reduce(
    (acc, info) => (acc.score > info.score ? acc : info),
    {},
  );
  return String.fromCharCode(result.char_code);
};

const std = function (array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n,
  );
};

const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote,
      } = this.state;
      // Automatic delimiter discovery
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === undefined) {
          delimiterBuf = nextBuf;
        } else if (
          delimiterBufPrevious !== undefined &&
          nextBuf === undefined
        ) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        // Ensure that nextBuf is not concatenated a second time during buffer reconciliation
        nextBuf = undefined;
        // this.delimiterBufPrevious = delimiterBuf;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto),
            ),
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = undefined;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      // Previous buffers reconciliation
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === cr || chr === nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              Object.hasOwn(obj, columns[i].name)
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function (buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      // Fast bail-out: non-whitespace bytes (the common case) are rejected
      // without scanning the full timchar list.
      const first = buf[pos];
      if (first === undefined || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};

const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};

/**
 * Class hierarchies (`--hierarchy`), in two forms told apart by the file extension:
 *
 * - **Edge lines** (any name not ending in `.csv`; WordNet style): one `parent child` pair per line,
 *   separated by whitespace; blank lines and lines starting with `#` are skipped. Node ids are free-form
 *   tokens (WordNet ids such as `n02084071`, or names without spaces). Display names come from an optional
 *   **sibling names file**: for `tree.txt` classdiff looks for `tree.names.txt` in the same folder, with
 *   `id<TAB>name` lines (`n02084071	dog, domestic dog`). One flag, no extra syntax; absent file = no names.
 * - **CSV** (`.csv`): `class,superclass` rows for flat groupings, with an optional header row. Deeper
 *   levels are allowed (`superclass,group`): the first column must be a class or a superclass named in the
 *   second column of some row, else the row is refused as an unknown class (a typo would silently detach
 *   that class). The first row is a header when its first cell is neither.
 *
 * Mapping classes to nodes, per class: its WordNet id when the class list carries ids and the hierarchy
 * has that node; else its name, when a node has that id; else the one node whose display name (or that
 * name's first comma-separated part) equals the class name. A class found in none of these ways becomes
 * a node of its own with no parents, so its distance to every other class is unknown (null) — which the
 * report shows as missing evidence rather than a guess. A hierarchy that matches no class at all is an
 * error. A cycle (including `a a`) is an error naming the line that closes it and the cycle.
 */
/** Reads `--hierarchy` (edge lines with an optional sibling names file, or a class,superclass CSV). */
function readHierarchy(path, classes) {
    if (extname(path).toLowerCase() === '.csv') {
        return buildHierarchy(readGroupingCsv(path, classes), new Map(), classes, path);
    }
    const edges = readEdgeLines(path);
    const namesPath = siblingNamesFile(path);
    const names = existsSync(namesPath) ? readNamesFile(namesPath) : new Map();
    return buildHierarchy(edges, names, classes, path);
}
/** `dir/tree.txt` → `dir/tree.names.txt`. */
function siblingNamesFile(edgesPath) {
    const stem = basename(edgesPath, extname(edgesPath));
    return join(dirname(edgesPath), `${stem}.names.txt`);
}
/** `parent child` lines. */
function readEdgeLines(path, role = '--hierarchy') {
    const edges = [];
    splitLines(readTextFile(path, role)).forEach((content, i) => {
        const line = content.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const tokens = line.split(/\s+/);
        const where = `${path}:${i + 1}`;
        if (tokens.length !== 2) {
            throw new InputError(`${where}: expected "parent child" (two ids separated by whitespace), got ${quote(oneLine(line, 80))}`);
        }
        edges.push({ parent: tokens[0], child: tokens[1], where });
    });
    if (edges.length === 0)
        throw new InputError(`--hierarchy ${path}: no edges`);
    return edges;
}
/** `id<TAB>name` lines (a space also separates when there is no tab). */
function readNamesFile(path) {
    const names = new Map();
    splitLines(readTextFile(path, 'hierarchy names file')).forEach((content, i) => {
        if (content.trim() === '' || content.startsWith('#'))
            return;
        const match = /^(\S+)(?:\t|\s+)(.*\S)\s*$/.exec(content.trim());
        if (match === null)
            throw new InputError(`${path}:${i + 1}: expected "id<TAB>name"`);
        names.set(match[1], match[2]);
    });
    return names;
}
function readGroupingCsv(path, classes) {
    let records;
    try {
        records = parse(readTextFile(path, '--hierarchy'), {
            skip_empty_lines: true,
            trim: true,
            info: true
        });
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        const line = error.lines;
        const where = typeof line === 'number' ? `${path}:${line}` : path;
        const reason = error instanceof Error ? error.message.replace(/ (on|at) line \d+$/, '') : String(error);
        throw new InputError(`${where}: malformed CSV (${oneLine(reason)})`);
    }
    const classKeys = new Set([...classes.names, ...(classes.ids ?? [])]);
    const superclasses = new Set(records.map(({ record }) => record[1]));
    const isKnown = (cell) => classKeys.has(cell) || superclasses.has(cell);
    if (records.length > 0 && !isKnown(records[0].record[0]))
        records = records.slice(1);
    if (records.length === 0)
        throw new InputError(`--hierarchy ${path}: no class,superclass rows`);
    return records.map(({ record, info }) => {
        const where = `${path}:${info.lines}`;
        if (record.length !== 2) {
            throw new InputError(`${where}: expected two columns, class and superclass`);
        }
        const [child, parent] = record;
        if (child === '' || parent === '')
            throw new InputError(`${where}: empty class or superclass`);
        if (!isKnown(child)) {
            throw new InputError(`${where}: unknown class ${quote(child)} (not in the ${classes.source}, nor a superclass of another row)`);
        }
        return { parent, child, where };
    });
}
/** Builds the `Hierarchy` from edges, names and the class list; refuses cycles. */
function buildHierarchy(edges, names, classes, source) {
    const parents = new Map();
    const edgeWhere = new Map();
    const node = (id) => {
        let list = parents.get(id);
        if (list === undefined)
            parents.set(id, (list = []));
        return list;
    };
    for (const { parent, child, where } of edges) {
        node(parent);
        const list = node(child);
        if (!list.includes(parent)) {
            list.push(parent);
            edgeWhere.set(`${child}\0${parent}`, where);
        }
    }
    refuseCycles(parents, edgeWhere, source);
    const classNodes = mapClassesToNodes(parents, names, classes);
    if (classNodes.every((id) => !parents.has(id))) {
        throw new InputError(`--hierarchy ${source}: none of the ${classes.names.length} classes is a node of it (nodes are matched by WordNet id, class name or display name)`);
    }
    for (const id of classNodes)
        node(id);
    for (const list of parents.values())
        list.sort();
    return { classNodes, parents, names };
}
function mapClassesToNodes(parents, names, classes) {
    // Display name (and its first synonym) → node ids, to find classes known only by name.
    const byDisplayName = new Map();
    for (const [id, name] of names) {
        if (!parents.has(id))
            continue;
        for (const key of new Set([name, firstName(name)])) {
            const set = byDisplayName.get(key) ?? new Set();
            byDisplayName.set(key, set.add(id));
        }
    }
    const used = new Set();
    return classes.names.map((name, index) => {
        const id = classes.ids?.[index];
        let found;
        if (id !== undefined && parents.has(id))
            found = id;
        else if (parents.has(name))
            found = name;
        else {
            const candidates = byDisplayName.get(name);
            if (candidates?.size === 1)
                found = [...candidates][0];
        }
        if (found === undefined) {
            // A node of its own; keep it distinct from every other node so unrelated classes never meet.
            found = id ?? name;
            while (parents.has(found) || used.has(found))
                found = `${found}#${index}`;
        }
        used.add(found);
        return found;
    });
}
function refuseCycles(parents, edgeWhere, source) {
    // Iterative depth-first search over parent links: 1 = on the current path, 2 = done.
    const state = new Map();
    for (const start of [...parents.keys()].sort()) {
        if (state.has(start))
            continue;
        const path = [start];
        const next = [0];
        state.set(start, 1);
        while (path.length > 0) {
            const top = path[path.length - 1];
            const ups = parents.get(top) ?? [];
            const i = next[next.length - 1]++;
            if (i >= ups.length) {
                state.set(top, 2);
                path.pop();
                next.pop();
                continue;
            }
            const up = ups[i];
            if (state.get(up) === 1) {
                const cycle = [...path.slice(path.indexOf(up)), up].reverse();
                const where = edgeWhere.get(`${top}\0${up}`) ?? `--hierarchy ${source}`;
                throw new InputError(`${where}: the hierarchy has a cycle: ${cycle.join(' → ')}`);
            }
            if (!state.has(up)) {
                state.set(up, 1);
                path.push(up);
                next.push(0);
            }
        }
    }
}

/**
 * Keeping image paths inside the data root (DESIGN §7): a manifest in a pull request must not read
 * `../../.ssh/id_rsa`, directly or through a symlink. Every path is checked lexically and, when it exists,
 * again after `realpath`, unless the user allowed paths outside the root.
 */
const ALLOW_OUTSIDE_ROOT_HINT = '--allow-outside-root allows it';
class DataRoot {
    display;
    allowOutsideRoot;
    /** Absolute path of the root as given (not resolved through symlinks). */
    dir;
    /** The root after `realpath`. */
    real;
    realDirs = new Map();
    /** `display` is the root as the user wrote it, for messages. */
    constructor(dir, display, allowOutsideRoot) {
        this.display = display;
        this.allowOutsideRoot = allowOutsideRoot;
        this.dir = resolve(dir);
        try {
            this.real = realpathSync.native(this.dir);
        }
        catch (error) {
            throw new InputError(`data root ${display}: ${fileProblem(error)}`);
        }
    }
    /** True when a resolved (real) path is the root or below it. */
    contains(realPath) {
        return isBelow(this.real, realPath);
    }
    /**
     * Resolves a path a manifest wrote (relative to the root, or absolute) and checks it stays inside.
     * With `requireFile`, the image must exist and be a file. `where` (`file:line`) starts messages.
     */
    locate(written, where, requireFile) {
        if (written.trim() === '')
            throw new InputError(`${where}: empty image path`);
        if (written.includes('\0'))
            throw new InputError(`${where}: image path contains a NUL byte`);
        const file = resolve(this.dir, written);
        if (!this.allowOutsideRoot && !isBelow(this.dir, file)) {
            throw new InputError(`${where}: image path ${quote(written)} is outside the data root ${this.display} (${ALLOW_OUTSIDE_ROOT_HINT})`);
        }
        let stats;
        try {
            stats = lstatSync(file);
        }
        catch (error) {
            if (!requireFile)
                return file;
            throw new InputError(`${where}: image ${quote(written)} ${fileProblem(error)}`);
        }
        const isLink = stats.isSymbolicLink();
        if (!this.allowOutsideRoot) {
            const real = isLink
                ? this.realpath(file, written, where)
                : join(this.realDir(dirname(file), written, where), basename(file));
            if (!this.contains(real)) {
                throw new InputError(`${where}: image path ${quote(written)} resolves (through a symbolic link) outside the data root ${this.display} (${ALLOW_OUTSIDE_ROOT_HINT})`);
            }
        }
        if (requireFile) {
            let isFile = stats.isFile();
            if (isLink) {
                try {
                    isFile = statSync(file).isFile();
                }
                catch (error) {
                    const problem = error.code === 'ENOENT'
                        ? 'is a broken symbolic link'
                        : fileProblem(error);
                    throw new InputError(`${where}: image ${quote(written)} ${problem}`);
                }
            }
            if (!isFile)
                throw new InputError(`${where}: image ${quote(written)} is not a file`);
        }
        return file;
    }
    realDir(dir, written, where) {
        let real = this.realDirs.get(dir);
        if (real === undefined) {
            real = this.realpath(dir, written, where);
            this.realDirs.set(dir, real);
        }
        return real;
    }
    realpath(path, written, where) {
        try {
            return realpathSync.native(path);
        }
        catch (error) {
            const problem = error.code === 'ENOENT'
                ? 'is a broken symbolic link'
                : fileProblem(error);
            throw new InputError(`${where}: image ${quote(written)} ${problem}`);
        }
    }
}
/** True when `path` is `root` or inside it (both absolute and normalised, as `resolve` returns them). */
function isBelow(root, path) {
    if (path === root)
        return true;
    return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The ImageFolder layout (`root/<class>/<image>`), read the way torchvision's `ImageFolder` reads it:
 * classes are the sub-folders in sorted (code point) order; each class folder is walked recursively,
 * following symbolic links, directories in sorted path order and files sorted within each directory.
 * Images are `.jpg`, `.jpeg`, `.png` and `.webp`, in any letter case; other files are ignored.
 *
 * Where we differ from torchvision, on purpose:
 * - hidden entries (names starting with `.`, e.g. `.ipynb_checkpoints`) are skipped, not made classes;
 * - a symbolic link that resolves outside the data root is refused (an `InputError`) unless the user
 *   allowed paths outside the root; a broken link with an image extension is refused too;
 * - a directory that links back to one of its own ancestors is not walked again (no endless loop).
 *
 * A class *folder* with no images is an error naming the folder (torchvision refuses it too): it is nearly
 * always a failed copy, and the class would silently drop out of the comparison. A class in the `--classes`
 * file that has no folder at all is fine: it simply has no images (support 0). A folder whose name is not in
 * the `--classes` file is an error naming the folder.
 */
const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'];
function isImageName(name) {
    return IMAGE_EXTENSIONS.includes(extname(name).toLowerCase());
}
/** The non-hidden sub-folders and files of one folder, links followed and checked against the root. */
function listEntries(root, relDir) {
    const abs = join(root.dir, relDir);
    let entries;
    try {
        entries = readdirSync(abs, { withFileTypes: true });
    }
    catch (error) {
        throw new InputError(`folder ${displayPath$1(root, relDir)}: ${fileProblem(error)}`);
    }
    const dirs = [];
    const files = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.'))
            continue;
        if (entry.isDirectory())
            dirs.push(entry.name);
        else if (entry.isFile())
            files.push(entry.name);
        else if (entry.isSymbolicLink()) {
            const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
            const kind = followLink(root, rel);
            if (kind === 'dir')
                dirs.push(entry.name);
            else if (kind === 'file')
                files.push(entry.name);
        }
    }
    dirs.sort(compareCodePoints);
    files.sort(compareCodePoints);
    return { dirs, files };
}
/** What a symbolic link inside the root points at, after refusing targets outside the root. */
function followLink(root, rel) {
    const abs = join(root.dir, rel);
    let stats;
    try {
        stats = statSync(abs);
    }
    catch (error) {
        // A dangling link named like an image was meant to be one; anything else is not our business.
        if (isImageName(rel)) {
            const problem = error.code === 'ENOENT'
                ? 'is a broken symbolic link'
                : fileProblem(error);
            throw new InputError(`image ${displayPath$1(root, rel)} ${problem}`);
        }
        return 'other';
    }
    if (!root.allowOutsideRoot && !root.contains(realpathSync.native(abs))) {
        throw new InputError(`${displayPath$1(root, rel)} is a symbolic link that resolves outside the data root ${root.display} (${ALLOW_OUTSIDE_ROOT_HINT})`);
    }
    return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'other';
}
/** Every image below `relDir` (recursively), in torchvision's order. */
function listImagesBelow(root, relDir) {
    const folders = [];
    const walk = (rel, ancestors) => {
        const real = realpathSync.native(join(root.dir, rel));
        if (ancestors.has(real))
            return;
        const { dirs, files } = listEntries(root, rel);
        folders.push({ rel, files: files.filter(isImageName) });
        const below = new Set(ancestors).add(real);
        for (const dir of dirs)
            walk(`${rel}/${dir}`, below);
    };
    walk(relDir, new Set());
    // os.walk's (root, dirs, files) tuples sorted by root path: `a-b` comes before `a/b`.
    folders.sort((a, b) => compareCodePoints(a.rel, b.rel));
    return folders.flatMap(({ rel, files }) => files.map((name) => ({ rel: `${rel}/${name}`, file: join(root.dir, rel, name) })));
}
/** Reads an ImageFolder root; `classes` (from `--classes`) fixes the index order when given. */
function scanImageFolder(root, classes) {
    const { dirs } = listEntries(root, '');
    if (dirs.length === 0) {
        throw new InputError(`--data ${root.display}: no class folders (expected ${root.display}/<class>/<image>, or a .csv or .jsonl manifest)`);
    }
    const classList = classes ?? {
        names: dirs,
        ids: null,
        source: `class folders of ${root.display}`
    };
    const resolver = new LabelResolver(classList);
    const perClass = classList.names.map(() => []);
    for (const dir of dirs) {
        const label = resolver.resolve(dir, `class folder ${displayPath$1(root, dir)}`);
        const found = listImagesBelow(root, dir);
        if (found.length === 0) {
            throw new InputError(`class folder ${displayPath$1(root, dir)} has no images (${IMAGE_EXTENSIONS.join(', ')})`);
        }
        for (const { rel, file } of found)
            perClass[label].push({ id: rel, file, label });
    }
    // Class-index order (the same as folder order without --classes); two folders may name one class.
    return { classes: classList, images: perClass.flat() };
}
function displayPath$1(root, rel) {
    return rel === '' ? root.display : join(root.display, rel);
}

/**
 * `--preset imagenet`: the ILSVRC-2012 validation set's classes (names and WordNet ids), original labels by
 * file name, ReaL multi-labels and the WordNet hierarchy, read from the bundled `data/imagenet/` folder
 * (provenance and licences in its README).
 *
 * Validation images are known by file name (`ILSVRC2012_val_00000001.JPEG`, the id in predictions files),
 * wherever they sit. Any extension, or none, is accepted after the number, and ids given as paths are
 * matched by their last segment. The set can come from:
 * - a folder of validation images, flat (any subset of the 50,000), or in class sub-folders named by
 *   WordNet id (`n01440764/`) or by class index (`0/` … `999/`, the ImageNet-V2 layout). In sub-folders the
 *   folder decides the label; files there that are not validation images (ImageNet-V2) keep their path
 *   relative to the root as id and have no ReaL labels. A loose image at the top that is not a validation
 *   file name is an error naming it;
 * - a CSV/JSONL manifest (labels by index, name or WordNet id; ReaL labels for rows whose file is a
 *   validation image);
 * - the ids of predictions files alone (no images), or, with neither, all 50,000 images.
 * Images are ordered by validation number, then (other files) by class and path.
 */
const IMAGENET_VAL_IMAGES = 50_000;
const IMAGENET_CLASSES = 1_000;
/**
 * The folder holding the preset's files. Looked up relative to the module's folder: `./data/imagenet`
 * (the bundle: `dist/cli.js` and `dist/index.js` beside `dist/data/imagenet/`), then `../data/imagenet`
 * (a bundle in a repository checkout) and `../../data/imagenet` (these sources, `src/data/`).
 */
function imagenetDataDir(moduleDir = dirname(fileURLToPath(import.meta.url))) {
    const candidates = ['data/imagenet', '../data/imagenet', '../../data/imagenet'].map((rel) => resolve(moduleDir, rel));
    const found = candidates.find((dir) => {
        try {
            return statSync(join(dir, 'synset_words.txt')).isFile();
        }
        catch {
            return false;
        }
    });
    if (found === undefined) {
        throw new Error(`the imagenet preset's files are missing (looked in ${candidates.join(', ')}); reinstall classdiff`);
    }
    return found;
}
let cached = null;
/** The preset, parsed once per process (a fraction of a second). */
function loadImagenetPreset() {
    cached ??= readImagenetPreset(imagenetDataDir());
    return cached;
}
/** Parses the preset's files in `dataDir`. */
function readImagenetPreset(dataDir) {
    const read = (name) => readFileSync(join(dataDir, name), 'utf8');
    const ids = [];
    const names = [];
    for (const line of read('synset_words.txt').split('\n')) {
        if (line === '')
            continue;
        const space = line.indexOf(' ');
        ids.push(line.slice(0, space));
        names.push(firstName(line.slice(space + 1)));
    }
    const classes = { names, ids, source: 'imagenet preset' };
    const valLabels = new Int32Array(IMAGENET_VAL_IMAGES);
    const lines = read('val_labels.txt').split('\n');
    for (let i = 0; i < IMAGENET_VAL_IMAGES; i++) {
        // `ILSVRC2012_val_00000001.JPEG 65`: the label starts after the fixed-width name.
        const line = lines[i] ?? '';
        const label = line.length > 29 ? Number(line.slice(29)) : NaN;
        if (!(Number.isInteger(label) && label >= 0 && label < IMAGENET_CLASSES))
            damaged(dataDir, 'val_labels.txt');
        valLabels[i] = label;
    }
    const real = JSON.parse(read('real.json'));
    checkPreset(dataDir, classes, lines, real);
    // Sorted like every other multi-label set classdiff reads (most hold one label: skip those).
    for (const set of real)
        if (set.length > 1 && !isAscending(set))
            set.sort((a, b) => a - b);
    const hierarchy = buildHierarchy(readEdgeLines(join(dataDir, 'wordnet_is_a.txt'), 'imagenet preset'), readNamesFile(join(dataDir, 'wordnet_names.txt')), classes, 'imagenet preset');
    return { classes, valLabels, real, hierarchy, dataDir };
}
function isAscending(values) {
    for (let i = 1; i < values.length; i++)
        if (values[i - 1] > values[i])
            return false;
    return true;
}
/** The files are ours, but a broken copy in `dist/` must fail loudly, not mislabel 50,000 images. */
function checkPreset(dataDir, classes, lines, real) {
    if (classes.names.length !== IMAGENET_CLASSES)
        damaged(dataDir, 'synset_words.txt');
    if (!lines[0].startsWith(imagenetValName(1)) ||
        !lines[IMAGENET_VAL_IMAGES - 1].startsWith(imagenetValName(IMAGENET_VAL_IMAGES))) {
        damaged(dataDir, 'val_labels.txt');
    }
    if (real.length !== IMAGENET_VAL_IMAGES || !real.every(Array.isArray))
        damaged(dataDir, 'real.json');
}
function damaged(dataDir, file) {
    throw new Error(`the imagenet preset's ${join(dataDir, file)} is damaged; reinstall classdiff`);
}
const VAL_NAME = /^ILSVRC2012_val_(\d{8})(?:\.[A-Za-z0-9]+)?$/;
/** The 1-based validation number of `ILSVRC2012_val_00000042.JPEG` (also as a path's last segment), or null. */
function imagenetValNumber(id) {
    const match = VAL_NAME.exec(id.slice(id.lastIndexOf('/') + 1));
    if (match === null)
        return null;
    const n = Number(match[1]);
    return n >= 1 && n <= IMAGENET_VAL_IMAGES ? n : null;
}
/** `ILSVRC2012_val_00000042.JPEG` for n = 42. */
function imagenetValName(n) {
    return `ILSVRC2012_val_${String(n).padStart(8, '0')}.JPEG`;
}
/** A validation image with its preset labels. */
function valImage(preset, n, id, file, label) {
    return { id, file, label: label ?? preset.valLabels[n - 1], multiLabels: preset.real[n - 1] };
}
/** The images named by predictions-file ids; every id must be a validation file name. */
function imagenetImagesFromIds(preset, ids) {
    if (ids === undefined) {
        return Array.from({ length: IMAGENET_VAL_IMAGES }, (_, i) => valImage(preset, i + 1, imagenetValName(i + 1), ''));
    }
    // Indexed by validation number: finds repeats and yields the numeric order without sorting.
    const idOfNumber = new Array(IMAGENET_VAL_IMAGES + 1);
    for (const id of ids) {
        const n = imagenetValNumber(id);
        if (n === null) {
            throw new InputError(`image id ${quote(id)} is not an ImageNet validation file name (ILSVRC2012_val_00000001.JPEG … ILSVRC2012_val_00050000.JPEG)`);
        }
        const earlier = idOfNumber[n];
        if (earlier !== undefined) {
            throw new InputError(`image ids ${quote(earlier)} and ${quote(id)} name the same validation image`);
        }
        idOfNumber[n] = id;
    }
    const images = [];
    idOfNumber.forEach((id, n) => {
        if (id !== undefined)
            images.push(valImage(preset, n, id, ''));
    });
    return images;
}
/** The images of a folder laid out for the preset (see the module comment). */
function imagenetImagesFromFolder(preset, root) {
    const { dirs, files } = listEntries(root, '');
    const byNumber = new Map();
    const relByNumber = new Map();
    const others = [];
    const addVal = (n, rel, label) => {
        const earlier = relByNumber.get(n);
        if (earlier !== undefined) {
            throw new InputError(`image ${displayPath$1(root, rel)}: validation image ${n} is already at ${displayPath$1(root, earlier)} (duplicate id)`);
        }
        relByNumber.set(n, rel);
        byNumber.set(n, valImage(preset, n, rel.slice(rel.lastIndexOf('/') + 1), join(root.dir, rel), label));
    };
    for (const name of files) {
        if (!isImageName(name) && imagenetValNumber(name) === null)
            continue;
        const n = imagenetValNumber(name);
        if (n === null) {
            throw new InputError(`image ${displayPath$1(root, name)} is not an ImageNet validation file name (ILSVRC2012_val_00000001.JPEG … ILSVRC2012_val_00050000.JPEG)`);
        }
        addVal(n, name);
    }
    const resolver = new LabelResolver(preset.classes);
    for (const dir of dirs) {
        const label = classOfFolder(preset, resolver, dir, displayPath$1(root, dir));
        for (const { rel, file } of listImagesBelow(root, dir)) {
            const n = imagenetValNumber(rel);
            if (n !== null)
                addVal(n, rel, label);
            else
                others.push({ label, image: { id: rel, file, label, multiLabels: null } });
        }
    }
    if (byNumber.size === 0 && others.length === 0) {
        throw new InputError(`--data ${root.display}: no images (expected ILSVRC2012_val_*.JPEG files, flat or in class folders named by WordNet id)`);
    }
    others.sort((a, b) => a.label - b.label || compareCodePoints(a.image.id, b.image.id));
    return [
        ...[...byNumber.entries()].sort(([a], [b]) => a - b).map(([, image]) => image),
        ...others.map((o) => o.image)
    ];
}
function classOfFolder(preset, resolver, dir, display) {
    const isWordnetId = /^n\d{8}$/.test(dir) && preset.classes.ids?.includes(dir);
    const isIndex = /^(0|[1-9]\d{0,2})$/.test(dir);
    if (!isWordnetId && !isIndex) {
        throw new InputError(`folder ${display} is not an ImageNet class (expected a WordNet id such as n01440764, or a class index 0–999)`);
    }
    return resolver.resolve(dir, `folder ${display}`);
}

/**
 * JSON parsing with errors that say where. Node 20's `JSON.parse` messages carry no position, so when a
 * whole-file document fails we walk it once more with a small syntax checker to find the line and column.
 */
/** Parses one JSON Lines record; `where` is `file:line`. */
function parseJsonLine(text, where) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new InputError(`${where}: not valid JSON (${reason(error)})`);
    }
}
/** Parses a whole JSON file; on failure the message names `file:line:column`. */
function parseJsonDocument(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const offset = firstSyntaxErrorOffset(text);
        const at = offset === null ? file : `${file}:${lineAndColumn(text, offset)}`;
        throw new InputError(`${at}: not valid JSON (${reason(error)})`);
    }
}
function reason(error) {
    // V8 quotes the whole input after the reason ("…, "[1,,2]" is not valid JSON"); keep the reason only.
    const message = error instanceof Error ? error.message : String(error);
    // (V8 shortens a long input with "...", before or after the quoted part.)
    return oneLine(message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, ''), 120);
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return `${line}:${offset - lineStart + 1}`;
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters inside strings.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;
/** Offset of the first JSON syntax error in `text`, or null when the checker finds none. */
function firstSyntaxErrorOffset(text) {
    let pos = 0;
    const skipSpace = () => {
        while (pos < text.length && ' \t\r\n'.includes(text[pos]))
            pos++;
    };
    const token = (pattern) => {
        pattern.lastIndex = pos;
        if (!pattern.test(text))
            return false;
        pos = pattern.lastIndex;
        return true;
    };
    // Iterative over a stack of open containers, so deep nesting cannot overflow our own stack.
    const stack = [];
    /** One value; an opened container stays on the stack for the main loop to finish. */
    const value = () => {
        for (;;) {
            skipSpace();
            const c = text[pos];
            if (c !== '[' && c !== '{')
                return token(STRING) || token(NUMBER) || token(LITERAL);
            pos++;
            skipSpace();
            if (text[pos] === (c === '[' ? ']' : '}')) {
                pos++;
                return true;
            }
            stack.push(c);
            if (c === '{' && !member())
                return false;
        }
    };
    const member = () => {
        skipSpace();
        if (!token(STRING))
            return false;
        skipSpace();
        if (text[pos] !== ':')
            return false;
        pos++;
        return true;
    };
    // After each value: close containers or expect a separator and the next value.
    if (!value())
        return pos;
    for (;;) {
        skipSpace();
        if (stack.length === 0)
            return pos < text.length ? pos : null;
        const open = stack[stack.length - 1];
        const c = text[pos];
        if (c === (open === '[' ? ']' : '}')) {
            stack.pop();
            pos++;
            continue;
        }
        if (c !== ',')
            return pos;
        pos++;
        if (open === '{' && !member())
            return pos;
        if (!value())
            return pos;
    }
}

/**
 * Manifests: a CSV file with a header naming the columns `file` and `label` (in any order, other columns
 * ignored), or JSON Lines records `{"file": "...", "label": 3 | "tench"}`. Image paths are relative to the
 * manifest's folder (the data root). Rows keep file order. Blank lines are skipped; every other problem is
 * an `InputError` naming `manifest:line`.
 */
/** The manifest format a `--data` file name implies, or null when it is neither. */
function manifestFormat(path) {
    const ext = extname(path).toLowerCase();
    if (ext === '.csv')
        return 'csv';
    if (ext === '.jsonl' || ext === '.ndjson')
        return 'jsonl';
    return null;
}
/** Reads a manifest's rows; refuses a manifest without any. */
function readManifest(path, format) {
    const text = readTextFile(path, '--data');
    const rows = format === 'csv' ? readCsvRows(text, path) : readJsonlRows(text, path);
    if (rows.length === 0)
        throw new InputError(`--data ${path}: the manifest has no rows`);
    return rows;
}
function readCsvRows(text, path) {
    let records;
    try {
        records = parse(text, {
            skip_empty_lines: true,
            trim: true,
            info: true
        });
    }
    catch (error) {
        // csv-parse notices an unclosed quote only at the end of the file; the line that opened it is the culprit.
        const opened = error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : null;
        if (opened !== null) {
            throw new InputError(`${path}:${opened}: malformed CSV (Quote Not Closed: the quoted field that opens on this line never closes)`);
        }
        const line = error.lines;
        const where = typeof line === 'number' ? `${path}:${line}` : path;
        const reason = error instanceof Error ? error.message.replace(/ (on|at) line \d+$/, '') : String(error);
        throw new InputError(`${where}: malformed CSV (${oneLine(reason)})`);
    }
    if (records.length === 0)
        throw new InputError(`--data ${path}: the manifest has no rows`);
    // A record ends on info.lines; quoted fields may span lines, so count back to where it starts.
    const startLine = ({ record, info }) => info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    const header = records[0].record.map((name) => name.toLowerCase());
    const fileColumn = header.indexOf('file');
    const labelColumn = header.indexOf('label');
    if (fileColumn < 0 || labelColumn < 0) {
        throw new InputError(`${path}:${startLine(records[0])}: the header must name the columns file and label (found: ${oneLine(records[0].record.join(','), 80)})`);
    }
    return records.slice(1).map((entry) => {
        const line = startLine(entry);
        return {
            path: entry.record[fileColumn],
            label: entry.record[labelColumn],
            where: `${path}:${line}`,
            line
        };
    });
}
/** The line where a quoted CSV field that never closes begins (RFC 4180 quoting, `""` escapes), or null. */
function unclosedQuoteLine(text) {
    let line = 1;
    let openedOn = null;
    let fieldStart = true;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        if (openedOn !== null) {
            if (c !== '"')
                continue;
            if (text[i + 1] === '"')
                i++;
            else
                openedOn = null;
        }
        else if (c === '"' && fieldStart)
            openedOn = line;
        else if (c === '\n' || c === ',')
            fieldStart = true;
        else if (c !== ' ' && c !== '\t' && c !== '\r')
            fieldStart = false;
    }
    return openedOn;
}
function readJsonlRows(text, path) {
    const rows = [];
    splitLines(text).forEach((content, i) => {
        if (content.trim() === '')
            return;
        const line = i + 1;
        const where = `${path}:${line}`;
        const record = parseJsonLine(content, where);
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            throw new InputError(`${where}: expected an object {"file": ..., "label": ...}`);
        }
        const { file, label } = record;
        if (typeof file !== 'string')
            throw new InputError(`${where}: "file" must be a string (the image path)`);
        if (label === undefined)
            throw new InputError(`${where}: missing "label"`);
        rows.push({ path: file, label, where, line });
    });
    return rows;
}

/**
 * Multi-label ("ReaL") annotations, in one of two forms told apart by their first character:
 *
 * - a JSON list aligned with the evaluation set's images (the ReaL `real.json` form): entry i holds the valid
 *   labels of image i, in the set's order (manifest row order; torchvision order for ImageFolder). Its length
 *   must equal the number of images; a `null` entry means unknown;
 * - JSON Lines `{"file": "...", "labels": [...]}` (or `"id"` instead of `"file"`), keyed by image id. An
 *   entry for an image that is not in the set is an error (a typo would otherwise silently drop the image
 *   from multi-label scoring); so is a second entry for the same image. Images without an entry get no
 *   multi-label set (unknown).
 *
 * Labels are indices, names or WordNet ids, as anywhere else. An empty list leaves the image out of
 * multi-label scoring. Each set is returned sorted, without repeats.
 */
/** Valid-label sets aligned with `imageIds`; null where the file says nothing about an image. */
function readMultiLabels(path, imageIds, resolver) {
    const text = readTextFile(path, '--multi-labels');
    return text.trimStart().startsWith('[')
        ? readAlignedList(text, path, imageIds, resolver)
        : readKeyedLines(text, path, imageIds, resolver);
}
function readAlignedList(text, path, imageIds, resolver) {
    const list = parseJsonDocument(text, path);
    if (!Array.isArray(list))
        throw new InputError(`--multi-labels ${path}: expected a JSON list`);
    if (list.length !== imageIds.length) {
        throw new InputError(`--multi-labels ${path}: ${list.length} entries, but the evaluation set has ${imageIds.length} images (a ReaL-style list must hold one entry per image, in order)`);
    }
    return list.map((entry, i) => labelSet(entry, `${path}: entry ${i + 1} (image ${quote(imageIds[i])})`, resolver));
}
function readKeyedLines(text, path, imageIds, resolver) {
    const indexById = new Map();
    imageIds.forEach((id, i) => indexById.set(normaliseId(id), i));
    const sets = imageIds.map(() => null);
    const lineOfImage = new Map();
    splitLines(text).forEach((content, i) => {
        if (content.trim() === '')
            return;
        const where = `${path}:${i + 1}`;
        const record = parseJsonLine(content, where);
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            throw new InputError(`${where}: expected an object {"file": ..., "labels": [...]}`);
        }
        const { file, id, labels } = record;
        const key = file ?? id;
        if (typeof key !== 'string') {
            throw new InputError(`${where}: "file" (or "id") must be a string naming an image of the set`);
        }
        const image = indexById.get(normaliseId(key));
        if (image === undefined) {
            throw new InputError(`${where}: image ${quote(key)} is not in the evaluation set`);
        }
        const earlier = lineOfImage.get(image);
        if (earlier !== undefined) {
            throw new InputError(`${where}: second entry for image ${quote(key)} (first on line ${earlier})`);
        }
        lineOfImage.set(image, i + 1);
        sets[image] = labelSet(labels, where, resolver);
    });
    return sets;
}
function labelSet(entry, where, resolver) {
    if (entry === null)
        return null;
    if (!Array.isArray(entry))
        throw new InputError(`${where}: "labels" must be a list of class indices or names`);
    const set = new Set();
    for (const label of entry)
        set.add(resolver.resolve(label, where));
    return [...set].sort((a, b) => a - b);
}
/** `./a//b.jpg` and `a/b.jpg` name the same image. */
function normaliseId(id) {
    const normal = posix.normalize(id);
    return normal.startsWith('./') ? normal.slice(2) : normal;
}

/**
 * The dataset stage: `--data`, `--classes`, `--multi-labels`, `--hierarchy` and `--preset` in, one
 * `EvalSet` out. Formats and their rules live beside each reader (imagefolder, manifest, classes,
 * multilabels, hierarchy, imagenet); this module decides which apply.
 *
 * Decisions worth knowing:
 * - `--data` is a folder (ImageFolder, torchvision's order), or a `.csv` / `.jsonl` / `.ndjson` manifest
 *   whose folder is the data root. Manifest rows keep file order; ids are the paths as written.
 * - Without `--classes`, a manifest's classes are inferred: all-index labels give classes `0…max`, named
 *   by their index; names give the sorted distinct names. With `--classes`, labels outside it are errors.
 * - Image paths must stay inside the data root, lexically and after resolving symbolic links, unless
 *   `allowOutsideRoot`. With `requireFiles` off (predictions-only comparisons) images need not exist.
 * - The same image twice in a manifest (also `a.jpg` and `./a.jpg`) is an error naming both lines.
 * - A class folder with no images is an error; a class of the classes file without images is allowed.
 * - `ids` matters only with a preset and no `--data`: then those ids are the set.
 */
async function loadEvalSet(options) {
    return options.preset === 'imagenet' ? loadImagenetSet(options) : loadUserSet(options);
}
function loadUserSet(options) {
    const { data } = options;
    if (data === null) {
        throw new InputError('--data is required: an ImageFolder directory, a .csv or .jsonl manifest (or --preset imagenet)');
    }
    const classFile = options.classes === null ? null : readClassesFile(options.classes);
    let classes;
    let images;
    let root;
    if (isDirectory(data)) {
        root = new DataRoot(data, data, options.allowOutsideRoot);
        const scanned = scanImageFolder(root, classFile);
        classes = scanned.classes;
        images = scanned.images.map((image) => ({ ...image, multiLabels: null }));
    }
    else {
        const rows = readManifest(data, formatOf(data));
        classes =
            classFile ??
                inferClasses(rows.map(({ label, where }) => ({ label, where })), `labels of ${data}`);
        root = manifestRoot(data, options.allowOutsideRoot);
        images = manifestImages(rows, root, new LabelResolver(classes), options.requireFiles, () => null);
    }
    return finish(images, classes, root.dir, data, options, null);
}
function loadImagenetSet(options) {
    if (options.classes !== null) {
        throw new InputError('--classes cannot be combined with --preset imagenet (the preset fixes the 1,000 ImageNet classes)');
    }
    const preset = loadImagenetPreset();
    const { data } = options;
    if (data === null) {
        if (options.requireFiles) {
            throw new InputError('--preset imagenet without --data has no images to run models on: give --data (a folder of ILSVRC2012_val_*.JPEG files) or predictions files');
        }
        const images = imagenetImagesFromIds(preset, options.ids);
        return finish(images, preset.classes, '', 'preset:imagenet', options, preset.hierarchy);
    }
    let images;
    let root;
    if (isDirectory(data)) {
        root = new DataRoot(data, data, options.allowOutsideRoot);
        images = imagenetImagesFromFolder(preset, root);
    }
    else {
        const rows = readManifest(data, formatOf(data));
        root = manifestRoot(data, options.allowOutsideRoot);
        const realOf = (row) => {
            const n = imagenetValNumber(row.path.replace(/\\/g, '/'));
            return n === null ? null : preset.real[n - 1];
        };
        images = manifestImages(rows, root, new LabelResolver(preset.classes), options.requireFiles, realOf);
    }
    return finish(images, preset.classes, root.dir, data, options, preset.hierarchy);
}
/** Resolves each manifest row: path inside the root, label, no image twice. */
function manifestImages(rows, root, resolver, requireFiles, multiLabelsOf) {
    const lineOfFile = new Map();
    return rows.map((row) => {
        const file = root.locate(row.path, row.where, requireFiles);
        const earlier = lineOfFile.get(file);
        if (earlier !== undefined) {
            throw new InputError(`${row.where}: duplicate image ${JSON.stringify(row.path)} (first on line ${earlier})`);
        }
        lineOfFile.set(file, row.line);
        return {
            id: row.path,
            file,
            label: resolver.resolve(row.label, row.where),
            multiLabels: multiLabelsOf(row)
        };
    });
}
/** Applies `--multi-labels` and `--hierarchy` (each replacing what a preset built in) and assembles the set. */
function finish(images, classes, root, source, options, builtInHierarchy) {
    if (options.multiLabels !== null) {
        const sets = readMultiLabels(options.multiLabels, images.map(({ id }) => id), new LabelResolver(classes));
        images = images.map((image, i) => ({ ...image, multiLabels: sets[i] }));
    }
    const hierarchy = options.hierarchy === null ? builtInHierarchy : readHierarchy(options.hierarchy, classes);
    return {
        root,
        classNames: classes.names,
        ...(classes.ids === null ? {} : { classIds: classes.ids }),
        images,
        hasMultiLabels: images.some(({ multiLabels }) => multiLabels !== null),
        hierarchy,
        source
    };
}
function isDirectory(path) {
    try {
        return statSync(path).isDirectory();
    }
    catch (error) {
        throw new InputError(`--data ${path}: ${fileProblem(error)}`);
    }
}
function formatOf(path) {
    const format = manifestFormat(path);
    if (format === null) {
        throw new InputError(`--data ${path}: expected an ImageFolder directory, a .csv or a .jsonl manifest`);
    }
    return format;
}
/** A manifest's folder is its data root. */
function manifestRoot(manifest, allowOutsideRoot) {
    const dir = dirname(manifest);
    return new DataRoot(dir, `${dir} (the folder of ${basename(manifest)})`, allowOutsideRoot);
}

/**
 * Decoding on the cycles inference leaves idle.
 *
 * onnxruntime already keeps every core busy while it scores a batch; image decoding (sharp on the libuv pool
 * and libvips' own workers) running beside it at the same priority preempts onnxruntime's threads mid
 * operator, and its barriers then wait for the preempted thread. On 2 cores that cost more than the
 * decoding itself (docs/performance.md). At the lowest priority the decoders run when onnxruntime waits
 * (between operators and batches, or when it waits for pixels), and inference is barely slowed.
 *
 * Linux only (per-thread nice through /proc/self/task); elsewhere every call is a no-op. A process cannot
 * raise a thread's priority back without privileges, so the lowered threads stay lowered: after evaluation
 * they only write files.
 */
const LOWEST = 19;
/** The process's thread ids, or an empty set where /proc/self/task does not exist. */
function threadIds() {
    try {
        return new Set(readdirSync('/proc/self/task').map(Number));
    }
    catch {
        return new Set();
    }
}
class DecoderPriority {
    keep;
    lowered = new Set();
    /** `keep`: threads left at normal priority (the main thread, onnxruntime's pools). */
    constructor(keep) {
        this.keep = keep;
    }
    /** Lowers every thread not kept and not lowered yet; the pools grow lazily, so call it as work is queued. */
    lowerNewThreads() {
        for (const id of threadIds()) {
            if (this.keep.has(id) || this.lowered.has(id))
                continue;
            this.lowered.add(id);
            try {
                setPriority(id, LOWEST);
            }
            catch {
                // The thread ended between the listing and the call, or the system refuses: decoding still works.
            }
        }
    }
}

/** timm's ImageNet eval defaults (IMAGENET_DEFAULT_MEAN/STD, DEFAULT_CROP_PCT). */
const IMAGENET_DEFAULTS = {
    inputSize: [3, 224, 224],
    cropPct: 0.875,
    cropMode: 'center',
    interpolation: 'bilinear',
    mean: [0.485, 0.456, 0.406],
    std: [0.229, 0.224, 0.225],
    channelOrder: 'RGB',
    source: 'defaults'
};
const KEYS = [
    'input_size',
    'crop_pct',
    'crop_mode',
    'interpolation',
    'mean',
    'std',
    'channel_order'
];
const CROP_MODES = ['center', 'squash', 'border'];
const INTERPOLATIONS = ['bilinear', 'bicubic', 'nearest', 'lanczos'];
async function isFile(file) {
    try {
        return (await stat(file)).isFile();
    }
    catch {
        return false;
    }
}
async function readJsonObject(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(`${file}: preprocessing file not found`);
        if (code === 'EISDIR')
            throw new InputError(`${file}: preprocessing file is a directory`);
        throw new InputError(`${file}: cannot read preprocessing file (${error.message})`);
    }
    let value;
    try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new InputError(`${file}: not valid JSON (${error.message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new InputError(`${file}: expected a JSON object with preprocessing keys`);
    }
    return value;
}
/** The object holding the keys: timm/HF hub configs nest them under `pretrained_cfg`, sidecars may not. */
function configSection(json, file) {
    const nested = json.pretrained_cfg;
    if (nested === undefined)
        return json;
    if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) {
        throw new InputError(`${file}: "pretrained_cfg" must be an object`);
    }
    // Keys beside pretrained_cfg are honoured too; the nested ones win, as timm's resolve_data_config does.
    return { ...json, ...nested };
}
function hasPreprocessKeys(section) {
    return KEYS.some((key) => section[key] !== undefined);
}
const show = (value) => JSON.stringify(value) ?? String(value);
function fail$1(file, key, expected, value) {
    throw new InputError(`${file}: "${key}" must be ${expected}, got ${show(value)}`);
}
function triple(file, key, value, check, expected) {
    // timm writes one value for single-channel models; it applies to every channel.
    const list = typeof value === 'number' ? [value] : value;
    if (!Array.isArray(list) || (list.length !== 1 && list.length !== 3)) {
        fail$1(file, key, `a list of 3 numbers (${expected})`, value);
    }
    if (!list.every((v) => typeof v === 'number' && Number.isFinite(v) && check(v))) {
        fail$1(file, key, `a list of 3 numbers (${expected})`, value);
    }
    const numbers = list;
    return numbers.length === 1
        ? [numbers[0], numbers[0], numbers[0]]
        : [numbers[0], numbers[1], numbers[2]];
}
/** Validates the preprocessing keys of one file; missing keys take the ImageNet defaults. */
function parsePreprocess(section, file) {
    let inputSize = IMAGENET_DEFAULTS.inputSize;
    if (section.input_size !== undefined) {
        const value = section.input_size;
        const valid = Array.isArray(value) &&
            value.length === 3 &&
            value.every((v) => Number.isInteger(v) && v > 0 && v <= 8192) &&
            (value[0] === 1 || value[0] === 3);
        if (!valid)
            fail$1(file, 'input_size', '[channels, height, width] with 1 or 3 channels and sides of 1–8192 pixels', value);
        inputSize = [value[0], value[1], value[2]];
    }
    let cropPct = IMAGENET_DEFAULTS.cropPct;
    if (section.crop_pct !== undefined) {
        const value = section.crop_pct;
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 2) {
            fail$1(file, 'crop_pct', 'a number in (0, 2], such as 0.875', value);
        }
        cropPct = value;
    }
    let cropMode = IMAGENET_DEFAULTS.cropMode;
    if (section.crop_mode !== undefined) {
        const value = section.crop_mode;
        if (typeof value !== 'string' || !CROP_MODES.includes(value)) {
            fail$1(file, 'crop_mode', `one of ${CROP_MODES.join(', ')}`, value);
        }
        cropMode = value;
    }
    let interpolation = IMAGENET_DEFAULTS.interpolation;
    if (section.interpolation !== undefined) {
        const value = section.interpolation;
        if (typeof value !== 'string' ||
            !INTERPOLATIONS.includes(value.toLowerCase())) {
            fail$1(file, 'interpolation', `one of ${INTERPOLATIONS.join(', ')}`, value);
        }
        interpolation = value.toLowerCase();
    }
    let mean = IMAGENET_DEFAULTS.mean;
    if (section.mean !== undefined) {
        // Values above 1 are the classic mistake of giving 0–255 means (Caffe's 103.94): say how to fix it.
        mean = triple(file, 'mean', section.mean, (v) => v >= 0 && v <= 1, 'in 0–1 pixel units: divide 0–255 values by 255');
    }
    let std = IMAGENET_DEFAULTS.std;
    if (section.std !== undefined) {
        std = triple(file, 'std', section.std, (v) => v > 0, 'greater than 0, in 0–1 pixel units');
    }
    let channelOrder = IMAGENET_DEFAULTS.channelOrder;
    if (section.channel_order !== undefined) {
        const value = section.channel_order;
        const upper = typeof value === 'string' ? value.toUpperCase() : null;
        if (upper !== 'RGB' && upper !== 'BGR')
            fail$1(file, 'channel_order', '"RGB" or "BGR"', value);
        channelOrder = upper;
    }
    return { inputSize, cropPct, cropMode, interpolation, mean, std, channelOrder, source: file };
}
/** `m.onnx` → `m.json` beside it. */
function sidecarPath(modelPath) {
    const parsed = path.parse(modelPath);
    return path.join(parsed.dir, `${parsed.name}.json`);
}
/**
 * The preprocessing of one model: the explicit file (`--baseline-preprocess`), else a sidecar `<model>.json`,
 * else `config.json` beside the model when it holds timm keys (under `pretrained_cfg` or at top level),
 * else the ImageNet defaults (`source: 'defaults'`, which may adopt a fixed input size from the model later).
 */
async function resolvePreprocess(modelPath, explicitFile) {
    if (explicitFile !== null) {
        return parsePreprocess(configSection(await readJsonObject(explicitFile), explicitFile), explicitFile);
    }
    const sidecar = sidecarPath(modelPath);
    if (await isFile(sidecar)) {
        return parsePreprocess(configSection(await readJsonObject(sidecar), sidecar), sidecar);
    }
    const config = path.join(path.dirname(modelPath), 'config.json');
    if (await isFile(config)) {
        // A config.json may belong to another tool (a transformers config): use it only when it has our keys.
        const section = configSection(await readJsonObject(config), config);
        if (hasPreprocessKeys(section))
            return parsePreprocess(section, config);
    }
    return IMAGENET_DEFAULTS;
}
/** A canonical string of everything that changes the input tensor (not where it came from): cache keys, grouping. */
function preprocessKey(preprocess) {
    return JSON.stringify([
        preprocess.inputSize,
        preprocess.cropPct,
        preprocess.cropMode,
        preprocess.interpolation,
        preprocess.mean,
        preprocess.std,
        preprocess.channelOrder
    ]);
}

/**
 * Largest image we decode, in pixels: PIL's own decompression-bomb limit (2 × `Image.MAX_IMAGE_PIXELS`), so
 * anything a PyTorch data loader opens, we open too, and a tiny file claiming a gigapixel is refused.
 */
const MAX_INPUT_PIXELS = 178_956_970;
/** Formats an evaluation set may hold; others (SVG, PDF, TIFF, GIF …) widen the parser surface for no gain. */
const SUPPORTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
const SHARP_KERNEL = {
    bilinear: 'linear',
    bicubic: 'cubic', // Catmull–Rom, PIL's bicubic (a = −0.5)
    nearest: 'nearest',
    lanczos: 'lanczos3'
};
/** Python's round(): halves go to the even neighbour (torchvision computes crop offsets with it). */
function roundHalfEven(value) {
    const floor = Math.floor(value);
    const fraction = value - floor;
    if (fraction > 0.5)
        return floor + 1;
    if (fraction < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
/** Crop window start on one axis: centred, torchvision's CenterCrop; padding splits with the extra pixel after. */
function centreStart(size, crop) {
    return size >= crop ? roundHalfEven((size - crop) / 2) : -Math.floor((crop - size) / 2);
}
/**
 * The resize and crop timm's eval transform applies (`transforms_imagenet_eval`):
 * - center: `Resize(floor(size / crop_pct))` on the shorter side (torchvision truncates the longer side), or
 *   timm's ResizeKeepRatio for non-square sizes, then `CenterCrop(size)`;
 * - squash: both sides to `floor(size / crop_pct)`, then `CenterCrop(size)`;
 * - border: the longer side to `floor(size / crop_pct)` keeping the ratio, then centre crop or pad.
 */
function planResize(imageWidth, imageHeight, preprocess) {
    const [, height, width] = preprocess.inputSize;
    const scaleHeight = Math.floor(height / preprocess.cropPct);
    const scaleWidth = Math.floor(width / preprocess.cropPct);
    let resizeWidth;
    let resizeHeight;
    if (preprocess.cropMode === 'squash') {
        resizeWidth = scaleWidth;
        resizeHeight = scaleHeight;
    }
    else if (preprocess.cropMode === 'center' && scaleHeight === scaleWidth) {
        const size = scaleHeight;
        if (imageWidth <= imageHeight) {
            resizeWidth = size;
            resizeHeight =
                imageWidth === size ? imageHeight : Math.floor((size * imageHeight) / imageWidth);
        }
        else {
            resizeHeight = size;
            resizeWidth =
                imageHeight === size ? imageWidth : Math.floor((size * imageWidth) / imageHeight);
        }
    }
    else {
        // timm ResizeKeepRatio: shorter side to its target (center), or the longer side inside (border).
        const ratioHeight = imageHeight / scaleHeight;
        const ratioWidth = imageWidth / scaleWidth;
        const ratio = preprocess.cropMode === 'border'
            ? Math.max(ratioHeight, ratioWidth)
            : Math.min(ratioHeight, ratioWidth);
        resizeWidth = Math.max(1, roundHalfEven(imageWidth / ratio));
        resizeHeight = Math.max(1, roundHalfEven(imageHeight / ratio));
    }
    return {
        resizeWidth,
        resizeHeight,
        left: centreStart(resizeWidth, width),
        top: centreStart(resizeHeight, height)
    };
}
function decodeFailure(file, error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/pixel limit/i.test(message ?? '')) {
        return new InputError(`${file}: image has more than ${MAX_INPUT_PIXELS} pixels; refusing to decode it (decompression-bomb guard)`);
    }
    return new InputError(`${file}: cannot decode image (${message})`);
}
/**
 * Decodes an image file into the crop window of the model input: EXIF orientation applied, alpha dropped,
 * grey and CMYK turned into sRGB, resized (antialiased) and cropped as the Preprocess says.
 */
async function decodeCrop(file, preprocess) {
    let bytes;
    try {
        bytes = await readFile(file);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(`${file}: image file not found`);
        throw new InputError(`${file}: cannot read image (${error.message})`);
    }
    if (bytes.length === 0)
        throw new InputError(`${file}: image file is empty (0 bytes)`);
    const options = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true };
    let metadata;
    try {
        metadata = await sharp(bytes, options).metadata();
    }
    catch (error) {
        throw decodeFailure(file, error);
    }
    if (!SUPPORTED_FORMATS.has(metadata.format)) {
        throw new InputError(`${file}: ${metadata.format} images are not supported (use JPEG, PNG or WebP)`);
    }
    const { width: imageWidth, height: imageHeight } = metadata.autoOrient;
    if (imageWidth * imageHeight > MAX_INPUT_PIXELS)
        throw decodeFailure(file, new Error('pixel limit'));
    const [, cropHeight, cropWidth] = preprocess.inputSize;
    const plan = planResize(imageWidth, imageHeight, preprocess);
    const left = Math.max(0, plan.left);
    const top = Math.max(0, plan.top);
    const width = Math.min(plan.resizeWidth, plan.left + cropWidth) - left;
    const height = Math.min(plan.resizeHeight, plan.top + cropHeight) - top;
    let pipeline = sharp(bytes, options).removeAlpha().toColourspace('srgb');
    if (plan.resizeWidth !== imageWidth || plan.resizeHeight !== imageHeight) {
        pipeline = pipeline.resize(plan.resizeWidth, plan.resizeHeight, {
            fit: 'fill',
            kernel: SHARP_KERNEL[preprocess.interpolation],
            // Keep at least a factor of two for the antialiased resize: sharp still decodes JPEGs 4× or more larger
            // than the target at 1/2, 1/4 or 1/8 scale (about 2× faster for 2000×1500 photos, mean 0.5 levels from a
            // full decode), but never as coarsely as `true` would (docs/performance.md).
            fastShrinkOnLoad: false
        });
    }
    if (left !== 0 || top !== 0 || width !== plan.resizeWidth || height !== plan.resizeHeight) {
        pipeline = pipeline.extract({ left, top, width, height });
    }
    let pixels;
    try {
        pixels = await pipeline.raw({ depth: 'uchar' }).toBuffer();
    }
    catch (error) {
        throw decodeFailure(file, error);
    }
    if (pixels.length !== width * height * 3) {
        throw new InputError(`${file}: decoded to an unexpected size (${pixels.length} bytes for ${width}×${height})`);
    }
    return { pixels, width, height, x: left - plan.left, y: top - plan.top };
}
function createNormaliser(preprocess, geometry) {
    const channels = geometry.channels;
    const tables = [];
    const fill = [];
    for (let c = 0; c < channels; c++) {
        const mean = preprocess.mean[c];
        const std = preprocess.std[c];
        const table = new Float32Array(256);
        for (let x = 0; x < 256; x++)
            table[x] = (x / 255 - mean) / std;
        tables.push(table);
        // torchvision pads CenterCrop with black; timm's border mode pads with the mean colour.
        const fillPixel = preprocess.cropMode === 'border' ? Math.round(255 * mean) : 0;
        fill.push(table[Math.min(255, Math.max(0, fillPixel))]);
    }
    const source = channels === 1 ? [0] : preprocess.channelOrder === 'BGR' ? [2, 1, 0] : [0, 1, 2];
    return { geometry, tables, source, fill };
}
/** PIL's convert('L'): ITU-R 601-2 luma in 16-bit fixed point, as torchvision's Grayscale computes it. */
function luma(r, g, b) {
    return (r * 19595 + g * 38470 + b * 7471 + 0x8000) >>> 16;
}
/**
 * Writes one image into its slot of a batch tensor: `target` holds the whole batch, `slot` is the image's
 * index in it. Padding outside the decoded region gets the fill value.
 */
function writeTensor(crop, normaliser, target, slot) {
    const { layout, channels, height, width } = normaliser.geometry;
    const plane = height * width;
    const base = slot * channels * plane;
    const padded = crop.width !== width || crop.height !== height;
    const { tables, source, fill, geometry } = normaliser;
    const pixels = crop.pixels;
    if (padded) {
        for (let c = 0; c < channels; c++) {
            const value = fill[c];
            if (layout === 'NCHW')
                target.fill(value, base + c * plane, base + (c + 1) * plane);
            else
                for (let i = 0; i < plane; i++)
                    target[base + i * channels + c] = value;
        }
    }
    // Strides of the model layout: NCHW walks channel planes, NHWC interleaves channels.
    const channelStride = geometry.layout === 'NCHW' ? plane : 1;
    const pixelStride = geometry.layout === 'NCHW' ? 1 : channels;
    const rowLength = crop.width;
    // Hoisted per-channel tables and offsets: this loop runs 150,000 times per 224² image.
    const table0 = tables[0];
    if (channels === 1) {
        for (let y = 0; y < crop.height; y++) {
            let from = y * rowLength * 3;
            let to = base + (y + crop.y) * width + crop.x;
            for (let x = 0; x < rowLength; x++, from += 3, to++) {
                target[to] = table0[luma(pixels[from], pixels[from + 1], pixels[from + 2])];
            }
        }
        return;
    }
    const table1 = tables[1];
    const table2 = tables[2];
    const [source0, source1, source2] = source;
    const offset1 = channelStride;
    const offset2 = 2 * channelStride;
    for (let y = 0; y < crop.height; y++) {
        let from = y * rowLength * 3;
        let to = base + ((y + crop.y) * width + crop.x) * pixelStride;
        for (let x = 0; x < rowLength; x++, from += 3, to += pixelStride) {
            target[to] = table0[pixels[from + source0]];
            target[to + offset1] = table1[pixels[from + source1]];
            target[to + offset2] = table2[pixels[from + source2]];
        }
    }
}
let sharpConfigured = false;
/**
 * Process-wide sharp settings for evaluation: no operation cache (every image is new, caching only holds
 * memory). Called once before decoding starts.
 */
function configureSharp() {
    if (sharpConfigured)
        return;
    sharpConfigured = true;
    sharp.cache(false);
}

/** Decimal places kept in predictions files: enough to rank, few enough that files are byte-stable. */
const SCORE_DIGITS = 6;
const SCALE = 10 ** SCORE_DIGITS;
/** How far a row's sum may stray from 1 and still count as probabilities (float16 outputs round each value). */
const SUM_TOLERANCE = 5e-3;
/** Rounds a probability to SCORE_DIGITS decimals (−0 becomes 0 so the JSON never says "-0"). */
function roundScore(value) {
    return Math.round(value * SCALE) / SCALE + 0;
}
/**
 * True when a row already is a probability distribution (every value in [0, 1], summing to 1): a model
 * ending in Softmax. Decided per row, so an image's scores never depend on what it was batched with.
 */
function isDistribution(row) {
    let sum = 0;
    for (let i = 0; i < row.length; i++) {
        const value = row[i];
        if (!(value >= 0 && value <= 1))
            return false;
        sum += value;
    }
    return Math.abs(sum - 1) <= SUM_TOLERANCE;
}
/**
 * The k best classes of one row of model output with their probabilities: softmax (in double precision)
 * unless the row already is a distribution. Returns null when the row holds NaN or +∞ (a broken model).
 */
function rankScores(row, k) {
    const classes = row.length;
    const keep = Math.min(k, classes);
    const top = [];
    let max = -Infinity;
    for (let i = 0; i < classes; i++) {
        const value = row[i];
        if (Number.isNaN(value) || value === Infinity)
            return null;
        if (value > max)
            max = value;
        // Insertion into the short sorted list of the best so far; strict > keeps the lower index on ties.
        if (top.length < keep || value > row[top[top.length - 1]]) {
            let at = top.length < keep ? top.length : keep - 1;
            while (at > 0 && value > row[top[at - 1]])
                at--;
            top.splice(at, 0, i);
            if (top.length > keep)
                top.pop();
        }
    }
    if (max === -Infinity)
        return null;
    if (isDistribution(row)) {
        return { top, scores: top.map((i) => roundScore(row[i])) };
    }
    let sum = 0;
    for (let i = 0; i < classes; i++)
        sum += Math.exp(row[i] - max);
    return { top, scores: top.map((i) => roundScore(Math.exp(row[i] - max) / sum)) };
}

// IEEE 754 half precision as raw Uint16 bits: Node 20 has no Float16Array, and onnxruntime-node takes and
// returns float16 tensors as Uint16Array.
/** Converts float32 values to float16 bits, rounding to nearest even (as a hardware cast does). */
function float32ToFloat16(source, target = new Uint16Array(source.length)) {
    const bits = new Uint32Array(source.buffer, source.byteOffset, source.length);
    for (let i = 0; i < bits.length; i++)
        target[i] = float16BitsOf(bits[i]);
    return target;
}
/** Converts float16 bits to float32 values. */
function float16ToFloat32(source, target = new Float32Array(source.length)) {
    const table = float16Table();
    for (let i = 0; i < source.length; i++)
        target[i] = table[source[i]];
    return target;
}
/** float16 bits of one float32, given as its own bits. */
function float16BitsOf(x) {
    const sign = (x >>> 16) & 0x8000;
    const biased = (x >>> 23) & 0xff;
    const mantissa = x & 0x7fffff;
    if (biased === 0xff)
        return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0); // infinity, NaN
    const exponent = biased - 127 + 15;
    if (exponent >= 0x1f)
        return sign | 0x7c00; // too large: infinity
    if (exponent > 0) {
        let half = sign | (exponent << 10) | (mantissa >>> 13);
        const rest = mantissa & 0x1fff;
        // A carry out of the mantissa correctly bumps the exponent (up to infinity).
        if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1))
            half++;
        return half;
    }
    if (exponent < -10)
        return sign; // below half the smallest subnormal: zero
    // Subnormal half: shift the full 24-bit significand down to units of 2^-24.
    const significand = mantissa | 0x800000;
    const shift = 14 - exponent;
    let half = significand >>> shift;
    const rest = significand & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1) === 1))
        half++;
    return sign | half;
}
let table$1 = null;
/** All 65,536 float16 values as float32 (256 KiB, built once): decoding becomes one lookup. */
function float16Table() {
    if (table$1)
        return table$1;
    table$1 = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) {
        const sign = h & 0x8000 ? -1 : 1;
        const exponent = (h >>> 10) & 0x1f;
        const mantissa = h & 0x3ff;
        if (exponent === 0)
            table$1[h] = sign * mantissa * 2 ** -24;
        else if (exponent === 0x1f)
            table$1[h] = mantissa !== 0 ? NaN : sign * Infinity;
        else
            table$1[h] = sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
    }
    return table$1;
}

/** Intra-op threads when the user leaves it to us: every core (decoding runs on libuv threads beside it). */
function defaultThreads() {
    return Math.max(1, os.availableParallelism());
}
let ortConfigured = false;
function configureOrt() {
    if (ortConfigured)
        return;
    ortConfigured = true;
    // onnxruntime's warnings (unused initializers, …) mean nothing to a classdiff user; errors still surface as exceptions.
    ort.env.logLevel = 'error';
}
/** Folder of the onnxruntime-node native binding, where optional provider libraries must sit. */
function bindingFolder() {
    const entry = createRequire(import.meta.url).resolve('onnxruntime-node');
    return path.join(path.dirname(entry), '..', 'bin', 'napi-v6', process.platform, process.arch);
}
function cudaProviderLibrary() {
    const name = process.platform === 'win32'
        ? 'onnxruntime_providers_cuda.dll'
        : 'libonnxruntime_providers_cuda.so';
    return path.join(bindingFolder(), name);
}
/** Refuses CUDA up front when its provider library is absent (onnxruntime would only log and throw). */
function checkExecutionProvider(provider) {
    if (provider !== 'cuda')
        return;
    const library = cudaProviderLibrary();
    if (!existsSync(library)) {
        throw new InputError(`executionProvider cuda is not available: onnxruntime-node has no CUDA provider (${path.basename(library)} is missing ` +
            `from ${path.dirname(library)}); install it with \`npm install onnxruntime-node --onnxruntime-node-install=cuda12\` ` +
            'on a runner with an NVIDIA GPU, CUDA 12 and cuDNN 9, or use executionProvider cpu');
    }
}
/** onnxruntime's load error, without its own "Load model from … failed:" prefix and source paths. */
function ortReason(error) {
    const message = error instanceof Error ? error.message : String(error);
    return (message.split('\n')[0] ?? '')
        .replace(/^Load model from .*? failed:/, '')
        .replace(/\/onnxruntime_src\/\S+ /g, '')
        .trim();
}
function loadFailure(file, error, provider) {
    const reason = ortReason(error);
    if (/protobuf parsing failed/i.test(reason) || /No graph was found/i.test(reason)) {
        return new InputError(`${file}: not an ONNX model, or a truncated one (${reason})`);
    }
    if (/external data/i.test(reason)) {
        return new InputError(`${file}: refused external weights outside the model's folder (${reason})`);
    }
    if (provider === 'cuda' && /cuda/i.test(reason)) {
        return new InputError(`${file}: executionProvider cuda failed to start (${reason}); use executionProvider cpu`);
    }
    return new InputError(`${file}: onnxruntime cannot load the model (${reason})`);
}
const isChannels = (dim) => dim === 1 || dim === 3;
function readSignature(file, session) {
    const inputs = session.inputMetadata;
    if (inputs.length !== 1) {
        throw new InputError(`${file}: the model has ${inputs.length} inputs (${session.inputNames.join(', ')}); classdiff feeds one image tensor`);
    }
    const input = inputs[0];
    if (!input.isTensor || (input.type !== 'float32' && input.type !== 'float16')) {
        const type = input.isTensor ? input.type : 'non-tensor';
        throw new InputError(`${file}: input "${input.name}" is ${type}; classdiff feeds float32 or float16 images`);
    }
    const shape = input.shape;
    if (shape.length !== 4) {
        throw new InputError(`${file}: input "${input.name}" has shape [${shape.join(', ')}]; classdiff feeds 4-d images (NCHW or NHWC)`);
    }
    let layout;
    if (isChannels(shape[1]))
        layout = 'NCHW';
    else if (isChannels(shape[3]))
        layout = 'NHWC';
    else if (typeof shape[1] === 'string' && typeof shape[3] === 'string')
        layout = 'NCHW'; // nothing to go on: the ONNX convention
    else {
        throw new InputError(`${file}: input "${input.name}" has shape [${shape.join(', ')}]; expected 1 or 3 channels in dimension 1 (NCHW) or 3 (NHWC)`);
    }
    const [batchDim, heightDim, widthDim, channelDim] = layout === 'NCHW'
        ? [shape[0], shape[2], shape[3], shape[1]]
        : [shape[0], shape[1], shape[2], shape[3]];
    const fixed = (dim) => typeof dim === 'number' && dim > 0 ? dim : null;
    const outputs = session.outputMetadata;
    const output = outputs[0];
    if (!output || !output.isTensor || (output.type !== 'float32' && output.type !== 'float16')) {
        const what = !output
            ? 'no output'
            : `output "${output.name}" of type ${output.isTensor ? output.type : 'non-tensor'}`;
        throw new InputError(`${file}: the model has ${what}; classdiff reads float32 or float16 class scores`);
    }
    const outShape = output.shape;
    const trailingOnes = outShape.length === 4 &&
        [outShape[2], outShape[3]].every((d) => d === 1 || typeof d === 'string');
    if (outShape.length !== 0 && outShape.length !== 2 && !trailingOnes) {
        throw new InputError(`${file}: output "${output.name}" has shape [${outShape.join(', ')}]; classdiff reads [N, classes] or [N, classes, 1, 1]`);
    }
    return {
        inputName: input.name,
        outputName: output.name,
        layout,
        channels: isChannels(channelDim) ? channelDim : 3,
        inputType: input.type,
        batchSize: fixed(batchDim),
        height: fixed(heightDim),
        width: fixed(widthDim),
        classes: fixed(outShape[1]),
        outputType: output.type,
        outputRank: outShape.length === 4 ? 4 : 2
    };
}
/**
 * Opens an ONNX model with onnxruntime-node (never with custom-op libraries; onnxruntime itself refuses
 * external-data paths that leave the model's folder) and reads its signature.
 */
async function openModel(file, options) {
    configureOrt();
    let size;
    try {
        const info = await stat(file);
        if (info.isDirectory())
            throw new InputError(`${file}: is a directory, not an ONNX model file`);
        size = info.size;
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        throw new InputError(`${file}: model file not found`);
    }
    if (size === 0)
        throw new InputError(`${file}: model file is empty (0 bytes)`);
    checkExecutionProvider(options.executionProvider);
    let session;
    const threadsBefore = threadIds();
    try {
        session = await ort.InferenceSession.create(file, {
            executionProviders: [options.executionProvider],
            intraOpNumThreads: options.threads > 0 ? options.threads : defaultThreads(),
            interOpNumThreads: 1,
            executionMode: 'sequential',
            graphOptimizationLevel: 'all',
            logSeverityLevel: 3,
            // Idle onnxruntime threads would otherwise spin between batches, taking the cores decoding needs.
            extra: { session: { intra_op: { allow_spinning: '0' } } }
        });
    }
    catch (error) {
        throw loadFailure(file, error, options.executionProvider);
    }
    let signature;
    try {
        signature = readSignature(file, session);
    }
    catch (error) {
        await session.release();
        throw error;
    }
    const threads = new Set([...threadIds()].filter((id) => !threadsBefore.has(id)));
    return new OrtModelSession(file, session, signature, threads);
}
class OrtModelSession {
    path;
    session;
    signature;
    threads;
    padded = null;
    constructor(path, session, signature, threads) {
        this.path = path;
        this.session = session;
        this.signature = signature;
        this.threads = threads;
    }
    async run(input, count, height, width) {
        const { channels, batchSize } = this.signature;
        const perImage = channels * height * width;
        const chunk = batchSize ?? count;
        let scores = null;
        let classes = 0;
        for (let start = 0; start < count; start += chunk) {
            const n = Math.min(chunk, count - start);
            let data = input.subarray(start * perImage, (start + n) * perImage);
            if (n < chunk) {
                // A fixed-batch model takes exactly `chunk` images: pad the last batch with zeros.
                if (this.padded?.length !== chunk * perImage)
                    this.padded = new Float32Array(chunk * perImage);
                this.padded.fill(0);
                this.padded.set(data);
                data = this.padded;
            }
            const rows = await this.runChunk(data, chunk, height, width);
            if (scores === null) {
                classes = rows.classes;
                scores = new Float32Array(count * classes);
            }
            else if (rows.classes !== classes) {
                throw new InputError(`${this.path}: the number of classes changed between batches (${classes}, then ${rows.classes})`);
            }
            scores.set(rows.scores.subarray(0, n * classes), start * classes);
        }
        return { scores: scores ?? new Float32Array(0), classes };
    }
    async runChunk(data, n, height, width) {
        const { inputName, outputName, inputType, layout, channels } = this.signature;
        const dims = layout === 'NCHW' ? [n, channels, height, width] : [n, height, width, channels];
        const tensor = inputType === 'float16'
            ? new ort.Tensor('float16', float32ToFloat16(data), dims)
            : new ort.Tensor('float32', data, dims);
        let result;
        try {
            result = await this.session.run({ [inputName]: tensor }, [outputName]);
        }
        catch (error) {
            throw new InputError(`${this.path}: onnxruntime failed to run the model on a [${dims.join(', ')}] input (${ortReason(error)})`);
        }
        const output = result[outputName];
        const shape = output.dims;
        const validShape = shape[0] === n &&
            (shape.length === 2 || (shape.length === 4 && shape[2] === 1 && shape[3] === 1)) &&
            (shape[1] ?? 0) > 0;
        if (!validShape) {
            throw new InputError(`${this.path}: output "${outputName}" has shape [${shape.join(', ')}] for ${n} images; classdiff reads [N, classes] or [N, classes, 1, 1]`);
        }
        const classes = shape[1];
        let scores;
        if (output.type === 'float32')
            scores = output.data;
        else if (output.type === 'float16')
            scores = float16ToFloat32(output.data);
        else
            throw new InputError(`${this.path}: output "${outputName}" is ${output.type}; classdiff reads float32 or float16 scores`);
        return { scores, classes };
    }
    async release() {
        await this.session.release();
    }
}

/**
 * Time-outs for onnxruntime's calls (`--timeout`).
 *
 * onnxruntime-node loads a model and runs it synchronously on Node's main thread (its `run()` is a promise
 * around a blocking call), so while a hostile or oversized model loads or scores a batch, no timer on the main
 * thread can fire and no JavaScript can interrupt the call. A watchdog thread (worker_threads) watches the
 * deadline in shared memory instead: the main thread arms it with the time-out and the failure line before each
 * call and disarms it after. When a call outlives its deadline the watchdog writes the front's one-line failure
 * (`classdiff: …` on stderr for the CLI, an `::error::` command for the action) and kills the process with
 * SIGKILL: the native call cannot be stopped, and Node cannot exit normally while it runs. So a time-out ends
 * the process at once with exit status 137 (128 + SIGKILL), nothing written after it.
 *
 * One deadline at a time: the pipeline opens and runs models one after another.
 */
const cliReporter = (message) => ({ fd: 2, text: `classdiff: ${message}\n` });
let reporter = cliReporter;
/** How the running front reports a time-out. The CLI's form is the default. */
function setFatalReporter(next) {
    reporter = next;
}
/** Longest failure line kept, in bytes (UTF-8). */
const MESSAGE_BYTES = 4096;
// Shared state, Int32 slots: the generation (bumped on every arm and disarm), the armed time-out in ms
// (0 = disarmed), the message length and the file descriptor.
const GENERATION = 0;
const TIMEOUT_MS = 1;
const LENGTH = 2;
const FD = 3;
/** Runs in the watchdog thread (CommonJS, eval'd: the bundle ships no separate worker file). */
const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads')
const { writeSync } = require('node:fs')
const state = new Int32Array(workerData.state)
const message = new Uint8Array(workerData.message)
for (;;) {
  const generation = Atomics.load(state, ${GENERATION})
  const timeout = Atomics.load(state, ${TIMEOUT_MS})
  if (timeout <= 0) {
    Atomics.wait(state, ${GENERATION}, generation)
    continue
  }
  if (Atomics.wait(state, ${GENERATION}, generation, timeout) !== 'timed-out') continue
  if (Atomics.load(state, ${GENERATION}) !== generation) continue
  try {
    writeSync(Atomics.load(state, ${FD}), message.subarray(0, Atomics.load(state, ${LENGTH})))
  } finally {
    process.kill(process.pid, 'SIGKILL')
  }
}
`;
let watchdog = null;
function start() {
    if (watchdog !== null)
        return watchdog;
    const state = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
    const message = new Uint8Array(new SharedArrayBuffer(MESSAGE_BYTES));
    const worker = new Worker(WATCHDOG_SOURCE, {
        eval: true,
        workerData: { state: state.buffer, message: message.buffer }
    });
    // Never keeps the process alive; Atomics.wait is interrupted when the process exits.
    worker.unref();
    watchdog = { state, message };
    return watchdog;
}
function arm(dog, milliseconds, report) {
    let bytes = Buffer.from(report.text, 'utf8');
    if (bytes.length > MESSAGE_BYTES) {
        bytes = Buffer.concat([bytes.subarray(0, MESSAGE_BYTES - 1), Buffer.from('\n')]);
    }
    dog.message.set(bytes);
    Atomics.store(dog.state, LENGTH, bytes.length);
    Atomics.store(dog.state, FD, report.fd);
    Atomics.store(dog.state, TIMEOUT_MS, milliseconds);
    Atomics.add(dog.state, GENERATION, 1);
    Atomics.notify(dog.state, GENERATION);
}
function disarm(dog) {
    Atomics.store(dog.state, TIMEOUT_MS, 0);
    Atomics.add(dog.state, GENERATION, 1);
    Atomics.notify(dog.state, GENERATION);
}
/**
 * Runs `fn` (one onnxruntime call: a load or a batch) under a deadline of `seconds`; 0 means no limit. When the
 * deadline passes, the process ends with `message` as its one failure line (see the module comment).
 */
async function withDeadline(seconds, message, fn) {
    if (!(seconds > 0))
        return fn();
    const dog = start();
    const milliseconds = Math.max(1, Math.min(0x7fffffff, Math.round(seconds * 1000)));
    arm(dog, milliseconds, reporter(message));
    try {
        return await fn();
    }
    finally {
        disarm(dog);
    }
}

/**
 * Images decoded ahead of inference, at least. onnxruntime-node's run() blocks the event loop, and each
 * image needs three hops through it (read, header, decode), so a shallow queue leaves the libuv decoders
 * idle while a batch runs: with 64 images ahead every other batch of 32 waited for its pixels, with 128 none did.
 */
const IMAGES_AHEAD = 128;
const describeSize = (height, width) => `${height}×${width}`;
/**
 * Reconciles a model's preprocessing with what the model's signature fixes. The ImageNet defaults give way
 * to a model's fixed input size; an explicit preprocessing file that disagrees with the model is an error.
 */
function fitModelInput(job, signature) {
    const [channels, height, width] = job.preprocess.inputSize;
    const adopt = job.preprocess.source === 'defaults';
    const from = job.preprocess.source ? ` (${job.preprocess.source})` : '';
    const fittedHeight = signature.height ?? height;
    const fittedWidth = signature.width ?? width;
    if (!adopt && (fittedHeight !== height || fittedWidth !== width)) {
        throw new InputError(`${job.label}: the model takes ${describeSize(fittedHeight, fittedWidth)} images but its preprocessing${from} says input_size ${describeSize(height, width)}`);
    }
    if (!adopt && channels !== signature.channels) {
        throw new InputError(`${job.label}: the model takes ${signature.channels}-channel images but its preprocessing${from} says ${channels} channels`);
    }
    const preprocess = {
        ...job.preprocess,
        inputSize: [signature.channels, fittedHeight, fittedWidth]
    };
    return {
        preprocess,
        geometry: {
            layout: signature.layout,
            channels: signature.channels,
            height: fittedHeight,
            width: fittedWidth
        }
    };
}
/** What changes the decoded pixels (resize and crop), as opposed to the normalisation applied after. */
function decodeKey(preprocess) {
    return JSON.stringify([
        preprocess.inputSize.slice(1),
        preprocess.cropPct,
        preprocess.cropMode,
        preprocess.interpolation
    ]);
}
/**
 * Plans the sharing: models whose tensors are identical (same preprocessing, layout, channels) share a
 * tensor group; tensor groups whose images are resized and cropped alike share a decode group.
 */
function groupInputs(inputs, batchSize) {
    const decodeGroups = new Map();
    const tensorGroups = new Map();
    inputs.forEach((input, job) => {
        const { geometry, preprocess } = input;
        const tensorKey = JSON.stringify([
            preprocessKey(preprocess),
            geometry.layout,
            geometry.channels
        ]);
        let tensor = tensorGroups.get(tensorKey);
        if (!tensor) {
            tensor = {
                index: tensorGroups.size,
                normaliser: createNormaliser(preprocess, geometry),
                jobs: [],
                bufferLength: batchSize * geometry.channels * geometry.height * geometry.width,
                free: []
            };
            tensorGroups.set(tensorKey, tensor);
            const key = decodeKey(preprocess);
            let decode = decodeGroups.get(key);
            if (!decode) {
                decode = { preprocess, tensors: [] };
                decodeGroups.set(key, decode);
            }
            decode.tensors.push(tensor);
        }
        tensor.jobs.push(job);
    });
    return { decodeGroups: [...decodeGroups.values()], tensorGroups: [...tensorGroups.values()] };
}
function checkClassCounts(counts, jobs, classCount) {
    let first = -1;
    counts.forEach((count, i) => {
        if (count === null)
            return;
        if (first < 0)
            first = i;
        else if (count !== counts[first]) {
            throw new InputError(`model ${jobs[first].label} outputs ${counts[first]} classes but model ${jobs[i].label} outputs ${count}`);
        }
        if (classCount !== undefined && count !== classCount) {
            throw new InputError(`model ${jobs[i].label} outputs ${count} classes but the evaluation set has ${classCount}`);
        }
    });
}
/** Rethrows a session's input error naming the model as the user wrote it (sessions name the resolved path). */
function renameModel(job) {
    return (error) => {
        if (error instanceof InputError && job.label !== job.path) {
            throw new InputError(error.message.replaceAll(job.path, job.label));
        }
        throw error;
    };
}
function validateOptions(options) {
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
        throw new InputError(`batch size must be a positive integer, got ${options.batchSize}`);
    }
    if (!Number.isInteger(options.threads) || options.threads < 0) {
        throw new InputError(`threads must be 0 (automatic) or a positive integer, got ${options.threads}`);
    }
    if (!Number.isInteger(options.topK) || options.topK < 1) {
        throw new InputError(`top-k must be a positive integer, got ${options.topK}`);
    }
}
/**
 * Runs every model over every image and returns one predictions array per job, aligned with `images`.
 *
 * Decoding runs ahead of inference: sharp decodes and resizes on the libuv thread pool while onnxruntime
 * scores the current batch, with a bounded number of batches in flight so memory stays flat however many
 * images there are. Each image is decoded once per distinct resize/crop, and models with identical input
 * tensors share one tensor.
 */
async function evaluateModels(images, jobs, options) {
    validateOptions(options);
    if (jobs.length === 0)
        return [];
    configureSharp();
    const sessions = [];
    try {
        for (const job of jobs) {
            sessions.push(await withDeadline(options.timeout ?? 0, `model ${job.label}: loading took longer than the ${options.timeout} s time-out (--timeout)`, () => openModel(job.path, options)).catch(renameModel(job)));
        }
        const classCounts = sessions.map((session) => session.signature.classes);
        checkClassCounts(classCounts, jobs, options.classCount);
        // A fixed-batch model takes batches of its own size; keep pipeline batches at least that large.
        const batchSize = Math.max(options.batchSize, ...sessions.map((s) => s.signature.batchSize ?? 1));
        const inputs = jobs.map((job, i) => fitModelInput(job, sessions[i].signature));
        const { decodeGroups, tensorGroups } = groupInputs(inputs, batchSize);
        const predictions = jobs.map(() => new Array(images.length));
        const total = images.length;
        const batchCount = Math.ceil(total / batchSize);
        const batchesAhead = Math.max(2, Math.ceil(IMAGES_AHEAD / batchSize));
        const prepare = async (batch) => {
            const start = batch * batchSize;
            const count = Math.min(batchSize, total - start);
            const buffers = tensorGroups.map((group) => group.free.pop() ?? new Float32Array(group.bufferLength));
            const work = [];
            for (let slot = 0; slot < count; slot++) {
                const image = images[start + slot];
                if (!image.file)
                    throw new InputError(`image "${image.id}" has no file to read`);
                for (const decode of decodeGroups) {
                    work.push(decodeCrop(image.file, decode.preprocess).then((crop) => {
                        for (const tensor of decode.tensors) {
                            writeTensor(crop, tensor.normaliser, buffers[tensor.index], slot);
                        }
                    }));
                }
            }
            await Promise.all(work);
            return { start, count, buffers };
        };
        // Everything but the main thread and onnxruntime's own threads decodes: see decode-priority.ts.
        const priority = new DecoderPriority(new Set([process.pid, ...sessions.flatMap((session) => [...session.threads])]));
        const inFlight = [];
        let nextBatch = 0;
        const launch = () => {
            const prepared = prepare(nextBatch++);
            priority.lowerNewThreads();
            // Failures surface when the batch is awaited, in order; this only keeps Node from calling them unhandled.
            prepared.catch(() => undefined);
            inFlight.push(prepared);
        };
        while (inFlight.length < batchesAhead && nextBatch < batchCount)
            launch();
        const runtimeClasses = [...classCounts];
        let done = 0;
        for (let batch = 0; batch < batchCount; batch++) {
            const prepared = await inFlight.shift();
            if (nextBatch < batchCount)
                launch();
            for (const [g, group] of tensorGroups.entries()) {
                const buffer = prepared.buffers[g];
                const { height, width } = group.normaliser.geometry;
                for (const j of group.jobs) {
                    const job = jobs[j];
                    const { scores, classes } = await withDeadline(options.timeout ?? 0, `model ${job.label}: scoring a batch of ${prepared.count} images (from ${JSON.stringify(images[prepared.start].id)}) took longer than the ${options.timeout} s time-out (--timeout)`, () => sessions[j].run(buffer, prepared.count, height, width)).catch(renameModel(job));
                    if (runtimeClasses[j] === null) {
                        runtimeClasses[j] = classes;
                        checkClassCounts(runtimeClasses, jobs, options.classCount);
                    }
                    const list = predictions[j];
                    for (let r = 0; r < prepared.count; r++) {
                        const image = images[prepared.start + r];
                        const ranked = rankScores(scores.subarray(r * classes, (r + 1) * classes), options.topK);
                        if (!ranked)
                            throw new InputError(`model ${job.label} produced NaN or infinite scores for image "${image.id}"`);
                        list[prepared.start + r] = { id: image.id, top: ranked.top, scores: ranked.scores };
                    }
                }
                group.free.push(buffer);
            }
            done += prepared.count;
            options.onProgress?.(done, total);
        }
        return predictions;
    }
    finally {
        for (const session of sessions)
            await session.release();
    }
}

/** One line of a predictions file: keys in a fixed order, so equal predictions give equal bytes. */
function formatPrediction(prediction) {
    const line = {
        id: prediction.id,
        top: prediction.top
    };
    if (prediction.scores !== undefined)
        line.scores = prediction.scores;
    return JSON.stringify(line);
}
/** Writes predictions as JSON Lines, `{"id", "top", "scores"}` per image, in the order given. */
async function writePredictions(path, predictions) {
    let text = '';
    for (const prediction of predictions)
        text += formatPrediction(prediction) + '\n';
    await writeFile(path, text);
}
const describe = (value) => JSON.stringify(value) ?? String(value);
function parseLine(text, where, classCount) {
    const value = parseJsonLine(text, where);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new InputError(`${where}: expected an object like {"id": "...", "top": [3, 7]}`);
    }
    const record = value;
    const id = record.id;
    if (typeof id !== 'string' || id.length === 0) {
        throw new InputError(`${where}: "id" must be a non-empty string, got ${describe(id)}`);
    }
    const top = record.top;
    if (!Array.isArray(top) || top.length === 0) {
        throw new InputError(`${where}: "top" must be a non-empty list of class indices, got ${describe(top)}`);
    }
    const seen = new Set();
    for (const index of top) {
        if (!Number.isInteger(index) || index < 0) {
            throw new InputError(`${where}: class index ${describe(index)} in "top" is not a non-negative integer`);
        }
        if (classCount !== undefined && index >= classCount) {
            throw new InputError(`${where}: class index ${index} in "top" is out of range (${classCount} classes: 0–${classCount - 1})`);
        }
        if (seen.has(index))
            throw new InputError(`${where}: class index ${index} appears twice in "top"`);
        seen.add(index);
    }
    const scores = record.scores;
    if (scores === undefined || scores === null)
        return { id, top: top };
    if (!Array.isArray(scores) ||
        scores.length !== top.length ||
        !scores.every((s) => typeof s === 'number' && Number.isFinite(s))) {
        throw new InputError(`${where}: "scores" must be a list of ${top.length} numbers, one per entry of "top"`);
    }
    return { id, top: top, scores: scores };
}
/**
 * Reads a predictions file (JSON Lines, DESIGN §6), validating every line: malformed JSON, a missing id,
 * class indices that are not integers or (given `classCount`) out of range, and duplicate ids are input
 * errors naming `file:line`. Blank lines are skipped.
 */
async function readPredictions(path, classCount) {
    return (await readPredictionLines(path, classCount)).predictions;
}
/**
 * readPredictions, plus the line each id was read from: checks that need the evaluation set (unknown ids,
 * class indices beyond its classes) run later and still name `file:line`.
 */
async function readPredictionLines(path, classCount) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(`${path}: predictions file not found`);
        if (code === 'EISDIR')
            throw new InputError(`${path}: predictions file is a directory`);
        throw new InputError(`${path}: cannot read predictions file (${error.message})`);
    }
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    const predictions = [];
    const lineOf = new Map();
    lines.forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            return;
        const where = `${path}:${i + 1}`;
        const prediction = parseLine(line, where, classCount);
        const first = lineOf.get(prediction.id);
        if (first !== undefined)
            throw new InputError(`${where}: duplicate id ${JSON.stringify(prediction.id)} (first on line ${first})`);
        lineOf.set(prediction.id, i + 1);
        predictions.push(prediction);
    });
    return { predictions, lineOf };
}

/**
 * Baseline predictions cached on disk, so a baseline is evaluated once per baseline version rather than on
 * every push. The key covers everything that can change a prediction: the model's bytes, the preprocessing,
 * how many classes a line keeps, and the evaluation set (each image's id and size — hashing the pixels of
 * 50,000 images would cost more than it saves; a same-size replacement of an image under the same name is the
 * one change this misses, and a new manifest or file name changes the key).
 */
/** Bump when the predictions a model yields could change for the same inputs (preprocessing code, rounding). */
const CACHE_FORMAT = 1;
async function sha256OfFile(file) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** A fingerprint of the evaluation set: ids and file sizes in order. */
async function datasetFingerprint(images) {
    const hash = createHash('sha256');
    const sizes = await Promise.all(images.map(async (image) => (image.file === '' ? -1 : (await stat(image.file)).size)));
    images.forEach((image, i) => hash.update(`${image.id}\0${sizes[i]}\n`));
    return hash.digest('hex');
}
async function predictionCacheKey(parts) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify({
        format: CACHE_FORMAT,
        model: await sha256OfFile(parts.modelPath),
        // What the preprocessing does, not which file it came from (paths differ between checkouts).
        preprocess: preprocessKey(parts.preprocess),
        topK: parts.topK,
        dataset: parts.datasetFingerprint
    }));
    return hash.digest('hex').slice(0, 40);
}
/** Where an entry lives in the local cache folder. */
function cacheEntryPath(cacheDir, key) {
    return path.join(cacheDir, `predictions-${key}.jsonl`);
}
/** The cached predictions for this key, or null on a miss. */
async function readCachedPredictions(cacheDir, key, classCount) {
    const file = cacheEntryPath(cacheDir, key);
    try {
        await stat(file);
    }
    catch {
        return null;
    }
    return readPredictions(file, classCount);
}
/** Stores predictions atomically (write then rename), so a crashed run never leaves half an entry. */
async function writeCachedPredictions(cacheDir, key, predictions) {
    await mkdir(cacheDir, { recursive: true });
    const file = cacheEntryPath(cacheDir, key);
    const partial = `${file}.${process.pid}.partial`;
    await writePredictions(partial, predictions);
    await rename(partial, file);
    return file;
}

/**
 * GitHub's size limits (DESIGN §7) and the measuring tape. Sizes are measured in UTF-8 bytes: never less
 * than the characters or UTF-16 units GitHub might count, so a body that fits here fits there.
 */
/** Issue and pull-request comment bodies. */
const COMMENT_LIMIT$1 = 65_536;
/** Check-run `output.summary`. */
const CHECK_RUN_SUMMARY_LIMIT = 65_535;
/** A step's job summary (`GITHUB_STEP_SUMMARY`): 1 MiB. */
const JOB_SUMMARY_LIMIT = 1024 * 1024;
function sizeOf(text) {
    return Buffer.byteLength(text, 'utf8');
}
function fitsIn(text, limit) {
    return sizeOf(text) <= limit;
}
/**
 * The longest start of `text` that, followed by `suffix`, fits in `limit`; cut at a line break when one is
 * near, never inside a surrogate pair or an HTML entity. The last resort when shortening by layout was not
 * enough.
 */
function truncateToLimit(text, limit, suffix) {
    if (fitsIn(text, limit))
        return text;
    const budget = limit - sizeOf(suffix);
    if (budget <= 0)
        return '';
    // Binary search for the longest prefix within budget.
    let low = 0;
    let high = text.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (sizeOf(text.slice(0, mid)) <= budget)
            low = mid;
        else
            high = mid - 1;
    }
    let end = low;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    let head = text.slice(0, end);
    const lineBreak = head.lastIndexOf('\n');
    if (lineBreak >= head.length / 2)
        head = head.slice(0, lineBreak);
    else
        head = head.replace(/&[#A-Za-z0-9]*$/, '');
    return `${head}${suffix}`;
}

/**
 * Escaping for untrusted strings (class names, file names, reasons that quote them) that end up in
 * GitHub-flavoured markdown: paragraphs, table cells and `<details><summary>` (DESIGN §7).
 *
 * Two layers, because GitHub has two:
 * 1. cmark-gfm parses the markdown. Every metacharacter that could start markdown or HTML syntax becomes a
 *    numeric entity: cmark treats entities as literal text, and a GFM table splits cells only on a raw `|`.
 * 2. GitHub then post-processes the rendered text nodes (entities already decoded) for @mentions, `#123` /
 *    `GH-123` / `owner/repo#1` references, commit SHAs and bare URLs. A backslash or an entity does not stop
 *    those (`&#64;octocat` still pings: github/cmark-gfm#181), so a zero-width space goes right after the
 *    trigger character: the text reads the same, the patterns no longer match.
 */
/** U+200B as an entity: visible in the source, invisible on the page, breaks GitHub's post-filters. */
const ZERO_WIDTH_SPACE = '&#8203;';
/** The default cap on an escaped string, in code points of the input (names are at most this long). */
const DEFAULT_MAX_LENGTH = 1000;
/** Characters that start markdown or HTML syntax anywhere in a line, as entities. */
const ENTITIES = new Map([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['|', '&#124;'],
    ['\\', '&#92;'],
    ['`', '&#96;'],
    ['*', '&#42;'],
    ['_', '&#95;'],
    ['~', '&#126;'],
    ['[', '&#91;'],
    [']', '&#93;'],
    ['(', '&#40;'],
    [')', '&#41;'],
    ['!', '&#33;'],
    ['$', '&#36;'],
    ['^', '&#94;'],
    ['{', '&#123;'],
    ['}', '&#125;']
]);
/**
 * Each character replaced the same way wherever it is: the metacharacters, `@` (mentions) and `#` (issue
 * references) in their ASCII, fullwidth and small forms followed by a break, and zero-width spaces already
 * there (as the entity, so the source shows them).
 */
const REPLACEMENTS = new Map([
    ...ENTITIES,
    ...['@', '\uFF20', '\uFE6B', '#', '\uFF03', '\uFE5F'].map((sign) => [
        sign,
        `&#${sign.codePointAt(0)};${ZERO_WIDTH_SPACE}`
    ]),
    ['\u200B', ZERO_WIDTH_SPACE]
]);
/** Characters the loop below never changes (sticky: matched only where the loop is). */
const ORDINARY_RUN = /[^&<>"'|\\`*_~[\]()!$^{}@\uFF20\uFE6B#\uFF03\uFE5F\u200B:.-]+/y;
/** Line breaks and tabs read as a space; a newline would end a table row or paragraph. */
const BREAKING_WHITESPACE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/**
 * Control characters, bidirectional marks, overrides and isolates (which can reorder what a reviewer
 * reads), the byte order mark and lone surrogate halves (the `u` flag leaves proper pairs alone).
 */
const UNPRINTABLE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/gu;
/** A free-standing run of hex digits: GitHub links 7 to 40 of them to the commit they name. */
const HEX_RUN = /(?<![\p{L}\p{N}_])[0-9a-f]{7,}(?![\p{L}\p{N}_])/giu;
/** Characters that start a block (list, heading underline, indented code) at the beginning of a line. */
const LINE_START_ENTITIES = new Map([
    ['-', '&#45;'],
    ['+', '&#43;'],
    ['=', '&#61;'],
    [' ', '&#32;']
]);
/**
 * Escapes an untrusted string for GitHub markdown so it renders as the same plain text and nothing else: no
 * HTML, links, images, emphasis, table cell breaks, line breaks, mentions, issue or commit references,
 * autolinks, and nothing that could open or close an HTML comment (our hidden marker).
 */
function escapeMarkdownText(text, options = {}) {
    const printable = text.replace(BREAKING_WHITESPACE, ' ').replace(UNPRINTABLE, '\uFFFD');
    const capped = capLength(printable, options.maxLength ?? DEFAULT_MAX_LENGTH);
    // A break after every sixth hex digit leaves no run long enough to name a commit, wherever in a longer
    // run an attacker hid a commit's prefix.
    // (The look-arounds are slow; most strings have no seven hex digits in a row to look around.)
    const s = !/[0-9a-f]{7}/i.test(capped)
        ? capped
        : capped.replace(HEX_RUN, (run) => run.replace(/[0-9a-f]{6}(?=[0-9a-f])/gi, '$&\u200B'));
    const leadingDigits = /^[0-9]*/.exec(s)?.[0].length ?? 0;
    // One pass over UTF-16 units: everything special is in the BMP, surrogate pairs pass through untouched.
    let out = LINE_START_ENTITIES.get(s[0] ?? '') ?? '';
    let i = out === '' ? 0 : 1;
    while (i < s.length) {
        const char = s[i];
        const next = s[i + 1] ?? '';
        const replacement = REPLACEMENTS.get(char);
        if (replacement !== undefined)
            out += replacement;
        // `http://` needs `://` in one piece, an emoji shortcode `:name:` text right after the colon.
        else if (char === ':')
            out += next !== '' && next !== ' ' ? `:${ZERO_WIDTH_SPACE}` : char;
        // `GH-123`, and autolink prefixes a repository configures (`JIRA-123`).
        else if (char === '-')
            out += next >= '0' && next <= '9' ? `-${ZERO_WIDTH_SPACE}` : char;
        else if (char === '.')
            out += escapeDot(s, i, leadingDigits);
        else {
            // A run of ordinary characters, copied at once: most names are nothing else.
            ORDINARY_RUN.lastIndex = i;
            const run = ORDINARY_RUN.exec(s)?.[0] ?? char;
            out += run;
            i += run.length;
            continue;
        }
        i += 1;
    }
    return out;
}
function escapeDot(s, i, leadingDigits) {
    // `www.` autolinks on its own.
    if (i >= 3 && s.slice(i - 3, i).toLowerCase() === 'www')
        return `${ZERO_WIDTH_SPACE}.`;
    // `1. ` at the start of a line opens an ordered list (`1)` is covered by the entity for `)`).
    const next = s[i + 1] ?? '';
    if (i > 0 && i === leadingDigits && (next === '' || next === ' '))
        return '&#46;';
    return '.';
}
function capLength(text, maxLength) {
    // Code points never outnumber UTF-16 units, so most strings need no counting.
    if (text.length <= maxLength)
        return text;
    const chars = Array.from(text);
    if (chars.length <= maxLength)
        return text;
    return `${chars.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}
/**
 * A link destination we put in markdown ourselves (run and artifact URLs): only http(s), and with the
 * characters that could end the link or the table cell percent-encoded. Null when the URL is not usable.
 */
function safeLinkUrl(url) {
    if (url === undefined || url.length > 2000)
        return null;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    return parsed.href.replace(/[()<>|[\]`'" \\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Number formatting shared by report.md and the PR comment. Written by hand instead of `toLocaleString` so
 * the output does not depend on the ICU data a Node build ships with.
 */
/** U+2212, the typographic minus: `−12.0 pt` reads better than `-12.0 pt` and is never a list marker. */
const MINUS = '\u2212';
/** Shown where a value does not exist (no images for that metric, class not tested). */
const MISSING = '—';
/** A fraction as a percentage with one decimal: `0.8243` → `82.4%`. */
function formatPercent(fraction) {
    if (fraction === null)
        return MISSING;
    return `${(fraction * 100).toFixed(1)}%`;
}
/** A signed change in percentage points: `−12.0`, `+3.5`, `0.0` (no sign when it rounds to zero). */
function formatSignedPoints(fraction) {
    const text = Math.abs(fraction * 100).toFixed(1);
    if (Number(text) === 0)
        return '0.0';
    return `${fraction < 0 ? MINUS : '+'}${text}`;
}
/** A change with its unit: `−12.0 pt`. */
function formatDelta(fraction) {
    return `${formatSignedPoints(fraction)} pt`;
}
/** A 95% interval in points: `[−18.0, −6.0]`. */
function formatInterval(interval) {
    return `[${formatSignedPoints(interval[0])}, ${formatSignedPoints(interval[1])}]`;
}
/** A change with its interval: `−12.0 pt [−18.0, −6.0]`. */
function formatDeltaWithInterval(fraction, interval) {
    return `${formatDelta(fraction)} ${formatInterval(interval)}`;
}
/** A p- or q-value with two significant digits, `<0.0001` below that, `—` when not tested. */
function formatProbability(p) {
    if (p === null)
        return MISSING;
    if (p < 0.0001)
        return '<0.0001';
    if (p >= 0.1)
        return p.toFixed(2);
    return p.toPrecision(2);
}
/** A count with thousands separators: `50000` → `50,000`. */
function formatCount(n) {
    const [whole, fraction] = String(n).split('.');
    const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
/** A plain number with up to `digits` decimals and no trailing zeros: `0.3` → `0.3`, `4` → `4`. */
function formatNumber(n, digits = 2) {
    return String(Number(n.toFixed(digits)));
}
/** `1 class`, `3 classes`. */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
/** A number of percentage points in prose: `1 point`, `2.5 points`. */
function formatPointsText(points, digits = 2) {
    const text = formatNumber(points, digits);
    return `${text} ${text === '1' ? 'point' : 'points'}`;
}

// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {};
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = [];
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = [];
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = [];
  /** @type {Array<number>} */
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = [];
    /** @type {Array<number>} */
    const sizes = [];
    let columnIndex = -1;

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex]);

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes[columnIndex] = size;

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size;
        }
      }

      row.push(cell);
    }

    cellMatrix[rowIndex] = row;
    sizeMatrix[rowIndex] = sizes;
  }

  // Figure out which alignments to use.
  let columnIndex = -1;

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }

  // Inject the alignment row.
  columnIndex = -1;
  /** @type {Array<string>} */
  const row = [];
  /** @type {Array<number>} */
  const sizes = [];

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = '';
    let after = '';

    if (code === 99 /* `c` */) {
      before = ':';
      after = ':';
    } else if (code === 108 /* `l` */) {
      before = ':';
    } else if (code === 114 /* `r` */) {
      after = ':';
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          );

    const cell = before + '-'.repeat(size) + after;

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }

      sizes[columnIndex] = size;
    }

    row[columnIndex] = cell;
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);

  rowIndex = -1;
  /** @type {Array<string>} */
  const lines = [];

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex];
    const sizes = sizeMatrix[rowIndex];
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow;
    columnIndex = -1;
    /** @type {Array<string>} */
    const line = [];

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || '';
      let before = '';
      let after = '';

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0);
        const code = alignments[columnIndex];

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size);
        } else if (code === 99 /* `c` */) {
          const half = size / 2;

          if (size % 2) {
            before = ' '.repeat(half + 0.5);
            after = ' '.repeat(half - 0.5);
          } else {
            before = ' '.repeat(half);
            after = before;
          }
        } else {
          after = ' '.repeat(size);
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|');
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ');
      }

      if (settings.alignDelimiters !== false) {
        line.push(before);
      }

      line.push(cell);

      if (settings.alignDelimiters !== false) {
        line.push(after);
      }

      if (settings.padding !== false) {
        line.push(' ');
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|');
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    );
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0;

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

/**
 * The pieces report.md and the PR comment are made of. Every string that came from the user (class names,
 * reasons that quote them, paths, the calibration method) goes through `escapeMarkdownText`; everything else
 * is our own fixed text and numbers.
 */
/** The gating metric's accuracy of one model on one class. */
function gatingAccuracy(score, metric) {
    return metric === 'multi-label' ? score.multiLabelAccuracy : score.accuracy;
}
function metricLabel(metric) {
    return metric === 'multi-label' ? 'multi-label accuracy' : 'original-label accuracy';
}
// ---------------------------------------------------------------------------------------------- selections
const byIndex = (a, b) => a.index - b.index;
/** Hurt classes, largest drop first (ties by index). */
function hurtClasses(report) {
    return report.classes
        .filter((c) => c.status === 'hurt')
        .sort((a, b) => a.delta - b.delta || byIndex(a, b));
}
function suspectedClasses(report) {
    return report.classes
        .filter((c) => c.status === 'suspected')
        .sort((a, b) => a.delta - b.delta || byIndex(a, b));
}
/** Helped classes, largest gain first. */
function helpedClasses(report) {
    return report.classes
        .filter((c) => c.status === 'helped')
        .sort((a, b) => b.delta - a.delta || byIndex(a, b));
}
/** Classes whose original-label drop vanishes under multi-label scoring, largest original drop first. */
function explainedClasses(report) {
    const originalChange = (c) => (c.candidate.accuracy ?? 0) - (c.baseline.accuracy ?? 0);
    return report.classes
        .filter((c) => c.explainedByMultiLabels === true)
        .sort((a, b) => originalChange(a) - originalChange(b) || byIndex(a, b));
}
// ---------------------------------------------------------------------------------------------- headline
/** `## ❌ classdiff: fail — 3 classes hurt`. */
function verdictHeading(report, title, level = '##') {
    const name = title === undefined || title === ''
        ? 'classdiff'
        : escapeMarkdownText(title, { maxLength: 100 });
    const { hurt, suspected } = report.summary;
    if (report.verdict === 'fail') {
        const what = hurt > 0 ? ` — ${plural(hurt, 'class', 'classes')} hurt` : '';
        return `${level} ❌ ${name}: fail${what}`;
    }
    const what = hurt > 0 ? `${plural(hurt, 'class', 'classes')} hurt` : 'no class hurt';
    const doubt = suspected > 0 ? `, ${formatCount(suspected)} suspected` : '';
    return `${level} ✅ ${name}: pass — ${what}${doubt}`;
}
/** Why the gate failed, as a list; at most `max` reasons of at most `maxLength` characters. */
function reasonsList(report, max, maxLength) {
    const shown = report.reasons.slice(0, max).map((r) => `- ${escapeMarkdownText(r, { maxLength })}`);
    const rest = report.reasons.length - shown.length;
    if (rest > 0)
        shown.push(`- …and ${plural(rest, 'more reason')}`);
    return shown;
}
function probabilityText(name, p) {
    const text = formatProbability(p);
    return text.startsWith('<') ? `${name} < ${text.slice(1)}` : `${name} = ${text}`;
}
/**
 * Average accuracy both ways, the overall change, and the class counts: one paragraph, a line each (a
 * backslash before the newline is a hard break), so it never merges with a neighbouring list.
 */
function headlineParagraph(report) {
    const { summary } = report;
    const { baseline, candidate } = summary;
    const accuracy = [
        `original labels ${formatPercent(baseline.accuracy)} → ${formatPercent(candidate.accuracy)}`
    ];
    if (baseline.multiLabelAccuracy !== null || candidate.multiLabelAccuracy !== null) {
        accuracy.push(`multi-label ${formatPercent(baseline.multiLabelAccuracy)} → ${formatPercent(candidate.multiLabelAccuracy)}`);
    }
    return [
        `**Average accuracy**, baseline → candidate: ${accuracy.join(' · ')}`,
        `**Overall change** in ${metricLabel(report.metric)}: ${formatDeltaWithInterval(summary.delta, summary.ci95)}, ` +
            `${probabilityText('p', summary.pValue)} (paired McNemar, two-sided)`,
        `**Classes**: ${formatCount(summary.hurt)} hurt · ${formatCount(summary.suspected)} suspected · ` +
            `${formatCount(summary.helped)} helped, of ${plural(summary.classes, 'class', 'classes')} ` +
            `and ${plural(summary.images, 'image')}`
    ].join('\\\n');
}
function classCell(result, style) {
    return `${escapeMarkdownText(result.name, { maxLength: style.nameLength })} (${result.index})`;
}
function accuracyChange(before, after) {
    return `${formatPercent(before)} → ${formatPercent(after)}`;
}
function signedCount(n) {
    if (n === 0)
        return '0';
    return `${n < 0 ? MINUS : '+'}${formatCount(Math.abs(n))}`;
}
/** The class that took most of the lost images: `notebook (681) ×23`, with its false-positive growth in full. */
function partnerCell(result, style, withFalsePositives) {
    const top = result.absorbedBy[0];
    if (top === undefined)
        return MISSING;
    const base = `${classCell(top, style)} ×${formatCount(top.count)}`;
    return withFalsePositives
        ? `${base}, false positives ${signedCount(top.falsePositiveGrowth)}`
        : base;
}
/** ρ and hierarchy distance of the top partner, and which evidence was missing. */
function evidenceCell(result) {
    const top = result.absorbedBy[0];
    const parts = [];
    if (top !== undefined) {
        parts.push(`ρ ${top.cooccurrence === null ? MISSING : top.cooccurrence.toFixed(2)}`);
        parts.push(`distance ${top.hierarchyDistance === null ? MISSING : formatNumber(top.hierarchyDistance)}`);
    }
    if (result.missingEvidence.length > 0) {
        const missing = result.missingEvidence.map((m) => escapeMarkdownText(m, { maxLength: 40 }));
        parts.push(`no ${missing.join(', ')}`);
    }
    return parts.length === 0 ? MISSING : parts.join(' · ');
}
function kindCell(result) {
    const kind = result.kind ??
        (result.status === 'hurt' || result.status === 'suspected' ? 'undetermined' : MISSING);
    return result.explainedByMultiLabels === true ? `${kind}, explained by multi-labels` : kind;
}
const table = (rows, align) => markdownTable(rows, { align: [...align], alignDelimiters: false });
/** Hurt or suspected classes, every column (report.md). */
function dropTableFull(rows, metric, style) {
    return table([
        [
            'Class',
            'Baseline → candidate',
            'Δ (95% CI)',
            'Lost / gained',
            'q',
            'Kind',
            'Absorbed by',
            'Evidence'
        ],
        ...rows.map((c) => [
            classCell(c, style),
            accuracyChange(gatingAccuracy(c.baseline, metric), gatingAccuracy(c.candidate, metric)),
            formatDeltaWithInterval(c.delta, c.ci95),
            `${formatCount(c.lost)} / ${formatCount(c.gained)}`,
            formatProbability(c.qValue),
            kindCell(c),
            partnerCell(c, style, true),
            evidenceCell(c)
        ])
    ], ['l', 'c', 'r', 'r', 'r', 'l', 'l', 'l']);
}
/** Hurt or suspected classes, the columns a reviewer needs (PR comment). */
function dropTableCompact(rows, metric, style) {
    return table([
        ['Class', 'Baseline → candidate', 'Δ (95% CI)', 'q', 'Absorbed by', 'Kind (evidence)'],
        ...rows.map((c) => [
            classCell(c, style),
            accuracyChange(gatingAccuracy(c.baseline, metric), gatingAccuracy(c.candidate, metric)),
            formatDeltaWithInterval(c.delta, c.ci95),
            formatProbability(c.qValue),
            partnerCell(c, style, false),
            `${kindCell(c)} (${evidenceCell(c)})`
        ])
    ], ['l', 'c', 'r', 'r', 'l', 'l']);
}
function accuracyWithChange(before, after) {
    const change = before === null || after === null ? '' : ` (${formatSignedPoints(after - before)} pt)`;
    return `${accuracyChange(before, after)}${change}`;
}
/** Classes whose original-label drop vanishes under multi-label scoring. */
function explainedTable(rows, style) {
    return table([
        ['Class', 'Original labels', 'Multi-label', 'Absorbed by', 'Evidence'],
        ...rows.map((c) => [
            classCell(c, style),
            accuracyWithChange(c.baseline.accuracy, c.candidate.accuracy),
            accuracyWithChange(c.baseline.multiLabelAccuracy, c.candidate.multiLabelAccuracy),
            partnerCell(c, style, false),
            evidenceCell(c)
        ])
    ], ['l', 'c', 'c', 'l', 'l']);
}
/** Helped classes; q here is the mirror test's (a gain), when the analysis ran it. */
function helpedTable(rows, metric, style) {
    return table([
        ['Class', 'Baseline → candidate', 'Δ (95% CI)', 'Lost / gained', 'q (gain)'],
        ...rows.map((c) => [
            classCell(c, style),
            accuracyChange(gatingAccuracy(c.baseline, metric), gatingAccuracy(c.candidate, metric)),
            formatDeltaWithInterval(c.delta, c.ci95),
            `${formatCount(c.lost)} / ${formatCount(c.gained)}`,
            formatProbability(c.gainQValue ?? null)
        ])
    ], ['l', 'c', 'r', 'r', 'r']);
}
// ---------------------------------------------------------------------------------------------- notes
/** Smallest k with ½^k ≤ level: the fewest discordant images, all one way, that can reach p ≤ level. */
function minimumDiscordant(level) {
    if (!(level > 0))
        return null;
    let k = 1;
    while (0.5 ** k > level && k < 1100)
        k++;
    return k;
}
function median(sorted) {
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * What the data can and cannot detect, from the report's own supports (DESIGN §4). The analysis' own figure
 * for a lone class after the correction is used when present, as it accounts for seed-noise calibration.
 */
function powerNote(report) {
    const { metric, policy } = report;
    const tested = report.classes.filter((c) => c.pValue !== null);
    if (tested.length === 0) {
        return `**Statistical power.** No class had images scored on ${metricLabel(metric)}, so no class was tested.`;
    }
    const supports = tested
        .map((c) => (metric === 'multi-label' ? c.multiLabelSupport : c.support))
        .sort((a, b) => a - b);
    const typical = median(supports);
    const points = (images) => typical > 0 ? formatPointsText((images / typical) * 100, 1) : MISSING;
    const sentences = [
        `**Statistical power.** ${plural(tested.length, 'class was', 'classes were')} tested on ` +
            `${metricLabel(metric)}, with a median of ${plural(typical, 'image')} each (fewest ` +
            `${formatCount(supports[0])}, most ${formatCount(supports[supports.length - 1])}), so one image moves ` +
            `a median class by ${points(1)}.`
    ];
    const alpha = formatNumber(policy.alpha, 4);
    const lone = minimumDiscordant(policy.alpha);
    const corrected = report.power?.minimumLostForSignificance ?? minimumDiscordant(policy.alpha / tested.length);
    if (lone !== null) {
        let text = `The one-sided McNemar test cannot reach p ≤ ${alpha} with fewer than ${plural(lone, 'lost image')} ` +
            `and no gains (${points(lone)} of a median class)`;
        if (tested.length > 1 && corrected !== null) {
            text +=
                `; after the Benjamini–Hochberg correction over ${formatCount(tested.length)} classes` +
                    `${report.calibration === null ? '' : ' and the seed-noise calibration'}, a class hurt on its own ` +
                    `needs at least ${formatCount(corrected)} (${points(corrected)})`;
        }
        sentences.push(`${text}.`);
    }
    sentences.push('Smaller drops are listed as suspected, not hurt: more images per class is the only way to see them.');
    return sentences.join(' ');
}
function calibrationNote(report) {
    const { calibration } = report;
    if (calibration === null) {
        return ('**Seed noise.** Not calibrated: pass several baseline checkpoints trained with different seeds to measure ' +
            'how far classes move by chance alone.');
    }
    return (`**Seed noise.** Calibrated on ${plural(calibration.replicates, 'extra baseline checkpoint')} ` +
        `(${escapeMarkdownText(calibration.method, { maxLength: 200 })}): over-dispersion factor ` +
        `${formatNumber(calibration.dispersion, 2)}, applied to the per-class tests so that seed-to-seed variation ` +
        'is not reported as harm.');
}
function policyList(report) {
    const { policy } = report;
    const { kinds } = policy;
    const alpha = formatNumber(policy.alpha, 4);
    const share = (fraction) => `${formatNumber(fraction * 100, 1)}%`;
    return [
        `- Gating metric: ${metricLabel(report.metric)} (setting: ${policy.metric}).`,
        `- A class is **hurt** when it drops by at least ${formatPointsText(policy.maxClassDrop)} with ` +
            `q ≤ ${alpha} (one-sided McNemar, Benjamini–Hochberg across the tested classes); **suspected** when ` +
            'it drops that much without being significant (shown, not gating); **helped** is the mirror image.',
        `- The average fails the gate when it drops by more than ${formatPointsText(policy.maxMeanDrop)} and ` +
            `the drop is significant (p ≤ ${alpha}).`,
        `- Kinds: a partner that is also a valid label on at least ${share(kinds.cooccurrence)} of the ` +
            `class's images (ρ ≥ ${formatNumber(kinds.cooccurrence, 3)}) is a frequent co-label: **ambiguous** ` +
            `when the two are frequent co-labels both ways (ρ ≥ ${formatNumber(kinds.mutualCooccurrence, 3)} ` +
            `each way) or at most ${formatNumber(kinds.ambiguousDistance, 2)} apart in the hierarchy, ` +
            '**co-occurring** otherwise. A rarer partner at most ' +
            `${formatNumber(kinds.hierarchyDistance, 2)} apart in the hierarchy is **fine-grained**; anything ` +
            'else is **other**.'
    ];
}
function howToReadList() {
    return [
        '- **Baseline → candidate**: the class accuracy of each model on the gating metric. **Δ**: the paired ' +
            'change in points, (gained − lost) / images, with its 95% interval.',
        '- **Lost / gained**: images the baseline got right and the candidate got wrong, and the reverse. ' +
            '**q**: the one-sided McNemar p-value for a drop, adjusted for testing every class (Benjamini–Hochberg).',
        '- **Absorbed by**: the class the candidate now predicts for most of the lost images (×count), and how much ' +
            'its false positives grew over the whole set.',
        '- **Kind**: ambiguous (two names for one thing), co-occurring (usually pictured together), fine-grained ' +
            "(visually close) or other. **ρ** is the share of the class's images on which the partner is also a valid " +
            'label; **distance** counts the edges between the two in the class hierarchy.',
        '- **Explained by multi-labels**: the drop under original labels disappears when every valid label counts, ' +
            'so the images were not really misclassified.',
        '- **Suspected**: dropped beyond the margin, but the evidence is too thin to call it harm; rerun with more ' +
            'images to decide.'
    ];
}
/** What was compared, and by which version. */
function inputsLine(report) {
    const { inputs, tool } = report;
    const path = (p) => escapeMarkdownText(p, { maxLength: 200 });
    return (`Baseline: ${path(inputs.baseline)} · candidate: ${path(inputs.candidate)} · data: ${path(inputs.data)} · ` +
        `classdiff ${escapeMarkdownText(tool.version, { maxLength: 40 })}, report schema ${report.schemaVersion}.`);
}

const STAGES = [
    { hurtRows: 50, otherRows: 25, nameLength: 120, reasons: 5, reasonLength: 300, howToRead: true },
    { hurtRows: 25, otherRows: 10, nameLength: 80, reasons: 5, reasonLength: 200, howToRead: true },
    { hurtRows: 10, otherRows: 5, nameLength: 60, reasons: 3, reasonLength: 150, howToRead: true },
    { hurtRows: 5, otherRows: 0, nameLength: 40, reasons: 3, reasonLength: 120, howToRead: false },
    { hurtRows: 0, otherRows: 0, nameLength: 40, reasons: 1, reasonLength: 120, howToRead: false }
];
/**
 * The sticky PR comment (also a check run's summary): the hidden marker, the verdict and headline, the hurt
 * classes, suspected classes and drops explained by multi-labels collapsed, "how to read this" collapsed,
 * links. Degrades in stages until it fits `limit` (fewer rows with "and N more", then counts only with a
 * pointer to the full report); never throws on size.
 */
function renderComment(report, context, options) {
    assertMarker(options.marker);
    const head = options.marker === '' ? '' : `${options.marker}\n`;
    const room = options.limit - sizeOf(head);
    let body = '';
    for (const layout of STAGES) {
        body = renderBody(report, context, layout);
        if (fitsIn(body, room))
            return head + body;
    }
    return head + truncateToLimit(body, Math.max(0, room), '\n');
}
function renderBody(report, context, layout) {
    const style = { nameLength: layout.nameLength };
    const { metric } = report;
    const elsewhere = whereTheFullListIs(context);
    const blocks = [verdictHeading(report, context.title, '###')];
    if (report.reasons.length > 0)
        blocks.push(reasonsList(report, layout.reasons, layout.reasonLength).join('\n'));
    blocks.push(headlineParagraph(report));
    const hurt = hurtClasses(report);
    if (hurt.length > 0) {
        blocks.push(`#### Hurt classes (${formatCount(hurt.length)})`);
        const shown = hurt.slice(0, layout.hurtRows);
        if (shown.length > 0)
            blocks.push(dropTableCompact(shown, metric, style));
        if (shown.length < hurt.length) {
            const rest = hurt.length - shown.length;
            blocks.push(shown.length === 0
                ? `The list of ${plural(hurt.length, 'hurt class', 'hurt classes')} is too long for a comment: it is in ${elsewhere}.`
                : `…and ${plural(rest, 'more hurt class', 'more hurt classes')}: the full list is in ${elsewhere}.`);
        }
    }
    const suspected = suspectedClasses(report);
    const explained = explainedClasses(report);
    const collapsed = (summary, rows, tableOf) => {
        if (rows.length === 0)
            return;
        const shown = rows.slice(0, layout.otherRows);
        const parts = [`<details><summary>${summary}</summary>`, tableOf(shown)];
        if (shown.length < rows.length) {
            const rest = plural(rows.length - shown.length, 'more class', 'more classes');
            parts.push(`…and ${rest}: the full list is in ${elsewhere}.`);
        }
        parts.push('</details>');
        blocks.push(parts.join('\n\n'));
    };
    if (layout.otherRows > 0) {
        collapsed(`Suspected classes (${formatCount(suspected.length)}): dropped beyond the margin, not significantly`, suspected, (shown) => dropTableCompact(shown, metric, style));
        collapsed(`Drops explained by multi-labels (${formatCount(explained.length)})`, explained, (shown) => explainedTable(shown, style));
    }
    else {
        const untold = [
            suspected.length > 0 ? plural(suspected.length, 'suspected class', 'suspected classes') : '',
            explained.length > 0
                ? `${plural(explained.length, 'drop', 'drops')} explained by multi-labels`
                : ''
        ].filter((part) => part !== '');
        if (untold.length > 0)
            blocks.push(`The ${untold.join(' and ')} are listed in ${elsewhere}.`);
    }
    if (layout.howToRead) {
        blocks.push(`<details><summary>How to read this</summary>\n\n${howToReadList().join('\n')}\n\n</details>`);
    }
    blocks.push(linksLine(report, context));
    return `${blocks.join('\n\n')}\n`;
}
/** Where a reader finds what the comment leaves out: the job summary and the report artifact. */
function whereTheFullListIs(context) {
    const summary = safeLinkUrl(context.summaryUrl);
    const run = safeLinkUrl(context.runUrl);
    const report = safeLinkUrl(context.reportUrl);
    const inSummary = summary !== null
        ? `[the job summary](${summary})`
        : run !== null
            ? `the job summary of [this run](${run})`
            : 'the job summary of this run';
    const inReport = report !== null ? `[the full report](${report})` : 'report.md in the report artifact';
    return `${inSummary} and ${inReport}`;
}
function linksLine(report, context) {
    const links = [];
    const run = safeLinkUrl(context.runUrl);
    const summary = safeLinkUrl(context.summaryUrl);
    const full = safeLinkUrl(context.reportUrl);
    if (run !== null)
        links.push(`[Workflow run](${run})`);
    if (summary !== null)
        links.push(`[Job summary](${summary})`);
    if (full !== null)
        links.push(`[Full report](${full})`);
    links.push(`classdiff ${escapeMarkdownText(report.tool.version, { maxLength: 40 })}`);
    return `<sub>${links.join(' · ')}</sub>`;
}
/**
 * The marker must be one well-formed HTML comment on one line that nothing inside can close early, or the
 * sticky comment could not be found again (and a marker that leaks would show as text).
 */
function isValidMarker(marker) {
    if (marker === '')
        return true;
    if (!marker.startsWith('<!--') || !marker.endsWith('-->') || marker.length > 200)
        return false;
    const inner = marker.slice(4, -3);
    return !/--|[<>\n\r]|^-|-$/.test(inner);
}
function assertMarker(marker) {
    if (!isValidMarker(marker)) {
        throw new Error(`renderComment: marker ${JSON.stringify(marker.slice(0, 60))} is not a one-line HTML comment`);
    }
}

/** Key order of a class entry in report.json; also the fields the untrusted-report validator accepts. */
const CLASS_KEYS = [
    'index',
    'name',
    'status',
    'support',
    'multiLabelSupport',
    'baseline',
    'candidate',
    'delta',
    'ci95',
    'lost',
    'gained',
    'pValue',
    'qValue',
    'gainPValue',
    'gainQValue',
    'kind',
    'explainedByMultiLabels',
    'absorbedBy',
    'missingEvidence'
];
/** Class fields a report may lack (older writers did not have them). */
const OPTIONAL_CLASS_KEYS = ['gainPValue', 'gainQValue'];

/**
 * Significant digits kept for non-integer numbers in report.json. Enough for any figure a reader uses (an
 * accuracy over a million images, p-values), few enough that floating-point noise from summation order never
 * reaches the file, so the same inputs give byte-identical reports on every platform and thread count.
 */
const SIGNIFICANT_DIGITS = 10;
/** Builds `report.json` from the comparison. Classes in index order. */
function buildReport(comparison, inputs, version) {
    const classes = [...comparison.classes].sort((a, b) => a.index - b.index);
    const count = (status) => classes.filter((c) => c.status === status).length;
    const { overall } = comparison;
    return normalizeReport({
        schemaVersion: 1,
        tool: { name: 'classdiff', version },
        verdict: comparison.verdict,
        metric: comparison.metric,
        reasons: comparison.reasons,
        summary: {
            images: overall.images,
            classes: classes.length,
            hurt: count('hurt'),
            suspected: count('suspected'),
            helped: count('helped'),
            baseline: overall.baseline,
            candidate: overall.candidate,
            delta: overall.delta,
            ci95: overall.ci95,
            pValue: overall.pValue
        },
        policy: comparison.policy,
        calibration: comparison.calibration,
        ...(comparison.power === undefined ? {} : { power: comparison.power }),
        ...(comparison.evidence === undefined ? {} : { evidence: comparison.evidence }),
        inputs,
        classes
    });
}
/**
 * report.json as text: keys in a fixed order, numbers rounded to {@link SIGNIFICANT_DIGITS}, one line per
 * class (diffable, and a third the size of fully indented JSON), trailing newline.
 */
function serializeReport(report) {
    const normal = normalizeReport(report);
    const lines = Object.entries(normal).map(([key, value]) => {
        const name = JSON.stringify(key);
        if (key === 'classes' && Array.isArray(value) && value.length > 0) {
            const rows = value.map((row) => `    ${compact(row, 'classes[]')}`);
            return `  ${name}: [\n${rows.join(',\n')}\n  ]`;
        }
        return `  ${name}: ${compact(value, key)}`;
    });
    return `{\n${lines.join(',\n')}\n}\n`;
}
function compact(value, where) {
    return JSON.stringify(value, (key, v) => {
        if (typeof v !== 'number')
            return v;
        if (!Number.isFinite(v))
            throw new Error(`report.json: ${where}.${key} is ${v}, not a finite number`);
        return roundSignificant(v);
    });
}
/** Integers stay exact; other numbers keep {@link SIGNIFICANT_DIGITS}; −0 becomes 0. */
function roundSignificant(n) {
    if (Number.isInteger(n))
        return n === 0 ? 0 : n;
    const rounded = Number(n.toPrecision(SIGNIFICANT_DIGITS));
    return rounded === 0 ? 0 : rounded;
}
/**
 * A copy with every object's keys in the documented order; fields a later stage adds (not known here) follow
 * in alphabetical order, so the order never depends on how an object happened to be built.
 */
function normalizeReport(report) {
    return ordered(report, [
        'schemaVersion',
        'tool',
        'verdict',
        'metric',
        'reasons',
        'summary',
        'policy',
        'calibration',
        'power',
        'evidence',
        'inputs',
        'classes'
    ], {
        tool: (tool) => ordered(tool, ['name', 'version']),
        summary: (summary) => ordered(summary, [
            'images',
            'classes',
            'hurt',
            'suspected',
            'helped',
            'baseline',
            'candidate',
            'delta',
            'ci95',
            'pValue'
        ], {
            baseline: (score) => ordered(score, ['accuracy', 'multiLabelAccuracy']),
            candidate: (score) => ordered(score, ['accuracy', 'multiLabelAccuracy'])
        }),
        policy: (policy) => ordered(policy, ['maxClassDrop', 'maxMeanDrop', 'alpha', 'metric', 'kinds'], {
            kinds: (kinds) => ordered(kinds, [
                'cooccurrence',
                'hierarchyDistance',
                'mutualCooccurrence',
                'ambiguousDistance'
            ])
        }),
        calibration: (calibration) => calibration === null
            ? null
            : ordered(calibration, [
                'replicates',
                'dispersion',
                'method',
                'estimate',
                'cells'
            ]),
        power: (power) => power === undefined
            ? undefined
            : ordered(power, [
                'medianClassImages',
                'classesTested',
                'minimumLostForSignificance'
            ]),
        evidence: (evidence) => evidence === undefined
            ? undefined
            : ordered(evidence, ['multiLabels', 'hierarchy']),
        inputs: (inputs) => ordered(inputs, ['baseline', 'candidate', 'data']),
        classes: (classes) => classes.map(normalizeClass)
    });
}
function normalizeClass(result) {
    return ordered(result, CLASS_KEYS, {
        baseline: normalizeScore,
        candidate: normalizeScore,
        absorbedBy: (absorbers) => absorbers.map(normalizeAbsorber)
    });
}
function normalizeScore(score) {
    return ordered(score, ['accuracy', 'multiLabelAccuracy', 'correct', 'multiLabelCorrect']);
}
function normalizeAbsorber(absorber) {
    return ordered(absorber, [
        'index',
        'name',
        'count',
        'falsePositiveGrowth',
        'cooccurrence',
        'hierarchyDistance'
    ]);
}
function ordered(value, keys, transforms = {}) {
    const known = new Set(keys);
    const extra = Object.keys(value)
        .filter((key) => !known.has(key))
        .sort();
    const out = {};
    for (const key of [...keys, ...extra]) {
        if (!Object.hasOwn(value, key))
            continue;
        const field = value[key];
        const transform = transforms[key];
        out[key] = transform === undefined ? field : transform(field);
    }
    return out;
}

const FULL = {
    rows: Number.POSITIVE_INFINITY,
    nameLength: 200,
    reasons: Number.POSITIVE_INFINITY
};
/** Where a shortened job summary sends the reader for the rest. */
const ELSEWHERE = 'report.md and report.json in the report artifact of this run';
/** The full `report.md`, also written as the job summary when it fits (see {@link renderJobSummary}). */
function renderMarkdownReport(report) {
    return render(report, FULL);
}
/**
 * The job summary: the full report when it fits GitHub's 1 MiB, else the same report with fewer rows per
 * table and a pointer to the artifact. Never throws on size.
 */
function renderJobSummary(report, limit = JOB_SUMMARY_LIMIT) {
    const layouts = [
        FULL,
        { rows: 1000, nameLength: 200, reasons: 100 },
        { rows: 200, nameLength: 120, reasons: 20 },
        { rows: 50, nameLength: 80, reasons: 10 },
        { rows: 0, nameLength: 80, reasons: 5 }
    ];
    for (const layout of layouts) {
        const text = render(report, layout);
        if (fitsIn(text, limit))
            return text;
    }
    return truncateToLimit(render(report, layouts[layouts.length - 1]), limit, `\n\n…cut to fit; see ${ELSEWHERE}.\n`);
}
function render(report, layout) {
    const style = { nameLength: layout.nameLength };
    const { metric } = report;
    const blocks = [verdictHeading(report, undefined, '#')];
    if (report.reasons.length > 0)
        blocks.push(reasonsList(report, layout.reasons, 1000).join('\n'));
    blocks.push(headlineParagraph(report));
    const section = (title, intro, rows, tableOf) => {
        blocks.push(`## ${title} (${formatCount(rows.length)})`);
        if (rows.length === 0) {
            blocks.push(intro.length > 0 ? `None. ${intro}` : 'None.');
            return;
        }
        if (intro.length > 0)
            blocks.push(intro);
        const shown = rows.slice(0, layout.rows);
        if (shown.length > 0)
            blocks.push(tableOf(shown));
        if (shown.length < rows.length) {
            blocks.push(`…and ${plural(rows.length - shown.length, 'more class', 'more classes')}: the full list is in ${ELSEWHERE}.`);
        }
    };
    section('Hurt classes', `Dropped by at least ${formatPointsText(report.policy.maxClassDrop)} in ${metricLabel(metric)}, significantly; these gate the merge.`, hurtClasses(report), (rows) => dropTableFull(rows, metric, style));
    section('Drops explained by multi-labels', 'Dropped under the original labels, but not once every valid label counts.', explainedClasses(report), (rows) => explainedTable(rows, style));
    section('Suspected classes', 'Dropped beyond the margin, but not significantly; shown, not gating.', suspectedClasses(report), (rows) => dropTableFull(rows, metric, style));
    section('Helped classes', '', helpedClasses(report), (rows) => helpedTable(rows, metric, style));
    blocks.push('## Statistical power and noise', powerNote(report), calibrationNote(report));
    blocks.push('## Policy', policyList(report).join('\n'));
    blocks.push('## How to read this', howToReadList().join('\n'));
    blocks.push('---', inputsLine(report));
    return `${blocks.join('\n\n')}\n`;
}

/**
 * Sharded evaluation: each job of a GitHub Actions matrix evaluates a slice (`--shard I/N`) and writes its
 * predictions with this manifest; `classdiff report` checks the manifests agree and cover every shard once,
 * then merges. Paths are stored as the shard job saw them, relative to its working directory, so a merge job
 * on another runner with the same checkout resolves them the same way.
 */
const SHARD_MANIFEST = 'shard.json';
function serializeShardManifest(manifest) {
    return JSON.stringify(manifest, null, 2) + '\n';
}
function fail(file, what) {
    throw new InputError(`${file}: ${what}`);
}
function isNullableString(value) {
    return value === null || typeof value === 'string';
}
/** Parses and checks one manifest; shard outputs travel as artifacts, so they are read defensively. */
function parseManifest(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        fail(file, 'not valid JSON');
    }
    const manifest = value;
    if (typeof value !== 'object' || value === null || manifest.schemaVersion !== 1) {
        fail(file, 'not a classdiff shard manifest (schemaVersion 1)');
    }
    const { shard, data, sources } = manifest;
    if (typeof shard !== 'object' ||
        !Number.isInteger(shard?.index) ||
        !Number.isInteger(shard?.count) ||
        shard.index < 1 ||
        shard.index > shard.count) {
        fail(file, '"shard" must be {index, count} with 1 ≤ index ≤ count');
    }
    if (!Number.isInteger(manifest.images) || !Number.isInteger(manifest.totalImages)) {
        fail(file, '"images" and "totalImages" must be whole numbers');
    }
    if (typeof data !== 'object' ||
        data === null ||
        ![data.data, data.classes, data.multiLabels, data.hierarchy].every(isNullableString) ||
        !(data.preset === null || data.preset === 'imagenet') ||
        typeof data.allowOutsideRoot !== 'boolean') {
        fail(file, '"data" is malformed');
    }
    if (!Array.isArray(sources) ||
        sources.length < 2 ||
        !sources.every((source) => typeof source?.role === 'string' &&
            /^[a-z0-9-]+$/.test(source.role) &&
            typeof source.label === 'string' &&
            typeof source.predictions === 'string' &&
            path.basename(source.predictions) === source.predictions)) {
        fail(file, '"sources" must list the baseline(s) and the candidate with their predictions files');
    }
    return manifest;
}
/** Finds shard folders: each given folder is a shard output or holds shard outputs one level down. */
async function shardFolders(dirs) {
    const found = [];
    for (const dir of dirs) {
        const info = await stat(dir).catch(() => null);
        if (!info?.isDirectory())
            throw new InputError(`${dir}: no such shard folder`);
        if (await stat(path.join(dir, SHARD_MANIFEST)).catch(() => null)) {
            found.push(dir);
            continue;
        }
        const children = (await readdir(dir, { withFileTypes: true }))
            .filter((entry) => entry.isDirectory())
            .map((entry) => path.join(dir, entry.name))
            .sort();
        const withManifest = [];
        for (const child of children) {
            if (await stat(path.join(child, SHARD_MANIFEST)).catch(() => null))
                withManifest.push(child);
        }
        if (withManifest.length === 0)
            throw new InputError(`${dir}: holds no ${SHARD_MANIFEST}`);
        found.push(...withManifest);
    }
    return found;
}
/** Reads the shard outputs, checks they belong together and cover shards 1..N exactly once. */
async function readShards(dirs) {
    const folders = await shardFolders(dirs);
    const shards = await Promise.all(folders.map(async (folder) => {
        const file = path.join(folder, SHARD_MANIFEST);
        return { folder, file, manifest: parseManifest(await readFile(file, 'utf8'), file) };
    }));
    const first = shards[0];
    if (!first)
        throw new InputError('no shards to merge');
    const count = first.manifest.shard.count;
    const reference = JSON.stringify({
        data: first.manifest.data,
        sources: first.manifest.sources,
        total: first.manifest.totalImages
    });
    const byIndex = new Map();
    for (const shard of shards) {
        const { manifest, file } = shard;
        if (manifest.shard.count !== count) {
            fail(file, `is shard ${manifest.shard.index}/${manifest.shard.count}, but ${first.file} counts ${count} shards`);
        }
        const same = JSON.stringify({
            data: manifest.data,
            sources: manifest.sources,
            total: manifest.totalImages
        });
        if (same !== reference)
            fail(file, `evaluated other data or models than ${first.file}`);
        const twin = byIndex.get(manifest.shard.index);
        if (twin)
            fail(file, `shard ${manifest.shard.index}/${count} appears twice (also ${twin.file})`);
        byIndex.set(manifest.shard.index, shard);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
    if (missing.length > 0)
        throw new InputError(`shard(s) ${missing.join(', ')} of ${count} are missing`);
    const ordered = Array.from({ length: count }, (_, i) => byIndex.get(i + 1));
    return {
        manifest: first.manifest,
        predictionFiles: first.manifest.sources.map((source) => ordered.map((shard) => path.join(shard.folder, source.predictions)))
    };
}

/** classdiff's version, written into every report (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';

/** How many classes each predictions line keeps (top-1 decides; the rest helps users debug). */
const TOP_K = 5;
/** The PR comment limit; the preview written beside the report obeys it too. */
const COMMENT_LIMIT = 65_536;
/** Names a source for messages and the report: the path as the user would recognise it. */
function displayPath(file) {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
function sourceLabel(source) {
    return source.kind === 'predictions' && source.label !== undefined
        ? source.label
        : displayPath(source.path);
}
/** Role names for files and messages: baseline, baseline-2 … (seed replicates), candidate. */
function roles(config) {
    return [
        ...config.baselines.map((_, i) => (i === 0 ? 'baseline' : `baseline-${i + 1}`)),
        'candidate'
    ];
}
/**
 * Aligns predictions to the evaluation set by id. Unknown ids, missing ids and class indices outside the set's
 * classes (anywhere in `top`, not only the best) are input errors; `lineOf` (from a predictions file) lets the
 * message name `file:line`.
 */
function alignTop1(predictions, evalSet, source, lineOf) {
    const where = (id) => {
        const line = lineOf?.get(id);
        return line === undefined ? source : `${source}:${line}`;
    };
    const classCount = evalSet.classNames.length;
    const ids = new Set(evalSet.images.map((image) => image.id));
    const byId = new Map();
    for (const prediction of predictions) {
        // A mistyped id is both unknown and missing; the unknown one has a line to point at, so it comes first.
        if (!ids.has(prediction.id)) {
            throw new InputError(`${where(prediction.id)}: prediction for unknown image ${JSON.stringify(prediction.id)} (not in ${displayPath(evalSet.source)})`);
        }
        const outside = prediction.top.find((index) => !(index >= 0 && index < classCount));
        if (outside !== undefined) {
            throw new InputError(`${where(prediction.id)}: prediction for ${JSON.stringify(prediction.id)} names class ${outside}, outside the ${classCount} classes of ${displayPath(evalSet.source)}`);
        }
        byId.set(prediction.id, prediction);
    }
    const top1 = new Int32Array(evalSet.images.length);
    evalSet.images.forEach((image, i) => {
        const prediction = byId.get(image.id);
        if (!prediction) {
            throw new InputError(`${source}: no prediction for image ${JSON.stringify(image.id)}`);
        }
        top1[i] = prediction.top[0];
    });
    return top1;
}
/** Reads the predictions files among the sources (by source index). */
async function readPredictionFiles(sources) {
    const byIndex = new Map();
    for (const [i, source] of sources.entries()) {
        if (source.kind === 'predictions')
            byIndex.set(i, await readPredictionLines(source.path));
    }
    return byIndex;
}
async function loadSet(config, log, presetIds) {
    const anyModel = [...config.baselines, config.candidate].some((source) => source.kind === 'onnx');
    const evalSet = await log.group('Loading the evaluation set', () => loadEvalSet({
        data: config.data,
        preset: config.preset,
        classes: config.classes,
        multiLabels: config.multiLabels,
        hierarchy: config.hierarchy,
        ids: presetIds,
        requireFiles: anyModel,
        allowOutsideRoot: config.allowOutsideRoot
    }));
    log.info(`${evalSet.images.length} images, ${evalSet.classNames.length} classes${evalSet.hasMultiLabels ? ', with multi-labels' : ''}`);
    return evalSet;
}
/**
 * Runs the ONNX sources on `images` (all models in one pass, so each image is decoded once per distinct
 * preprocessing), answering baselines from the cache when one is configured. Returns predictions by source index.
 */
async function runModels(config, sources, images, classCount, log, remoteCache) {
    const results = new Map();
    const pending = [];
    const fingerprint = config.cacheDir !== null && sources.some((source) => source.kind === 'onnx')
        ? await datasetFingerprint(images)
        : '';
    for (const [sourceIndex, source] of sources.entries()) {
        if (source.kind !== 'onnx')
            continue;
        const job = {
            label: sourceLabel(source),
            path: source.path,
            preprocess: await resolvePreprocess(source.path, source.preprocess)
        };
        // Only baselines are cached: the candidate changes with every push.
        const isBaseline = sourceIndex < sources.length - 1;
        let cacheKey = null;
        if (config.cacheDir !== null && isBaseline) {
            cacheKey = await predictionCacheKey({
                modelPath: source.path,
                preprocess: job.preprocess,
                topK: TOP_K,
                datasetFingerprint: fingerprint
            });
            if (remoteCache !== null) {
                await remoteCache.restore(cacheEntryPath(config.cacheDir, cacheKey), cacheKey);
            }
            const cached = await readCachedPredictions(config.cacheDir, cacheKey, classCount);
            if (cached !== null) {
                log.info(`${job.label}: predictions from the cache (key ${cacheKey.slice(0, 12)})`);
                results.set(sourceIndex, cached);
                continue;
            }
        }
        pending.push({ sourceIndex, job, cacheKey });
    }
    if (pending.length === 0)
        return results;
    const evaluated = await log.group(`Running ${pending.length} model(s) on ${images.length} images`, () => evaluateModels(images, pending.map((entry) => entry.job), {
        batchSize: config.batchSize,
        threads: config.threads,
        executionProvider: config.executionProvider,
        topK: TOP_K,
        classCount,
        timeout: config.timeout,
        onProgress: log.progress?.bind(log)
    }));
    for (const [i, entry] of pending.entries()) {
        const predictions = evaluated[i];
        results.set(entry.sourceIndex, predictions);
        if (entry.cacheKey !== null && config.cacheDir !== null) {
            const file = await writeCachedPredictions(config.cacheDir, entry.cacheKey, predictions);
            if (remoteCache !== null)
                await remoteCache.save(file, entry.cacheKey);
        }
    }
    return results;
}
async function runCompare(config, log, options = {}) {
    if (config.shard !== null)
        throw new InputError('--shard evaluates a slice: use runShard / classdiff compare --shard');
    const sources = [...config.baselines, config.candidate];
    const sourceRoles = roles(config);
    // Predictions files first: with a preset and no images, their ids define the evaluation set.
    const predictionFiles = sources.some((source) => source.kind === 'predictions')
        ? await log.group('Reading predictions files', () => readPredictionFiles(sources))
        : new Map();
    const predictions = new Map();
    for (const [i, file] of predictionFiles)
        predictions.set(i, file.predictions);
    const presetIds = config.preset !== null && config.data === null
        ? (predictions.get(sources.length - 1) ?? []).map((prediction) => prediction.id)
        : undefined;
    const evalSet = await loadSet(config, log, presetIds);
    const classCount = evalSet.classNames.length;
    const evaluated = await runModels(config, sources, evalSet.images, classCount, log, options.remoteCache ?? null);
    for (const [i, list] of evaluated) {
        predictions.set(i, list);
    }
    const top1 = sources.map((source, i) => alignTop1(predictions.get(i), evalSet, sourceLabel(source), 
    // Lines of a user's file; merged shards are read from a scratch file whose lines mean nothing to them.
    source.kind === 'predictions' && source.label === undefined
        ? predictionFiles.get(i)?.lineOf
        : undefined));
    const input = {
        classNames: evalSet.classNames,
        labels: Int32Array.from(evalSet.images, (image) => image.label),
        multiLabels: evalSet.images.map((image) => image.multiLabels),
        baseline: top1[0],
        candidate: top1[top1.length - 1],
        baselineReplicates: top1.slice(1, -1),
        hierarchy: evalSet.hierarchy
    };
    const comparison = compare(input, config.policy);
    const report = buildReport(comparison, {
        baseline: sourceLabel(sources[0]),
        candidate: sourceLabel(config.candidate),
        data: dataLabel(config)
    }, VERSION);
    await mkdir(config.outDir, { recursive: true });
    const file = (name) => path.join(config.outDir, name);
    const files = {
        reportJson: file('report.json'),
        reportMarkdown: file('report.md'),
        commentPreview: file('comment.md'),
        augmentationPlan: file('augmentation-plan.json'),
        predictions: sourceRoles.map((role) => file(`predictions-${role}.jsonl`))
    };
    await writeFile(files.reportJson, serializeReport(report));
    await writeFile(files.reportMarkdown, renderMarkdownReport(report));
    await writeFile(files.commentPreview, renderComment(report, {}, { marker: '<!-- classdiff:preview -->', limit: COMMENT_LIMIT }));
    await writeFile(files.augmentationPlan, JSON.stringify(buildAugmentationPlan(comparison), null, 2) + '\n');
    // Aligned to the evaluation set's order, so the files are the same however they were computed.
    for (const [i, target] of files.predictions.entries()) {
        await writePredictions(target, alignPredictions(predictions.get(i), evalSet));
    }
    return { report, comparison, files };
}
function alignPredictions(predictions, evalSet) {
    const byId = new Map(predictions.map((prediction) => [prediction.id, prediction]));
    return evalSet.images.map((image) => byId.get(image.id));
}
function dataLabel(config) {
    return config.data !== null ? displayPath(config.data) : `preset:${config.preset}`;
}
/**
 * Evaluates one deterministic slice of the set (image i belongs to shard i mod N) and writes its predictions
 * with a `shard.json` that `classdiff report` uses to merge the shards into one report.
 */
async function runShard(config, log, options = {}) {
    const shard = config.shard;
    if (shard === null)
        throw new InputError('runShard needs --shard I/N');
    const sources = [...config.baselines, config.candidate];
    const predictionSource = sources.find((source) => source.kind === 'predictions');
    if (predictionSource) {
        throw new InputError(`--shard evaluates models; ${sourceLabel(predictionSource)} is a predictions file`);
    }
    const evalSet = await loadSet(config, log, undefined);
    const images = evalSet.images.filter((_, i) => i % shard.count === shard.index - 1);
    const predictions = await runModels(config, sources, images, evalSet.classNames.length, log, options.remoteCache ?? null);
    await mkdir(config.outDir, { recursive: true });
    const sourceRoles = roles(config);
    const files = sourceRoles.map((role) => path.join(config.outDir, `predictions-${role}.jsonl`));
    for (const [i, target] of files.entries())
        await writePredictions(target, predictions.get(i));
    const manifest = path.join(config.outDir, SHARD_MANIFEST);
    await writeFile(manifest, serializeShardManifest({
        schemaVersion: 1,
        shard,
        images: images.length,
        totalImages: evalSet.images.length,
        data: {
            data: config.data === null ? null : displayPath(config.data),
            preset: config.preset,
            classes: config.classes === null ? null : displayPath(config.classes),
            multiLabels: config.multiLabels === null ? null : displayPath(config.multiLabels),
            hierarchy: config.hierarchy === null ? null : displayPath(config.hierarchy),
            allowOutsideRoot: config.allowOutsideRoot
        },
        sources: sources.map((source, i) => ({
            role: sourceRoles[i],
            label: sourceLabel(source),
            predictions: path.basename(files[i])
        }))
    }));
    return { shard, images: images.length, manifest, predictions: files };
}
/**
 * `classdiff report`: merges shard outputs into the report the unsharded run would have written (the same
 * bytes): predictions are concatenated per model, then the usual pipeline runs on them.
 */
async function runReport(options, log) {
    const { manifest, predictionFiles } = await readShards(options.shards);
    const scratch = await mkdtemp(path.join(tmpdir(), 'classdiff-merge-'));
    try {
        const sources = [];
        for (const [i, files] of predictionFiles.entries()) {
            const merged = [];
            for (const file of files)
                merged.push(...(await readPredictions(file)));
            const target = path.join(scratch, `source-${i}.jsonl`);
            await writePredictions(target, merged);
            sources.push({ kind: 'predictions', path: target, label: manifest.sources[i]?.label });
        }
        const resolve = (file) => file === null ? null : path.resolve(file);
        const config = {
            baselines: sources.slice(0, -1),
            candidate: sources[sources.length - 1],
            data: resolve(manifest.data.data),
            preset: manifest.data.preset,
            classes: resolve(manifest.data.classes),
            multiLabels: resolve(manifest.data.multiLabels),
            hierarchy: resolve(manifest.data.hierarchy),
            policy: options.policy,
            outDir: options.outDir,
            batchSize: 1,
            threads: 0,
            executionProvider: 'cpu',
            timeout: 0,
            cacheDir: null,
            shard: null,
            allowOutsideRoot: manifest.data.allowOutsideRoot
        };
        return await runCompare(config, log);
    }
    finally {
        await rm(scratch, { recursive: true, force: true });
    }
}

export { CLASS_KEYS as C, InputError as I, JOB_SUMMARY_LIMIT as J, OPTION_SPECS as O, VERSION as V, runCompare as a, runReport as b, parseReportOptions as c, describeError as d, OPTIONAL_CLASS_KEYS as e, commonjsGlobal as f, getDefaultExportFromCjs as g, renderComment as h, CHECK_RUN_SUMMARY_LIMIT as i, renderJobSummary as j, COMMENT_LIMIT$1 as k, sizeOf as l, safeLinkUrl as m, setFatalReporter as n, parseConfig as p, runShard as r, serializeReport as s };
