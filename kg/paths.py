"""Where the ontology (OWL, SHACL shapes, canned queries) lives, in a checkout and in an installed wheel."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

_REPO_ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


def ontology_dir() -> Path:
    """The repository's ontology/ in a checkout or editable install; in a wheel, its packaged copy kg.ontology."""
    if (_REPO_ONTOLOGY / "xunshi.ttl").is_file():
        return _REPO_ONTOLOGY
    return Path(str(resources.files("kg"))) / "ontology"

