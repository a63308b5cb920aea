"""Two circles whose areas are proportional to two sets' sizes, overlapping by the size of
what they share: the layout of the overlap diagram, drawn with matplotlib alone.

It is the layout matplotlib-venn's ``venn2`` draws (its default, exact algorithm):
the areas add up to 1; the distance between the centers makes the lens's area the shared
share (found by bisection, where matplotlib-venn asks SciPy); the centers are moved so
their area-weighted center is the origin; each region's number sits midway between the
middles of its two arcs. SciPy's import alone was about half a second of every lesson
that draws the diagram.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from matplotlib.patches import Circle, Patch, PathPatch
from matplotlib.path import Path
from matplotlib.text import Text

__all__ = ["Point", "TwoCircles", "lens_distance", "outlines", "two_circles"]

_TOLERANCE = 1e-10
_INSIDE = 0.0001  # a circle wholly inside the other is drawn just touching its edge


@dataclass(frozen=True)
class Point:
    """A point in the Axes' data units."""

    x: float
    y: float


@dataclass
class TwoCircles:
    """What `two_circles` drew: the circles' centers and radii (left, right), and each
    region's patch and number (None where a region is empty), by region id: ``"10"`` the
    left circle only, ``"01"`` the right one only, ``"11"`` both."""

    centers: tuple[Point, Point]
    radii: tuple[float, float]
    patches: dict[str, Patch | None] = field(default_factory=dict)
    labels: dict[str, Text | None] = field(default_factory=dict)

    def get_patch_by_id(self, region: str) -> Patch | None:
        """The filled region ``"10"``, ``"01"`` or ``"11"`` (None when empty)."""
        return self.patches[region]

    def get_label_by_id(self, region: str) -> Text | None:
        """The text in the middle of region ``"10"``, ``"01"`` or ``"11"`` (None when empty)."""
        return self.labels[region]


def _lens_area(r: float, big: float, d: float) -> float:
    """The area two circles of radii ``r`` and ``big``, ``d`` apart, share."""
    if d < _TOLERANCE:
        return math.pi * min(r, big) ** 2
    if r < _TOLERANCE or big < _TOLERANCE:
        return 0.0
    a = r**2 * math.acos(max(-1.0, min(1.0, (d**2 + r**2 - big**2) / (2 * d * r))))
    b = big**2 * math.acos(max(-1.0, min(1.0, (d**2 + big**2 - r**2) / (2 * d * big))))
    c = 0.5 * math.sqrt(max(0.0, (-d + r + big) * (d + r - big) * (d - r + big) * (d + r + big)))
    return a + b - c


def lens_distance(r: float, big: float, area: float) -> float:
    """How far apart to put two circles of radii ``r`` and ``big`` so that they share
    ``area`` (0 <= area <= the smaller circle's area).

    >>> round(lens_distance(2, 3, 4), 6)
    3.37...
    >>> round(_lens_area(2, 3, lens_distance(2, 3, 4)), 10)
    4.0
    >>> lens_distance(1, 1, 0)
    2.0
    """
    r, big = sorted((r, big))
    if abs(area) < _TOLERANCE:
        return float(r + big)
    if abs(math.pi * r**2 - area) < _TOLERANCE:
        return abs(big - r + _INSIDE)
    near, far = big - r, big + r  # the shared area falls from the smaller circle's to 0
    for _ in range(200):
        middle = (near + far) / 2
        if middle in (near, far):
            break
        if _lens_area(r, big, middle) > area:
            near = middle
        else:
            far = middle
    return (near + far) / 2


def _layout(left: float, right: float, both: float) -> tuple[tuple[Point, Point], tuple[float, float]]:
    total = left + right + both
    a, b, ab = (left + both) / total, (right + both) / total, both / total
    radii = (math.sqrt(a / math.pi), math.sqrt(b / math.pi))
    if ab > _TOLERANCE:
        d = lens_distance(*radii, ab)
    else:
        d = radii[0] + radii[1] + max(1.1 * (radii[0] + radii[1]) / 2, 0.2)
    weights = (radii[0] ** 2, radii[1] ** 2)
    shift = weights[1] * d / sum(weights)  # the area-weighted center goes to the origin
    return (Point(-shift, 0.0), Point(d - shift, 0.0)), radii


