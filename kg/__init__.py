"""xunshi-kg: knowledge graphs from Chinese Party inspection documents."""
from __future__ import annotations

__version__ = "0.1.0"
