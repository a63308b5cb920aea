"""Styles are explicit: nothing changes until set_style is called."""

import matplotlib as mpl
import pytest

import otpt


def test_set_style_is_explicit_and_sizes_for_a_projector():
    before = mpl.rcParams["font.size"]
    with mpl.rc_context():
        applied = otpt.set_style("projector")
        assert mpl.rcParams["font.size"] == applied["font.size"] > otpt.style_params("notebook")["font.size"]
        assert mpl.rcParams["lines.linewidth"] == 3
    assert mpl.rcParams["font.size"] == before
    with pytest.raises(ValueError, match="context must be one of notebook, projector"):
        otpt.set_style("poster")
