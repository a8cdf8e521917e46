"""Only what pyproject.toml cannot say: ship the top-level ``resources/`` as the package ``evidenceapp.resources``.

``resources/`` stays at the top of the repository (the project's agreed layout) and is installed inside the package,
so a wheel works on its own (read through ``evidenceapp.config.resources_dir()``, with importlib.resources).
setuptools' ``packages.find`` cannot add a mapped folder to what it discovers, so the package list is made here;
new sub-packages of evidenceapp and new data folders under resources/ are found without an edit.

Every file under resources/ travels except the translation sources (.ts). The compiled translations (.qm) are
build outputs: scripts/build-translations.sh runs before a wheel is built (scripts/test-wheel.sh,
packaging/build.sh). A wheel built without them still works, with an English GUI (doctor says so).
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "evidenceapp.resources"
data_packages = [RESOURCES] + [f"{RESOURCES}.{p}" for p in find_namespace_packages("resources")
                               if "__pycache__" not in p]

setup(
    packages=[*find_packages(include=["evidenceapp", "evidenceapp.*"]), *data_packages],
    package_dir={RESOURCES: "resources"},
    package_data={p: ["*"] for p in data_packages},
    exclude_package_data={p: ["*.ts", "*.pyc"] for p in data_packages},
)
