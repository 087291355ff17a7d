#!/usr/bin/python3
"""classdiff's bundled example: the paper in miniature, on rendered glyphs.

Renders a 27-class character dataset from the fonts of Debian's fonts-dejavu-core, fonts-liberation and
fonts-freefont-ttf packages, writes the test split with multi-labels and a class hierarchy, and trains three
small CNNs whose training differs only in its augmentation:

  baseline           weak RandomResizedCrop (scale 0.8-1: nearly the whole image, always)
  candidate          strong RandomResizedCrop (scale 0.08-1: zooms in, often cuts part of the glyph away)
  class-conditional  the candidate, trained on for a few epochs with crops that keep the whole glyph for the
                     classes listed in classdiff's augmentation-plan.json (`classIndices`) and the candidate's
                     strong crops for the others; beside it, in the work folder only, the control: the
                     candidate trained on as long with its own strong crops for every class

Stages (run in this order; see README.md):

  /usr/bin/python3 examples/glyphs/train.py --stage data
  /usr/bin/python3 examples/glyphs/train.py --stage baseline-candidate
  node dist/cli.js compare ... --out-dir classdiff-report/glyphs     # writes augmentation-plan.json
  /usr/bin/python3 examples/glyphs/train.py --stage class-conditional --plan classdiff-report/glyphs/augmentation-plan.json
  /usr/bin/python3 examples/glyphs/train.py --stage evaluate            # quick per-class check in Python

Everything is seeded; the same machine gives the same bytes, another machine the same accuracies within noise.
"""

from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import io
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
MODELS = os.path.join(HERE, "models")

# ---------------------------------------------------------------------------------------------------------------
# Classes and hierarchy

# Class names are the characters themselves (uppercase, lowercase h m n r s, digits): glyphs that come in look-alike
# pairs, by shape (O/0, S/s/5, B/8, G/6), by detail (E/F, C/G, O/Q, P/R) or as a part of another (n in m and h, r in
# n, V in W and Y), plus a few others. Uppercase I and lowercase l are left out on purpose: each is a bare vertical
# bar, which a crop makes out of every letter with a stem (see README.md, "What it took").
CLASSES = list("ABCDEFGHOPQRSTVWY") + list("hmnrs") + list("05689")
CHAR = {name: name for name in CLASSES}

# The hierarchy is a DAG with two views of the same glyphs (like WordNet, where a class can have two parents):
#   by script:     root -> letters | digits -> shape group -> class
#   by look-alike: root -> look-alikes -> family -> class, for glyphs of different scripts that share a shape
# Leaf ids are the class names. Two classes in one group or family are 2 edges apart.
GROUPS = {
    "letters": {
        "round-letters": ["C", "G", "O", "Q"],
        "bowl-letters": ["B", "D", "P", "R"],
        "bar-letters": ["E", "F", "H", "T"],
        "diagonal-letters": ["A", "V", "W", "Y"],
        "curved-letters": ["S", "s"],
        "arch-letters": ["h", "m", "n", "r"],
    },
    "digits": {
        "round-digits": ["0", "6", "8", "9"],
        "curved-digits": ["5"],
    },
    "look-alikes": {
        "ovals": ["O", "0"],
        "esses": ["S", "s", "5"],
        "double-bowls": ["B", "8"],
        "hooks": ["G", "6"],
    },
}

# ---------------------------------------------------------------------------------------------------------------
# Fonts

FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",  # fonts-dejavu-core (+ fonts-dejavu-extra, if installed, is not used)
    "/usr/share/fonts/truetype/liberation",  # fonts-liberation
    "/usr/share/fonts/truetype/freefont",  # fonts-freefont-ttf
]
# Exactly these files: a fixed list, so a machine with more fonts installed renders the same dataset.
FONT_FILES = [
    "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans.ttf",
    "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-BoldOblique.ttf", "DejaVuSansCondensed-Oblique.ttf",
    "DejaVuSansCondensed.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-BoldOblique.ttf",
    "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-BoldItalic.ttf",
    "DejaVuSerif-Italic.ttf", "DejaVuSerif.ttf", "DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSerifCondensed-BoldItalic.ttf", "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed.ttf",
    "FreeMono.ttf", "FreeMonoBold.ttf", "FreeMonoBoldOblique.ttf", "FreeMonoOblique.ttf", "FreeSans.ttf",
    "FreeSansBold.ttf", "FreeSansBoldOblique.ttf", "FreeSansOblique.ttf", "FreeSerif.ttf", "FreeSerifBold.ttf",
    "FreeSerifBoldItalic.ttf", "FreeSerifItalic.ttf", "LiberationMono-Bold.ttf", "LiberationMono-BoldItalic.ttf",
    "LiberationMono-Italic.ttf", "LiberationMono-Regular.ttf", "LiberationSans-Bold.ttf",
    "LiberationSans-BoldItalic.ttf", "LiberationSans-Italic.ttf", "LiberationSans-Regular.ttf",
    "LiberationSansNarrow-Bold.ttf", "LiberationSansNarrow-BoldItalic.ttf", "LiberationSansNarrow-Italic.ttf",
    "LiberationSansNarrow-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-BoldItalic.ttf",
    "LiberationSerif-Italic.ttf", "LiberationSerif-Regular.ttf",
]


