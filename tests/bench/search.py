#!/usr/bin/env python3
"""Library search benchmark: 500 generated articles, as-you-type queries (prints; asserts nothing).

.venv/bin/python tests/bench/search.py
"""

from __future__ import annotations

import random
import statistics
import time

from bond.domain.articles import Article, ArticleCategory
from bond.services.library import SearchIndex

WORDS = [
    "partner",
    "feel",
    "need",
    "boundary",
    "listen",
    "repair",
    "calm",
    "breathe",
    "trust",
    "talk",
    "week",
    "agree",
    "safe",
    "closeness",
    "support",
    "therapist",
    "sleep",
    "friend",
    "kind",
    "gentle",
    "pause",
    "return",
    "notice",
    "name",
]


def generated(count: int, rng: random.Random) -> list[Article]:
    return [
        Article(
            slug=f"a-{i}",
            title=" ".join(rng.choices(WORDS, k=5)).capitalize(),
            summary=" ".join(rng.choices(WORDS, k=15)),
            category=ArticleCategory.SKILLS,
            tags=tuple(rng.sample(WORDS, 3)),
            minutes=6,
            body=" ".join(rng.choices(WORDS, k=1100)),
            sources=("gottman-2011",),
        )
        for i in range(count)
    ]


def main() -> None:
    rng = random.Random(1)
    start = time.perf_counter()
    index = SearchIndex(generated(500, rng))
    print(f"index 500 articles of ~1,100 words: {(time.perf_counter() - start) * 1000:.0f} ms")
    queries = ["b", "bo", "bou", "boundary", "calm breathe", "repair after", "therapist sleep"]
    samples = []
    for _ in range(5):
        for query in queries:
            t0 = time.perf_counter()
            index.search(query)
            samples.append((time.perf_counter() - t0) * 1000)
    ordered = sorted(samples)
    print(
        f"search (typing queries, n={len(ordered)}): p50 {statistics.median(ordered):.1f} ms, "
        f"p95 {ordered[int(len(ordered) * 0.95)]:.1f} ms, max {ordered[-1]:.1f} ms (goal < 30)"
    )


if __name__ == "__main__":
    main()
