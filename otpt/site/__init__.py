"""The lessons as a static web site that works offline (``otpt site DIR``): `build_site`.

``pages`` writes the pages (nbconvert's lab template, scripts from ``vendor/``, refreshed by
tools/vendor_site_scripts.py); ``answerable`` precomputes the booth's and the quiz's
feedback with the package's own grading so they can be answered without a kernel;
``command`` is the ``otpt site`` subcommand.
"""

from .pages import SitePage, build_site

__all__ = ["SitePage", "build_site"]