def font_paths() -> list[str]:
    paths = []
    for name in FONT_FILES:
        found = [os.path.join(d, name) for d in FONT_DIRS if os.path.exists(os.path.join(d, name))]
        if not found:
            sys.exit(f"font {name} not found; apt-get install fonts-dejavu-core fonts-liberation fonts-freefont-ttf")
        paths.append(found[0])
    return paths


MASTER_SIZE = 96  # font size the master glyphs are rendered at


def master_glyph(path: str, ch: str) -> np.ndarray:
    """The glyph's ink, cropped to its bounding box, as floats 0-1 (1 = ink)."""
    font = ImageFont.truetype(path, MASTER_SIZE)
    im = Image.new("L", (MASTER_SIZE * 3, MASTER_SIZE * 3), 0)
    ImageDraw.Draw(im).text((MASTER_SIZE, MASTER_SIZE // 2), ch, font=font, fill=255)
    a = np.asarray(im)
    ys, xs = np.nonzero(a >= 64)
    return a[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1].astype(np.float32) / 255.0


# ---------------------------------------------------------------------------------------------------------------
# The multi-label rule

RULE_BOX = 48  # normalised glyph box for the rule
RULE_HAUSDORFF = 3.5  # px of RULE_BOX (7% of the glyph's longer side)


def normalised(master: np.ndarray) -> np.ndarray:
    """Binarised glyph scaled so its longer side is RULE_BOX, centred in a RULE_BOX square: how an image shows it
    (the dataset randomises the scale, so absolute size is no cue)."""
    h, w = master.shape
    s = RULE_BOX / max(h, w)
    g = Image.fromarray((master * 255).astype(np.uint8)).resize(
        (max(1, round(w * s)), max(1, round(h * s))), Image.BILINEAR)
    out = Image.new("L", (RULE_BOX, RULE_BOX), 0)
    out.paste(g, ((RULE_BOX - g.width) // 2, (RULE_BOX - g.height) // 2))
    return np.asarray(out) > 127


def coinciding_classes(masters: dict[str, np.ndarray]) -> dict[str, list[str]]:
    """For one font: class -> the classes (itself included) whose normalised glyph lies within RULE_HAUSDORFF of its
    own (symmetric Hausdorff distance between the ink pixels). Every ink pixel of each glyph is then within 3.5 px
    (of 48) of ink of the other: nothing one has, the other lacks, so both names are valid for the image.
    Computed exactly as: each glyph lies inside the other's dilation by a disk of radius RULE_HAUSDORFF."""
    norm = torch.tensor(np.stack([normalised(masters[c]) for c in CLASSES]), dtype=torch.float32).unsqueeze(1)
    r = int(math.floor(RULE_HAUSDORFF))
    off = torch.arange(-r, r + 1, dtype=torch.float32)
    disk = ((off[:, None] ** 2 + off[None, :] ** 2) <= RULE_HAUSDORFF ** 2).float()[None, None]
    dilated = F.conv2d(norm, disk, padding=r) > 0
    ink = norm > 0
    # inside[i, j]: glyph i lies inside the dilation of glyph j
    inside = ~(ink.flatten(1)[:, None, :] & ~dilated.flatten(1)[None, :, :]).any(2)
    close = inside & inside.T
    return {a: [b for j, b in enumerate(CLASSES) if close[i, j]] for i, a in enumerate(CLASSES)}


# ---------------------------------------------------------------------------------------------------------------
# Rendering

CANVAS = 64  # render size; models see 32x32
SIZE = 32
BLUR = 1.6  # Gaussian blur radius drawn from 0-BLUR (canvas px)
NOISE = 0.1  # pixel noise sigma drawn from 0-NOISE (0-1 scale)
LEVELS = 16  # grey levels of the final images


def compose(master: np.ndarray, rng: np.random.Generator, scale: tuple[float, float],
            free_position: bool) -> tuple[Image.Image, float, tuple[int, int, int, int]]:
    """One image at CANVAS x CANVAS: the glyph's longer side is `scale` of the canvas; dark ink on a light ground
    at random levels, slightly blurred. `free_position`: anywhere it fits; otherwise near the centre.
    Returns the image, the size drawn and the glyph's box (x, y, w, h) in canvas pixels."""
    h, w = master.shape
    size = rng.uniform(*scale)
    s = size * CANVAS / max(h, w)
    gw, gh = max(1, round(w * s)), max(1, round(h * s))
    alpha = np.asarray(Image.fromarray((master * 255).astype(np.uint8)).resize((gw, gh), Image.LANCZOS),
                       dtype=np.float32) / 255.0
    if free_position:
        x = int(rng.integers(1, CANVAS - gw)) if CANVAS - gw > 1 else 0
        y = int(rng.integers(1, CANVAS - gh)) if CANVAS - gh > 1 else 0
    else:
        j = 0.06 * CANVAS
        x = int(round((CANVAS - gw) / 2 + rng.uniform(-j, j)))
        y = int(round((CANVAS - gh) / 2 + rng.uniform(-j, j)))
    ink = np.zeros((CANVAS, CANVAS), np.float32)
    ink[y: y + gh, x: x + gw] = alpha[: CANVAS - y, : CANVAS - x]
    bg = rng.uniform(0.65, 1.0)
    fg = rng.uniform(0.0, 0.4)
    img = bg + (fg - bg) * ink
    im = Image.fromarray(np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8))
    box = (x, y, min(gw, CANVAS - x), min(gh, CANVAS - y))
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.0, BLUR))), size, box


