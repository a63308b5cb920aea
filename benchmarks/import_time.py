"""`import otpt` time beyond its dependencies, in fresh interpreters (median)."""

import statistics
import subprocess
import sys
import time

DEPS = "import pandas, matplotlib, matplotlib.pyplot, ipywidgets"


def _time(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t0


EVERYTHING = "; [getattr(otpt, name) for name in otpt.__all__]"


def measure(runs: int = 9) -> dict:
    """Median seconds of a fresh interpreter importing the dependencies; them + `import
    otpt`; and them + otpt with every public name loaded (what eager imports would cost)."""
    _time(DEPS + "; import otpt" + EVERYTHING)  # warm the disk cache, untimed
    deps, full, everything = [], [], []
    for _ in range(runs):  # interleaved
        deps.append(_time(DEPS))
        full.append(_time(DEPS + "; import otpt"))
        everything.append(_time(DEPS + "; import otpt" + EVERYTHING))
    return {
        "deps_s": statistics.median(deps),
        "with_otpt_s": statistics.median(full),
        "everything_s": statistics.median(everything),
    }


if __name__ == "__main__":
    r = measure()
    print(f"dependencies {1000 * r['deps_s']:.0f} ms; + otpt {1000 * r['with_otpt_s']:.0f} ms; "
          f"otpt itself {1000 * (r['with_otpt_s'] - r['deps_s']):.0f} ms; every module loaded "
          f"{1000 * (r['everything_s'] - r['deps_s']):.0f} ms")  # fmt: skip
