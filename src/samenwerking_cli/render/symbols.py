"""The signs beside effects and statuses, the same in every output: screen, files and report."""

from __future__ import annotations

FAVOURABLE = "▲"
UNFAVOURABLE = "▼"
NEUTRAL = "●"
EFFECT_SYMBOL = {"favourable": FAVOURABLE, "unfavourable": UNFAVOURABLE, "neutral": NEUTRAL}
STATUS_SYMBOL = {
    "equal": "✓",
    "favourable": FAVOURABLE,
    "unfavourable": UNFAVOURABLE,
    "mixed": FAVOURABLE + UNFAVOURABLE,
    "neutral": NEUTRAL,
    "not_started": "–",
}