def add_noise(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Gaussian pixel noise on 0-1 images (one H x W image, or a batch N x 1 x H x W): sigma drawn from 0-NOISE per
    image; then quantised to LEVELS grey levels (a 4-bit scan; it also keeps the committed PNGs small)."""
    sigma = rng.uniform(0.0, NOISE, (x.shape[0], 1, 1, 1) if x.ndim == 4 else ())
    noisy = np.clip(x + rng.normal(0.0, 1.0, x.shape) * sigma, 0.0, 1.0)
    return np.round(noisy * (LEVELS - 1)) / (LEVELS - 1)


TRAIN_PER_CLASS = 100
TEST_PER_CLASS = 400
TRAIN_SCALE = (0.45, 0.7)  # near the centre
TEST_SCALE = (0.45, 1.0)  # anywhere it fits


def render_split(masters, per_class: int, seed: int, test: bool):
    """Images (uint8 N x CANVAS x CANVAS for training, N x SIZE x SIZE with noise for test), labels, fonts, glyph
    sizes and glyph boxes (in canvas pixels)."""
    rng = np.random.default_rng(seed)
    nf = len(masters)
    images, labels, fonts, sizes, boxes = [], [], [], [], []
    for ci, name in enumerate(CLASSES):
        # fonts spread evenly over a class, in a seeded order
        order = rng.permutation(np.resize(np.arange(nf), per_class))
        for fi in order:
            im, size, box = compose(masters[fi][name], rng, TEST_SCALE if test else TRAIN_SCALE,
                                    free_position=test)
            sizes.append(size)
            boxes.append(box)
            if test:
                small = np.asarray(im.resize((SIZE, SIZE), Image.BOX), np.float32) / 255.0
                images.append(np.clip(add_noise(small, rng) * 255 + 0.5, 0, 255).astype(np.uint8))
            else:
                images.append(np.asarray(im))
            labels.append(ci)
            fonts.append(int(fi))
    return np.stack(images), np.array(labels), np.array(fonts), np.array(sizes), np.array(boxes)


def load_masters():
    paths = font_paths()
    return paths, [{c: master_glyph(p, CHAR[c]) for c in CLASSES} for p in paths]


def stage_data() -> None:
    t0 = time.time()
    paths, masters = load_masters()
    images, labels, fonts, sizes, _ = render_split(masters, TEST_PER_CLASS, seed=2024, test=True)
    coincide = [coinciding_classes(m) for m in masters]
    img_dir = os.path.join(DATA, "images")
    os.makedirs(img_dir, exist_ok=True)
    for old in glob.glob(os.path.join(img_dir, "*.png")):
        os.remove(old)
    if os.path.exists(os.path.join(DATA, "fonts.csv")):
        os.remove(os.path.join(DATA, "fonts.csv"))
    rows, ml = [], []
    counts = [0] * len(CLASSES)
    for img, lab, fi, size in zip(images, labels, fonts, sizes):
        name = CLASSES[lab]
        rel = f"images/{lab:02d}-{counts[lab]:03d}.png"
        counts[lab] += 1
        # 8-bit greyscale PNG (a third of RGB's size); classdiff, like any image pipeline, reads it as RGB
        Image.fromarray(img).save(os.path.join(DATA, rel), optimize=True)
        rows.append((rel, name, os.path.basename(paths[fi]), f"{size:.3f}"))
        ml.append({"file": rel, "labels": coincide[fi][name]})
    with open(os.path.join(DATA, "manifest.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label"])
        w.writerows((r[0], r[1]) for r in rows)
    # how each image was rendered: its font and the glyph's longer side as a share of the image
    with open(os.path.join(DATA, "render.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "font", "size"])
        w.writerows((r[0], r[2], r[3]) for r in rows)
    with open(os.path.join(DATA, "multi-labels.jsonl"), "w") as f:
        for m in ml:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(DATA, "classes.txt"), "w") as f:
        f.write("\n".join(CLASSES) + "\n")
    with open(os.path.join(DATA, "hierarchy.txt"), "w") as f:
        for top, groups in GROUPS.items():
            f.write(f"root {top}\n")
        for top, groups in GROUPS.items():
            for g, members in groups.items():
                f.write(f"{top} {g}\n")
                for c in members:
                    f.write(f"{g} {c}\n")
    multi = sum(len(m["labels"]) > 1 for m in ml)
    print(f"data: {len(rows)} test images, {multi} with more than one valid label, "
          f"{len(paths)} fonts, {time.time() - t0:.1f}s")


# ---------------------------------------------------------------------------------------------------------------
# Models and training


class GlyphNet(nn.Module):
    """A tiny CNN: 3 x SIZE x SIZE -> one logit per class."""

    def __init__(self, classes: int = len(CLASSES)):
        super().__init__()

        def block(i, o):
            return nn.Sequential(nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU(inplace=True))

        self.features = nn.Sequential(
            block(3, 16), nn.MaxPool2d(2),  # 16x16
            block(16, 32), nn.MaxPool2d(2),  # 8x8
            block(32, 64), nn.MaxPool2d(2),  # 4x4
            block(64, 96),
        )
        self.head = nn.Linear(96, classes)

    def forward(self, x):
        x = self.features(x)
        return self.head(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


MEAN, STD = 0.5, 0.5
# RandomResizedCrop settings: scale range (share of the image's area), aspect-ratio range, and whether the crop
# must keep the whole glyph in view.
AUG = {
    # baseline: nearly the whole image, always
    "weak": {"scale": (0.8, 1.0), "ratio": (3 / 4, 4 / 3), "keep": False},
    # candidate: torchvision's default; zooms in, stretches, and often cuts the glyph
    "strong": {"scale": (0.08, 1.0), "ratio": (3 / 4, 4 / 3), "keep": False},
    # for the classes in classdiff's plan (class-conditional): the same zoom and shift, but only crops that keep the
    # whole glyph and its proportions
    "plan": {"scale": (0.08, 1.0), "ratio": (1.0, 1.0), "keep": True},
}
KEEP_MARGIN = 2  # canvas px around the glyph box that a keep-glyph crop must also contain
EPOCHS = 30
BATCH = 128
# The class-conditional checkpoint continues the candidate's training with the plan's augmentation: a few epochs at a
# lower learning rate. Retraining from scratch moves every class by a few points on its own (README.md, "What it
# took"), which buries what the augmentation change does.
FINETUNE_EPOCHS = 5
FINETUNE_LR = 1e-3


def rrc_params(rng: np.random.Generator, scale, ratio, n: int, keep: np.ndarray | None = None) -> np.ndarray:
    """torchvision.transforms.RandomResizedCrop.get_params, vectorised over n images of CANVAS x CANVAS: up to 10
    attempts of (area in scale x canvas area, log-uniform aspect ratio in ratio), the first that fits wins, else the
    whole image. With `keep` (n x 4 glyph boxes x, y, w, h), a crop must also contain its image's glyph box (plus a
    KEEP_MARGIN for the blur), and its position is drawn among those that do. Returns boxes (x0, y0, w, h) in pixels.
    Draws the same random numbers either way."""
    area = CANVAS * CANVAS
    target = area * rng.uniform(scale[0], scale[1], (n, 10))
    ar = np.exp(rng.uniform(math.log(ratio[0]), math.log(ratio[1]), (n, 10)))
    w = np.rint(np.sqrt(target * ar)).astype(np.int64)
    h = np.rint(np.sqrt(target / ar)).astype(np.int64)
    fits = (w > 0) & (w <= CANVAS) & (h > 0) & (h <= CANVAS)
    if keep is not None:
        gx0 = np.maximum(keep[:, 0] - KEEP_MARGIN, 0)
        gy0 = np.maximum(keep[:, 1] - KEEP_MARGIN, 0)
        gx1 = np.minimum(keep[:, 0] + keep[:, 2] + KEEP_MARGIN, CANVAS)
        gy1 = np.minimum(keep[:, 1] + keep[:, 3] + KEEP_MARGIN, CANVAS)
        fits &= (w >= (gx1 - gx0)[:, None]) & (h >= (gy1 - gy0)[:, None])
    first = np.argmax(fits, axis=1)
    ok = fits[np.arange(n), first]
    w = np.where(ok, w[np.arange(n), first], CANVAS)
    h = np.where(ok, h[np.arange(n), first], CANVAS)
    ux = rng.uniform(0, 1, n)
    uy = rng.uniform(0, 1, n)
    if keep is None:
        lo_x = lo_y = np.zeros(n, np.int64)
        hi_x, hi_y = CANVAS - w, CANVAS - h
    else:
        lo_x, hi_x = np.maximum(gx1 - w, 0), np.minimum(gx0, CANVAS - w)
        lo_y, hi_y = np.maximum(gy1 - h, 0), np.minimum(gy0, CANVAS - h)
    x0 = lo_x + np.floor(ux * (hi_x - lo_x + 1)).astype(np.int64)
    y0 = lo_y + np.floor(uy * (hi_y - lo_y + 1)).astype(np.int64)
    return np.stack([x0, y0, w, h], axis=1).astype(np.float64)


def crop_batch(x: torch.Tensor, boxes: np.ndarray) -> torch.Tensor:
    """Resized crops of a batch (N x 1 x CANVAS x CANVAS, 0-1) to SIZE x SIZE, as RandomResizedCrop does: an
    antialiased resize of the box, implemented as box-filtered area sampling with affine_grid + avg pooling."""
    n = x.shape[0]
    up = 2  # supersample: sample a (SIZE*up)^2 bilinear grid over the box, then average-pool by up
    b = torch.tensor(boxes, dtype=torch.float32)
    x0, y0, w, h = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    # normalised coordinates (align_corners=False): pixel edge 0 -> -1, CANVAS -> 1
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0] = w / CANVAS
    theta[:, 0, 2] = (2 * x0 + w) / CANVAS - 1
    theta[:, 1, 1] = h / CANVAS
    theta[:, 1, 2] = (2 * y0 + h) / CANVAS - 1
    grid = F.affine_grid(theta, (n, 1, SIZE * up, SIZE * up), align_corners=False)
    big = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    return F.avg_pool2d(big, up)


AUG_NAMES = list(AUG)


def augment(x: torch.Tensor, y: torch.Tensor, glyph_boxes: np.ndarray, policy: np.ndarray,
            rng: np.random.Generator) -> torch.Tensor:
    """RandomResizedCrop per image with the setting its class's policy names (policy[class] indexes AUG_NAMES),
    then the same pixel noise as the test set; 3 channels, normalised. Boxes are drawn for every setting on every
    batch, so all models consume the random stream alike."""
    n = x.shape[0]
    drawn = np.stack([rrc_params(rng, AUG[name]["scale"], AUG[name]["ratio"], n,
                                 glyph_boxes if AUG[name]["keep"] else None)
                      for name in AUG_NAMES])  # settings x n x 4
    boxes = drawn[policy[y.numpy()], np.arange(n)]
    out = crop_batch(x, boxes)
    noisy = add_noise(out.numpy(), rng).astype(np.float32)
    t = (torch.from_numpy(noisy) - MEAN) / STD
    return t.expand(-1, 3, -1, -1).contiguous()


def set_determinism(seed: int) -> None:
    torch.manual_seed(seed)
    np.random.seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.backends.cudnn.benchmark = False
    torch.set_num_threads(int(os.environ.get("GLYPHS_THREADS", "2")))


_train_cache = None


def training_set():
    global _train_cache
    if _train_cache is None:
        t0 = time.time()
        _, masters = load_masters()
        imgs, labels, _, _, boxes = render_split(masters, TRAIN_PER_CLASS, seed=7, test=False)
        x = torch.from_numpy(imgs).float().div_(255.0).unsqueeze(1)
        _train_cache = (x, torch.from_numpy(labels), boxes)
        print(f"training set: {len(labels)} images rendered in {time.time() - t0:.1f}s", flush=True)
    return _train_cache


def fit(model: GlyphNet, name: str, augmentation: list[str], seed: int, epochs: int, lr: float,
        stream: int) -> GlyphNet:
    """Trains `model` in place for `epochs` under a one-cycle schedule peaking at `lr`; augmentation[c] names the
    RandomResizedCrop setting (a key of AUG) for class c. `stream`: offset from `seed` of this run's shuffling and
    augmentation seeds, so a continued training does not replay the first one's random numbers."""
    x, y, glyph_boxes = training_set()
    policy = np.array([AUG_NAMES.index(a) for a in augmentation])
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=5e-4)
    steps = epochs * math.ceil(len(y) / BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.15)
    g = torch.Generator().manual_seed(seed + stream)
    rng = np.random.default_rng(seed + stream + 1)
    t0 = time.time()
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(y), generator=g)
        total, correct, loss_sum = 0, 0, 0.0
        for k in range(0, len(y), BATCH):
            idx = perm[k: k + BATCH]
            xb = augment(x[idx], y[idx], glyph_boxes[idx.numpy()], policy, rng)
            logits = model(xb)
            loss = F.cross_entropy(logits, y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += float(loss) * len(idx)
            correct += int((logits.argmax(1) == y[idx]).sum())
            total += len(idx)
        if epoch % 5 == 4 or epoch == epochs - 1:
            print(f"  {name} epoch {epoch + 1}/{epochs}: loss {loss_sum / total:.3f}, train acc {correct / total:.3f}, "
                  f"{time.time() - t0:.0f}s", flush=True)
    model.eval()
    return model


def train(name: str, augmentation: list[str], seed: int = 0, out_dir: str = MODELS) -> GlyphNet:
    """Trains one model from scratch and exports it."""
    set_determinism(seed)
    model = fit(GlyphNet(), name, augmentation, seed, EPOCHS, 3e-3, stream=1)
    export(model, name, out_dir)
    return model


def continue_training(name: str, start: str, augmentation: list[str], seed: int = 0, out_dir: str | None = MODELS,
                      epochs: int = FINETUNE_EPOCHS, lr: float = FINETUNE_LR) -> GlyphNet:
    """Continues the training of checkpoint `start` (its state dict in the work folder). out_dir None: kept in the
    work folder only (the control run)."""
    set_determinism(seed)
    model = fit(load_model(start), f"{name} (from {start})", augmentation, seed, epochs, lr, stream=11)
    if out_dir is None:
        torch.save(model.state_dict(), os.path.join(out_dir_work(), f"{name}.pt"))
    else:
        export(model, name, out_dir)
    return model


def export(model: GlyphNet, name: str, out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{name}.onnx")
    buf = io.BytesIO()
    torch.onnx.export(model, torch.zeros(1, 3, SIZE, SIZE), buf, opset_version=17, input_names=["input"],
                      output_names=["logits"], dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
                      do_constant_folding=True)
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    cfg = {
        "input_size": [3, SIZE, SIZE],
        "crop_pct": 1.0,
        "interpolation": "bilinear",
        "mean": [MEAN] * 3,
        "std": [STD] * 3,
    }
    with open(os.path.join(out_dir, f"{name}.json"), "w") as f:
        f.write(json.dumps(cfg, indent=2) + "\n")
    torch.save(model.state_dict(), os.path.join(out_dir_work(), f"{name}.pt"))
    digest = hashlib.sha256(buf.getvalue()).hexdigest()[:16]
    print(f"  wrote {os.path.relpath(path)} ({len(buf.getvalue()) / 1024:.0f} KiB, sha256 {digest}…)", flush=True)


def out_dir_work() -> str:
    """Scratch folder for PyTorch state dicts (not committed): $GLYPHS_WORK or /tmp/classdiff-glyphs."""
    d = os.environ.get("GLYPHS_WORK", "/tmp/classdiff-glyphs")
    os.makedirs(d, exist_ok=True)
    return d


# ---------------------------------------------------------------------------------------------------------------
# Quick evaluation in Python (classdiff is the real one)


def load_test():
    with open(os.path.join(DATA, "manifest.csv")) as f:
        rows = list(csv.DictReader(f))
    ml = {}
    with open(os.path.join(DATA, "multi-labels.jsonl")) as f:
        for line in f:
            d = json.loads(line)
            ml[d["file"]] = [CLASSES.index(c) for c in d["labels"]]
    x = np.stack([np.asarray(Image.open(os.path.join(DATA, r["file"])).convert("RGB")) for r in rows])
    x = (torch.from_numpy(x).float().div(255.0).permute(0, 3, 1, 2) - MEAN) / STD
    y = np.array([CLASSES.index(r["label"]) for r in rows])
    return x, y, [ml[r["file"]] for r in rows]


def predict(model: GlyphNet, x: torch.Tensor) -> np.ndarray:
    model.eval()
    with torch.no_grad():
        return torch.cat([model(x[k: k + 512]).argmax(1) for k in range(0, len(x), 512)]).numpy()


def binom_sf(k: int, n: int) -> float:
    """P(X >= k), X ~ Bin(n, 1/2)."""
    return sum(math.comb(n, i) for i in range(k, n + 1)) / 2 ** n


def compare(y, ml, pa, pb, label_a="A", label_b="B", quiet=False):
    ok_a = np.array([p in m for p, m in zip(pa, ml)])
    ok_b = np.array([p in m for p, m in zip(pb, ml)])
    orig_a, orig_b = pa == y, pb == y
    rows = []
    for c in range(len(CLASSES)):
        s = y == c
        lost = int((ok_a & ~ok_b & s).sum())
        gained = int((~ok_a & ok_b & s).sum())
        p = binom_sf(lost, lost + gained) if lost + gained else 1.0
        rows.append(dict(c=c, n=int(s.sum()), a=ok_a[s].mean(), b=ok_b[s].mean(), oa=orig_a[s].mean(),
                         ob=orig_b[s].mean(), lost=lost, gained=gained, p=p,
                         to=np.bincount(pb[s & ok_a & ~ok_b], minlength=len(CLASSES))))
    # Benjamini-Hochberg
    order = sorted(range(len(rows)), key=lambda i: rows[i]["p"])
    m = len(rows)
    q = [0.0] * m
    prev = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        prev = min(prev, rows[i]["p"] * m / rank)
        q[i] = prev
    for r, qq in zip(rows, q):
        r["q"] = qq
        r["d"] = (r["gained"] - r["lost"]) / r["n"]
        r["hurt"] = r["d"] <= -0.05 and qq <= 0.05
    if not quiet:
        print(f"average multi-label accuracy {label_a} {ok_a.mean():.4f}  {label_b} {ok_b.mean():.4f}   "
              f"original {orig_a.mean():.4f} {orig_b.mean():.4f}")
        for r in sorted(rows, key=lambda r: r["d"]):
            absorbers = ", ".join(f"{CLASSES[k]}:{v}" for k, v in sorted(enumerate(r["to"]), key=lambda kv: -kv[1])
                                  if v > 0)[:40]
            print(f"  {CLASSES[r['c']]:>8} {label_a} {r['a']:.2f} {label_b} {r['b']:.2f} d {100 * r['d']:+6.1f} "
                  f"lost {r['lost']:3d} gained {r['gained']:3d} q {r['q']:.4f} {'HURT' if r['hurt'] else '    '} "
                  f"orig {r['oa']:.2f}->{r['ob']:.2f}  to {absorbers}")
    return ok_a.mean(), ok_b.mean(), rows


def load_model(name: str) -> GlyphNet:
    m = GlyphNet()
    m.load_state_dict(torch.load(os.path.join(out_dir_work(), f"{name}.pt")))
    return m.eval()


def read_plan(path: str) -> list[int]:
    with open(path) as f:
        plan = json.load(f)
    idx = plan.get("classIndices")
    if not isinstance(idx, list) or not all(isinstance(i, int) and 0 <= i < len(CLASSES) for i in idx):
        sys.exit(f"{path}: expected a `classIndices` list of class indices 0-{len(CLASSES) - 1}")
    return sorted(set(idx))


REPO = os.path.dirname(os.path.dirname(HERE))


def run_classdiff(model_dir: str, report_dir: str) -> str:
    """Stage `all`: classdiff compare baseline vs candidate (the committed CLI, dist/cli.js), then keeps a copy of its
    augmentation-plan.json beside the models. Returns the copy's path."""
    import shutil
    import subprocess

    cli = os.path.join(REPO, "dist", "cli.js")
    node = shutil.which("node")
    if node is None or not os.path.exists(cli):
        sys.exit("stage all needs node and classdiff's dist/cli.js (a checkout of the repository)")
    rel = lambda p: os.path.relpath(p, REPO)  # noqa: E731
    cmd = [node, cli, "compare",
           "--baseline", rel(os.path.join(model_dir, "baseline.onnx")),
           "--candidate", rel(os.path.join(model_dir, "candidate.onnx")),
           "--data", rel(os.path.join(DATA, "manifest.csv")),
           "--classes", rel(os.path.join(DATA, "classes.txt")),
           "--multi-labels", rel(os.path.join(DATA, "multi-labels.jsonl")),
           "--hierarchy", rel(os.path.join(DATA, "hierarchy.txt")),
           "--out-dir", rel(report_dir)]
    print("$ classdiff " + " ".join(cmd[2:]), flush=True)
    code = subprocess.call(cmd, cwd=REPO)
    if code not in (0, 1):  # 1: the gate failed, which is what this example expects
        sys.exit(f"classdiff exited with {code}")
    plan = os.path.join(model_dir, "augmentation-plan.json")
    shutil.copyfile(os.path.join(report_dir, "augmentation-plan.json"), plan)
    return plan


def class_conditional(planned: list[int], plan_aug: str, seed: int, out_dir: str) -> None:
    """The class-conditional checkpoint: the candidate's training continued with `plan_aug` for the planned classes
    (the candidate's strong crops for the others); and, as its control, the same continuation with the strong crops
    for every class (kept in the work folder; `--stage evaluate` compares both with the candidate)."""
    if not os.path.exists(os.path.join(out_dir_work(), "candidate.pt")):
        sys.exit(f"{out_dir_work()}/candidate.pt not found: run --stage baseline-candidate first (same GLYPHS_WORK)")
    print(f"augmentation {plan_aug} {AUG[plan_aug]} for {', '.join(CLASSES[i] for i in planned)}")
    policy = [plan_aug if c in planned else "strong" for c in range(len(CLASSES))]
    continue_training("class-conditional", "candidate", policy, seed, out_dir)
    continue_training("candidate-continued", "candidate", ["strong"] * len(CLASSES), seed, None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stage", required=True,
                    choices=["all", "data", "baseline-candidate", "class-conditional", "evaluate"])
    ap.add_argument("--plan", help="classdiff's augmentation-plan.json (class-conditional stage)")
    ap.add_argument("--report-dir", default=os.path.join(REPO, "classdiff-report", "glyphs-training"),
                    help="where stage `all` has classdiff write its report (default classdiff-report/glyphs-training)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--plan-aug", default="plan", choices=list(AUG),
                    help="augmentation for the plan's classes in the class-conditional model (default: plan)")
    ap.add_argument("--out-dir", default=MODELS, help="where the .onnx and .json files go (default models/)")
    args = ap.parse_args()
    t0 = time.time()
    if args.stage == "all":
        stage_data()
        train("baseline", ["weak"] * len(CLASSES), args.seed, args.out_dir)
        train("candidate", ["strong"] * len(CLASSES), args.seed, args.out_dir)
        plan = run_classdiff(args.out_dir, args.report_dir)
        planned = read_plan(plan)
        class_conditional(planned, args.plan_aug, args.seed, args.out_dir)
        stage_evaluate()
    elif args.stage == "data":
        stage_data()
    elif args.stage == "baseline-candidate":
        train("baseline", ["weak"] * len(CLASSES), args.seed, args.out_dir)
        train("candidate", ["strong"] * len(CLASSES), args.seed, args.out_dir)
    elif args.stage == "class-conditional":
        if not args.plan:
            sys.exit("--plan augmentation-plan.json is required")
        planned = read_plan(args.plan)
        class_conditional(planned, args.plan_aug, args.seed, args.out_dir)
    elif args.stage == "evaluate":
        stage_evaluate()
    print(f"stage {args.stage}: {time.time() - t0:.0f}s")


def stage_evaluate() -> None:
    """A quick per-class check in Python of the models in the work folder (classdiff is the real one)."""
    x, y, ml = load_test()
    preds = {}
    for name in ("baseline", "candidate", "class-conditional", "candidate-continued"):
        if os.path.exists(os.path.join(out_dir_work(), f"{name}.pt")):
            preds[name] = predict(load_model(name), x)
    with open(os.path.join(DATA, "render.csv")) as f:
        size = np.array([float(r["size"]) for r in csv.DictReader(f)])
    bins = list(np.linspace(TEST_SCALE[0], TEST_SCALE[1], 5)[:-1]) + [TEST_SCALE[1] + 0.01]  # size quarters
    for name, p in preds.items():
        ok = np.array([q in m for q, m in zip(p, ml)])
        by_size = "  ".join(f"{lo:.2f}-{hi:.2f}: {ok[(size >= lo) & (size < hi)].mean():.3f}"
                            for lo, hi in zip(bins, bins[1:]))
        print(f"{name:>17} by glyph size  {by_size}")
    if "candidate" in preds:
        compare(y, ml, preds["baseline"], preds["candidate"], "base", "cand")
    if "class-conditional" in preds:
        compare(y, ml, preds["candidate"], preds["class-conditional"], "cand", "cond")
    if "candidate-continued" in preds:
        print("control: the candidate's training continued as long, with its own strong crops for every class")
        compare(y, ml, preds["candidate"], preds["candidate-continued"], "cand", "cont")


if __name__ == "__main__":
    main()
