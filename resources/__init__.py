"""evidenceapp's bundled data (fonts, playbooks, channel limits, export texts, icons, compiled translations).

This folder stays at the top of the repository and is installed as the package ``evidenceapp.resources``
(see setup.py / pyproject.toml). Locate it with ``evidenceapp.config.resources_dir()``, never by a path of its own.
"""
