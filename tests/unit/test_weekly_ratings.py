"""Weekly averages for the Progress chart and table."""

from __future__ import annotations

from datetime import date

from bond.services.progress import RatingPoint, weekly_ratings


def test_weekly_averages_per_measure_and_moment() -> None:
    points = [
        RatingPoint("s1", date(2026, 11, 23), "a", "distress", 6, 3),
        RatingPoint("s1", date(2026, 11, 23), "b", "distress", 4, None),
        RatingPoint("s1", date(2026, 11, 24), "a", "closeness", 5, 7),
        RatingPoint("s2", date(2026, 11, 16), "a", "distress", None, 2),
    ]
    weeks = weekly_ratings(points)
    assert [w.week for w in weeks] == [date(2026, 11, 16), date(2026, 11, 23)]
    assert weeks[0].values == (None, 2.0, None, None)
    assert weeks[1].values == (5.0, 3.0, 5.0, 7.0)