def _arc(center: Point, radius: float, start: float, end: float, clockwise: bool = False) -> list:
    """The arc's points from ``start`` to ``end`` degrees (anticlockwise unless ``clockwise``)."""
    vertices = Path.arc(end, start).vertices[::-1] if clockwise else Path.arc(start, end).vertices
    return [(center.x + radius * x, center.y + radius * y) for x, y in vertices]


def _region(*arcs: list) -> PathPatch:
    points = [arcs[0][0]]
    for arc in arcs:
        points += arc[1:]
    return PathPatch(Path(points, [Path.MOVETO] + [Path.CURVE4] * (len(points) - 1)))


def _arc_middle(center: Point, radius: float, degrees: float) -> tuple[float, float]:
    return (center.x + radius * math.cos(math.radians(degrees)), center.y)


def two_circles(ax, sizes: tuple[float, float, float]) -> TwoCircles:
    """Draw on ``ax`` two circles for ``sizes`` = (left only, right only, both): areas
    proportional to left + both and right + both, the lens's to both; two equal circles
    overlapping by a third when all three are 0. Each region is a patch without an edge
    and an empty text at its middle; `outlines` draws the circles' edges.

    >>> import matplotlib.pyplot as plt
    >>> drawn = two_circles(plt.figure().add_subplot(), (2, 1, 1))
    >>> [round(r, 3) for r in drawn.radii]
    [0.489, 0.399]
    >>> abs(drawn.centers[0].x * drawn.radii[0] ** 2 + drawn.centers[1].x * drawn.radii[1] ** 2) < 1e-12
    True
    """
    (a, b), (ra, rb) = _layout(*(sizes if any(sizes) else (1, 1, 1)))
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlim(min(a.x - ra, b.x - rb) - 0.1, max(a.x + ra, b.x + rb) + 0.1)
    ax.set_ylim(-max(ra, rb) - 0.1, max(ra, rb) + 0.1)
    ax.set_axis_off()
    d = b.x - a.x
    drawn = TwoCircles((a, b), (ra, rb))
    if d > ra + rb - _TOLERANCE:  # apart: each region a whole circle, no lens
        shapes = {"10": (Circle((a.x, a.y), ra), (a.x, a.y)), "01": (Circle((b.x, b.y), rb), (b.x, b.y))}
        shapes["11"] = (None, None)
    else:
        x = (d**2 + ra**2 - rb**2) / (2 * d)  # where the circles cross, from the left center
        h = math.sqrt(max(0.0, ra**2 - x**2))
        ta = math.degrees(math.atan2(h, x))  # the crossings' angles seen from each center
        tb = math.degrees(math.atan2(h, x - d))
        left_outer, left_inner = _arc(a, ra, ta, 360 - ta), _arc(a, ra, ta, -ta, clockwise=True)
        right_outer, right_inner = _arc(b, rb, -tb, tb), _arc(b, rb, 360 - tb, tb, clockwise=True)
        middles = {
            "10": (_arc_middle(a, ra, 180), _arc_middle(b, rb, 180)),
            "01": (_arc_middle(b, rb, 0), _arc_middle(a, ra, 0)),
            "11": (_arc_middle(a, ra, 0), _arc_middle(b, rb, 180)),
        }
        patches = {
            "10": _region(right_inner, left_outer),  # the arcs in matplotlib-venn's order
            "01": _region(left_inner, right_outer),
            "11": _region(_arc(a, ra, -ta, ta), _arc(b, rb, tb, 360 - tb)),
        }
        shapes = {
            region: (patches[region], ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2))
            for region, (p, q) in middles.items()
        }
    for region in ("10", "01", "11"):
        patch, _ = shapes[region]
        if patch is not None:
            patch.set(edgecolor="none", alpha=0.4)
            ax.add_patch(patch)
        drawn.patches[region] = patch
    for region in ("10", "01", "11"):
        patch, position = shapes[region]
        drawn.labels[region] = None if patch is None else ax.text(*position, "", va="center", ha="center")
    return drawn


def outlines(ax, drawn: TwoCircles) -> tuple[Circle, Circle]:
    """The two circles' outlines on ``ax`` (black, 2 points, no fill: restyle them)."""
    circles = []
    for center, radius in zip(drawn.centers, drawn.radii):
        circle = Circle(
            (center.x, center.y),
            radius,
            alpha=1.0,
            edgecolor="black",
            facecolor="none",
            linestyle="solid",
            linewidth=2.0,
        )
        ax.add_patch(circle)
        circles.append(circle)
    return tuple(circles)
